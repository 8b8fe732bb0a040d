using System.Collections.Frozen;
using Crosscheck.Lexicons;

namespace Crosscheck.Attribution;

/// <summary>The attribution word lists, loaded once and looked up by span.</summary>
internal static class AttributionLexicons
{
    /// <summary>Every written form of a cue verb → (lemma, class).</summary>
    public static readonly FrozenDictionary<string, (string Lemma, CueClass Class)> Cues = BuildCues();

    /// <summary>Every written form of the verb of a two-word cue → its particles with the cue's lemma and class ("called" → "for": "call for").</summary>
    public static readonly FrozenDictionary<string, (string Particle, string Lemma, CueClass Class)[]> Phrasal = BuildPhrasal();

    /// <summary>Nouns heading an unnamed source.</summary>
    public static readonly FrozenSet<string> GroupNouns = Lexicon.Set("attribution-group-nouns");

    /// <summary>Irregular plurals and collective nouns a later "they" may mean ("police", "jury").</summary>
    public static readonly FrozenSet<string> CollectiveNouns = Lexicon.Set("attribution-collective-nouns");

    /// <summary>Role noun → title words that denote the same role.</summary>
    public static readonly FrozenDictionary<string, string> Roles = Lexicon.Table("attribution-role-nouns");

    /// <summary>Title words before a name.</summary>
    public static readonly FrozenSet<string> Titles = Lexicon.Set("attribution-titles");

    /// <summary>Capitalised words that never belong to a person name.</summary>
    public static readonly FrozenSet<string> Stopwords = Lexicon.Set("attribution-stopwords");

    /// <summary>Words marking an organisation or outlet.</summary>
    public static readonly FrozenSet<string> OrgWords = Lexicon.Set("attribution-org-words");

    /// <summary>Venue nouns (one or two words).</summary>
    public static readonly FrozenSet<string> Venues = Lexicon.Set("attribution-venues");

    /// <summary>Nouns that report their possessor's statement, stance or intention ("Ruiz's criticism of …").</summary>
    public static readonly FrozenSet<string> NominalCues = Lexicon.Set("attribution-nominal-cues");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupNounLookup = GroupNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CollectiveNounLookup = CollectiveNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopwordLookup = Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgWordLookup = OrgWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VenueLookup = Venues.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NominalCueLookup = NominalCues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A sketch of <see cref="NominalCues"/>: most words are ruled out before the set hashes them.</summary>
    public static readonly Claims.KeyFilter NominalCueFilter = new(NominalCues);
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = Roles.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, (string Particle, string Lemma, CueClass Class)[]>.AlternateLookup<ReadOnlySpan<char>> PhrasalLookup = Phrasal.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, (string Lemma, CueClass Class)>.AlternateLookup<ReadOnlySpan<char>> CueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    // The lexicon lists lemmas with their class and irregular forms; regular -s/-ed/-ing forms are generated here so
    // the file stays short and reviewable.
    private static FrozenDictionary<string, (string, CueClass)> BuildCues()
    {
        var forms = new Dictionary<string, (string, CueClass)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lemma, value) in Lexicon.Table("attribution-speech-verbs"))
        {
            var fields = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cueClass = Enum.Parse<CueClass>(fields[0], ignoreCase: true);
            if (fields.Length > 1)
            {
                for (var i = 1; i < fields.Length; i++)
                {
                    forms.TryAdd(fields[i], (lemma, cueClass));
                }
                continue;
            }
            forms.TryAdd(lemma, (lemma, cueClass));
            foreach (var form in RegularForms(lemma))
            {
                forms.TryAdd(form, (lemma, cueClass));
            }
        }
        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, (string, string, CueClass)[]> BuildPhrasal()
    {
        var forms = new Dictionary<string, List<(string, string, CueClass)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in Lexicon.Table("attribution-phrasal-cues"))
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var fields = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cueClass = Enum.Parse<CueClass>(fields[0], ignoreCase: true);
            var verbForms = new List<string> { words[0] };
            verbForms.AddRange(fields.Length > 1 ? fields[1..] : RegularForms(words[0]));
            foreach (var form in verbForms)
            {
                if (!forms.TryGetValue(form, out var list))
                {
                    forms[form] = list = [];
                }
                list.Add((words[1], phrase, cueClass));
            }
        }
        return forms.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The regular -s, -ed and -ing forms of a verb lemma ("cry" → "cries", "cried", "crying").</summary>
    internal static IEnumerable<string> RegularForms(string lemma)
    {
        var last = lemma[^1];
        var consonantY = last == 'y' && lemma.Length > 1 && "aeiou".IndexOf(lemma[^2], StringComparison.Ordinal) < 0;
        if (consonantY)
        {
            yield return lemma[..^1] + "ies";
            yield return lemma[..^1] + "ied";
            yield return lemma + "ing";
            yield break;
        }
        yield return Text.Inflection.WithS(lemma);
        yield return last == 'e' ? lemma + "d" : lemma + "ed";
        yield return last == 'e' && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing" : lemma + "ing";
    }
}
