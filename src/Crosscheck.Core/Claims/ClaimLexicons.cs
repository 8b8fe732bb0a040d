using System.Collections.Frozen;
using Crosscheck.Lexicons;
using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>The claims stage's word lists, loaded once from the embedded <c>claims-*.txt</c> lexicons.</summary>
internal static class ClaimLexicons
{
    /// <summary>Hedge, speculation and negation cues in one trie, so the longest cue wins ("may have" over "may").</summary>
    public static readonly PhraseMatcher<CueKind> Cues = new(LoadCues());

    /// <summary>
    /// Three phrase lexicons in one trie, so one walk per token serves them all: opinion, evaluation and first-person
    /// filler phrases (file <see cref="OpinionFile"/>), institutions and office holders named by a common noun ("the
    /// ministry", "officials"; <see cref="ActorFile"/>), comparisons and records (<see cref="ComparativeFile"/>).
    /// </summary>
    public static readonly PhraseTrie<bool> FeaturePhrases =
        new([Phrases("claims-opinion"), Phrases("claims-actors"), Phrases("claims-comparatives")]);

    /// <summary>The file index of the opinion phrases in <see cref="FeaturePhrases"/>.</summary>
    public const int OpinionFile = 0;

    /// <summary>The file index of the actor phrases in <see cref="FeaturePhrases"/>.</summary>
    public const int ActorFile = 1;

    /// <summary>The file index of the comparative phrases in <see cref="FeaturePhrases"/>.</summary>
    public const int ComparativeFile = 2;

    /// <summary>Units that join a preceding number ("percent", "per cent", "million").</summary>
    public static readonly PhraseMatcher<bool> NumberUnits = new(Phrases("claims-number-units"));

    /// <summary>Verbs reporting a checkable event or quantity.</summary>
    public static readonly FrozenSet<string> FactualVerbs = Lexicon.Set("claims-factual-verbs");

    /// <summary>Irregular past-tense forms ("took", "paid").</summary>
    public static readonly FrozenSet<string> IrregularPast = Lexicon.Set("claims-past-irregular");

    /// <summary>Months, weekdays and other specific times.</summary>
    public static readonly FrozenSet<string> TimeWords = Lexicon.Set("claims-time-words");

    /// <summary>Number words ("three", "thousands", "half").</summary>
    public static readonly FrozenSet<string> NumberWords = Lexicon.Set("claims-number-words");

    /// <summary>Verbs of a bare attribution frame.</summary>
    public static readonly FrozenSet<string> FrameVerbs = Lexicon.Set("claims-frame-verbs");

    /// <summary>
    /// Every word of the single-word lists above with the lists it is in. None of those lists holds an apostrophe, so
    /// the map's folding of curly apostrophes cannot make a word match that the case-insensitive sets would not.
    /// </summary>
    /// <remarks>
    /// Most words are in none of the lists: the filter (keyed by first and last letter and length, folded as the map
    /// folds) turns most of them away before the map hashes them, as the cue model's look-up does.
    /// </remarks>
    private static readonly (WordMap<ClaimWord> Map, KeyFilter Filter, string[] Keys) Words = LoadWords();

    /// <summary>Every word of the single-word lists (for <see cref="SharedWords"/>).</summary>
    internal static IEnumerable<string> WordKeys => Words.Keys;

    /// <summary>The single-word lists <paramref name="word"/> is in (case ignored).</summary>
    public static ClaimWord Lookup(ReadOnlySpan<char> word) =>
        Words.Filter.MayContain(word) && Words.Map.TryGetValue(word, out var found) ? found : ClaimWord.None;

    /// <summary>
    /// Looks up the words among <paramref name="tokens"/> into <paramref name="flags"/> (one entry per token; numbers
    /// and punctuation get <see cref="ClaimWord.None"/>).
    /// </summary>
    public static void Lookup(string text, ReadOnlySpan<Token> tokens, Span<ClaimWord> flags)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            flags[i] = tokens[i].Kind == TokenKind.Word ? Lookup(tokens[i].Span.Slice(text)) : ClaimWord.None;
        }
    }

    /// <summary>
    /// As <see cref="Lookup(string, ReadOnlySpan{Token}, Span{ClaimWord})"/>, reading a token's lists by its shared word
    /// id (<paramref name="ids"/>, one per token; see <see cref="SharedWords"/>) where it has one: the map folds words
    /// as the shared vocabulary does, so a word's id gives the map's answer.
    /// </summary>
    public static void Lookup(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, Span<ClaimWord> flags)
    {
        var byId = _byId ??= SharedWords.ById(static word => Words.Map.TryGetValue(word, out var found) ? found : ClaimWord.None);
        for (var i = 0; i < tokens.Length; i++)
        {
            flags[i] = tokens[i].Kind != TokenKind.Word ? ClaimWord.None
                : ids[i] >= 0 ? byId[ids[i]]
                : ids[i] == SharedWords.Unlisted ? ClaimWord.None
                : Lookup(tokens[i].Span.Slice(text));
        }
    }

    private static ClaimWord[]? _byId;

    private static (WordMap<ClaimWord> Map, KeyFilter Filter, string[] Keys) LoadWords()
    {
        var words = new Dictionary<string, ClaimWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (set, flag) in new[]
        {
            (FactualVerbs, ClaimWord.Factual), (TimeWords, ClaimWord.Time), (IrregularPast, ClaimWord.IrregularPast),
            (NumberWords, ClaimWord.NumberWord), (FrameVerbs, ClaimWord.Frame),
        })
        {
            foreach (var word in set)
            {
                if (word.AsSpan().ContainsAny('\'', '\u2019'))
                {
                    throw new InvalidOperationException($"claims word list entry with an apostrophe: {word}");
                }
                words[word] = words.GetValueOrDefault(word) | flag;
            }
        }
        return (new WordMap<ClaimWord>(words), new KeyFilter(words.Keys), [.. words.Keys]);
    }

    private static IEnumerable<KeyValuePair<string, CueKind>> LoadCues()
    {
        // Blockers first: a phrase that is both a blocker and a cue must stay a blocker.
        (string Name, CueKind Kind)[] sources =
            [("claims-speculation", CueKind.Speculation), ("claims-hedges", CueKind.Hedge), ("claims-negation", CueKind.Negation)];
        foreach (var (name, _) in sources)
        {
            foreach (var line in Lexicon.Lines(name))
            {
                if (line.StartsWith('!'))
                {
                    yield return new(line[1..].Trim(), CueKind.Blocker);
                }
            }
        }
        foreach (var (name, kind) in sources)
        {
            foreach (var line in Lexicon.Lines(name))
            {
                if (!line.StartsWith('!'))
                {
                    yield return new(line, kind);
                }
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, bool>> Phrases(string name)
    {
        foreach (var line in Lexicon.Lines(name))
        {
            yield return new(line, true);
        }
    }
}
