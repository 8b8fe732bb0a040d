using Crosscheck.Lexicons;
using System.Collections.Frozen;

namespace Crosscheck.Entities;

/// <summary>The entity stage's word lists, loaded once from the embedded <c>Lexicons/*.txt</c> files.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class EntityLexicon
{
    // First, so that every lexicon below registers its bit before Bits is frozen at the end.
    private static readonly WordBits Building = new();

    /// <summary>Given name to gender: 'f', 'm' or 'u'.</summary>
    public static readonly WordTable GivenNames = new(Lexicon.Table("given-names"), Building);
    public static readonly WordSet TitleModifiers = new(Lexicon.Set("title-modifiers"), Building);
    public static readonly WordSet DescriptorModifiers = new(Lexicon.Set("descriptor-modifiers"), Building);
    public static readonly WordSet OrgSuffixes = new(Lexicon.Set("org-suffixes"), Building);
    public static readonly WordSet Stopwords = new(Lexicon.Set("entity-stopwords"), Building);
    public static readonly WordSet SentenceStarters = new(Lexicon.Set("sentence-starters"), Building);
    public static readonly WordSet SpeechCues = new(Lexicon.Set("sentence-quote-cues"), Building);
    public static readonly WordSet PersonBodies = new(Lexicon.Set("person-bodies"), Building);

    public static readonly PhraseTable<TitleEntry> Titles = new(LoadTitles(), ignoreCase: true, Building);

    /// <summary>
    /// Finite verb forms a title-case headline puts right after a name ("Pope Francis Accused of …", "Bishop Morlino
    /// Targets …"): the attribution lexicon's speech verbs in their -s and -d/-ed forms and <c>headline-verbs.txt</c>.
    /// </summary>
    public static readonly WordSet HeadlineVerbs = new(LoadHeadlineVerbs(), Building);

    /// <summary>The titles' plurals ("analysts", "Senators", "spokesmen"), which may title several people at once.</summary>
    public static readonly PhraseTable<TitleEntry> PluralTitles = new(LoadPluralTitles(), ignoreCase: true, Building);
    public static readonly PhraseTable<DescriptorRole> DescriptorRoles = new(LoadRoles(), ignoreCase: true, Building);
    public static readonly PhraseTable<PlaceEntry> Places = new(LoadPlaces(), ignoreCase: true, Building);
    public static readonly PhraseTable<string> OrgAcronyms = new(Lexicon.Table("org-acronyms"), ignoreCase: false, Building);
    public static readonly PhraseTable<string> Outlets = new(Lexicon.Table("outlets"), ignoreCase: false, Building);

    /// <summary>Party adjective ("GOP") to affiliation ("Republican").</summary>
    public static readonly WordTable Affiliations = new(Lexicon.Table("affiliations"), Building);

    /// <summary>Demonym ("Serbian") to country ("Serbia").</summary>
    public static readonly WordTable Demonyms = new(LoadDemonyms(), Building);

    public static readonly WordSet OutletNameWords = new(Role("outlet-words", "name", StringComparer.Ordinal), Building);
    public static readonly PhraseTable<bool> OutletCategories = Phrases("outlet-words", "category", Building);

    /// <summary>Outlet name word ("Times") to the kinds of outlet it implies ("newspaper|paper|daily").</summary>
    public static readonly WordTable OutletKinds = new(Lexicon.Table("outlet-kinds"), Building);

    public static readonly WordSet GroupNouns = new(Role("group-nouns", "noun", StringComparer.OrdinalIgnoreCase), Building);
    public static readonly WordSet GroupPlurals = new(Role("group-nouns", "plural", StringComparer.OrdinalIgnoreCase), Building);
    public static readonly WordSet GroupProperNouns = new(Role("group-nouns", "proper", StringComparer.Ordinal), Building);
    public static readonly PhraseTable<bool> GroupQuantifiers = Phrases("group-nouns", "quantifier", Building);
    public static readonly WordSet GroupAdjectives = new(Role("group-nouns", "adjective", StringComparer.OrdinalIgnoreCase), Building);
    public static readonly PhraseTable<bool> GroupQualifiers = Phrases("group-nouns", "qualifier", Building);
    public static readonly WordSet GroupObjects = new(Role("group-nouns", "object", StringComparer.OrdinalIgnoreCase), Building);
    public static readonly WordSet GroupFollowers = new(Role("group-nouns", "follow", StringComparer.OrdinalIgnoreCase), Building);

    /// <summary>Every lexicon's bit per word; declared after all lexicons, so it freezes them all.</summary>
    public static readonly WordBits Bits = Building.Freeze();

    private static IEnumerable<KeyValuePair<string, TitleEntry>> LoadTitles()
    {
        foreach (var (title, head) in Lexicon.Table("person-titles"))
        {
            var bar = head.IndexOf('|', StringComparison.Ordinal);
            char? gender = bar > 0 ? head[bar + 1] : null;
            var role = bar > 0 ? head[..bar] : head;
            var solo = role.EndsWith('*');
            yield return new(title, new TitleEntry(solo ? role[..^1] : role, solo, gender));
        }
    }

    private static FrozenSet<string> LoadHeadlineVerbs()
    {
        var verbs = new HashSet<string>(Lexicon.Set("headline-verbs"), StringComparer.OrdinalIgnoreCase);
        foreach (var form in Attribution.AttributionLexicons.Cues.Keys)
        {
            // Finite forms only: a bare lemma or an -ing form after a name is not how headlines write a verb.
            if (form.EndsWith('s') || form.EndsWith('d'))
            {
                verbs.Add(form);
            }
        }
        return verbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Each one-word title made plural by the regular English rules; honorifics ("Mr.") have none. An
    /// irregular plural the rules get wrong is simply never matched, so the list needs no second file.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, TitleEntry>> LoadPluralTitles()
    {
        foreach (var (title, entry) in LoadTitles())
        {
            // One-word titles only: the first words of longer ones ("First", "City", "Chief") are common words, and
            // each would send the scan to the table at every occurrence.
            if (entry.Head == "honorific" || title.EndsWith('.') || title.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }
            yield return new(Plural(title), entry);
        }
    }

    private static string Plural(string title) =>
        title.EndsWith("man", StringComparison.OrdinalIgnoreCase) ? title[..^3] + "men" : Text.Inflection.WithS(title);

    private static IEnumerable<KeyValuePair<string, DescriptorRole>> LoadRoles()
    {
        foreach (var (role, heads) in Lexicon.Table("descriptor-roles"))
        {
            var set = heads.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            yield return new(role, new DescriptorRole(role, set));
        }
    }

    private static IEnumerable<KeyValuePair<string, PlaceEntry>> LoadPlaces()
    {
        foreach (var country in Lexicon.Table("countries").Keys)
        {
            yield return new(country, new PlaceEntry(country, country, IsAlias: false));
        }
        foreach (var (alias, country) in Lexicon.Table("place-aliases"))
        {
            yield return new(alias, new PlaceEntry(country, country, IsAlias: true));
        }
        foreach (var (place, country) in Lexicon.Table("places"))
        {
            yield return new(place, new PlaceEntry(place, country == "region" ? null : country, IsAlias: false));
        }
    }

    private static FrozenDictionary<string, string> LoadDemonyms()
    {
        var demonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (country, names) in Lexicon.Table("countries"))
        {
            foreach (var name in names.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                demonyms.TryAdd(name, country);
            }
        }
        return demonyms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<(string Entry, string Role)> Rows(string lexicon)
    {
        foreach (var line in Lexicon.Lines(lexicon))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                yield return (line[..tab].Trim(), line[(tab + 1)..].Trim());
            }
        }
    }

    private static FrozenSet<string> Role(string lexicon, string role, StringComparer comparer)
    {
        var set = new HashSet<string>(comparer);
        foreach (var (entry, entryRole) in Rows(lexicon))
        {
            if (entryRole == role)
            {
                set.Add(entry);
            }
        }
        return set.ToFrozenSet(comparer);
    }

    private static PhraseTable<bool> Phrases(string lexicon, string role, WordBits bits)
    {
        var entries = new List<KeyValuePair<string, bool>>();
        foreach (var (entry, entryRole) in Rows(lexicon))
        {
            if (entryRole == role)
            {
                entries.Add(new(entry, true));
            }
        }
        return new PhraseTable<bool>(entries, ignoreCase: true, bits);
    }
}
