using System.Collections.Frozen;
using System.Globalization;
using Crosscheck.Lexicons;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

/// <summary>
/// The trained cue classifier: a linear model (averaged perceptron, <see cref="CueModelTrainer"/>) over hashed context
/// features of a candidate cue word, with the candidate vocabulary it was trained on (every lower-case word that heads
/// gold cues in the training data, with its counts). The attribution stage asks it whether a word from that vocabulary
/// is a cue where it stands ("addressed the rally" is not, "addressed concerns that" is).
/// </summary>
public sealed class CueModel
{
    /// <summary>The lexicon file holding the shipped weights.</summary>
    public const string WeightsName = "attribution-cue-model";

    // Open addressing over 8-byte slots, looked up a batch at a time (the signals model's table): the frozen dictionary
    // it replaces cost a fifth of the cue scoring, chasing a bucket and an entry per key.
    private readonly Signals.FeatureTable<float> _weights;
    private readonly Signals.FeatureTable<float> _extraWeights;
    private readonly Signals.FeatureTable<float> _contentWeights;

    private static Signals.FeatureTable<float> Frozen(Dictionary<ulong, float> table)
    {
        var entries = new List<(ulong Key, float Value)>(table.Count);
        foreach (var (key, weight) in table)
        {
            entries.Add((key, weight));
        }
        return new Signals.FeatureTable<float>(entries);
    }
    private readonly FrozenDictionary<string, LearnedCue> _vocabulary;

    /// <summary>Creates a model from its vocabulary and its named weights.</summary>
    public CueModel(LearnedCueLexicon vocabulary, IReadOnlyList<KeyValuePair<string, float>> weights)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(weights);
        Vocabulary = vocabulary;
        Weights = weights;
        // A repeated name keeps its last weight, as the dictionary this table replaced did. The source-boundary and
        // quote-filter weights get a table of their own: the cue scoring, by far the most frequent look-up, then
        // searches a table no larger than before they were added.
        var table = new Dictionary<ulong, float>(weights.Count);
        // The content filter's weights, off by default, get a third: since the filter became a logistic regression (which
        // keeps a weight for every feature it saw) they would double the table the source boundaries probe at every
        // speaker, and a table past the cache cost the stage a few per cent (docs/accuracy.md, round 12).
        var extraTable = new Dictionary<ulong, float>();
        var contentTable = new Dictionary<ulong, float>();
        foreach (var (name, weight) in weights)
        {
            var source = name.StartsWith(SourceLeftPrefix, StringComparison.Ordinal) || name.StartsWith(SourceRightPrefix, StringComparison.Ordinal);
            var content = name.StartsWith(ContentFilterPrefix, StringComparison.Ordinal);
            var filter = content || name.StartsWith(QuoteFilterPrefix, StringComparison.Ordinal);
            (content ? contentTable : source || filter ? extraTable : table)[CueFeatureHash.OfName(name)] = weight;
            HasSourceWeights |= source;
            HasQuoteFilterWeights |= filter;
        }
        _weights = Frozen(table);
        _extraWeights = Frozen(extraTable);
        _contentWeights = Frozen(contentTable);
        var forms = new Dictionary<string, LearnedCue>(StringComparer.OrdinalIgnoreCase);
        foreach (var cue in vocabulary.Cues)
        {
            forms.TryAdd(cue.Form, cue);
        }
        _vocabulary = forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        VocabularyLookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        (_words, _wordFilter, _wordKeys) = BuildWords();
    }

    /// <summary>Name prefix of the source-boundary weights for the left edge of a source phrase.</summary>
    internal const string SourceLeftPrefix = "sl.";

    /// <summary>Name prefix of the source-boundary weights for an apposition after the speaker.</summary>
    internal const string SourceRightPrefix = "sr.";

    /// <summary>
    /// Whether the model also carries the source-boundary weights (trained after the cue weights by
    /// <see cref="CueModelTrainer"/>): where a source phrase starts left of its speaker and whether an apposition after
    /// it belongs to it. Without them the attribution stage uses its hand rules for both.
    /// </summary>
    public bool HasSourceWeights { get; }

    /// <summary>Name prefix of the quote filter's relation weights (content and speaker right).</summary>
    internal const string QuoteFilterPrefix = "qf.";

    /// <summary>Name prefix of the quote filter's content weights (content right, whoever the speaker).</summary>
    internal const string ContentFilterPrefix = "qc.";

    /// <summary>
    /// Whether the model also carries the quote-filter weights (trained last by <see cref="CueModelTrainer"/>): two
    /// scores of each finished quote, from its shape, that it is an attribution annotators would mark with this
    /// speaker (qf.) and that its content is one they would mark at all (qc.).
    /// </summary>
    public bool HasQuoteFilterWeights { get; }

    /// <summary>The model shipped in <c>Lexicons/attribution-cue-model.txt</c> with its vocabulary <c>attribution-learned-cues.txt</c>.</summary>
    public static CueModel Shipped { get; } = LoadShipped();

    /// <summary>The candidate words with their training counts.</summary>
    public LearnedCueLexicon Vocabulary { get; }

    /// <summary>The weights by feature name, sorted by name.</summary>
    public IReadOnlyList<KeyValuePair<string, float>> Weights { get; }

    internal FrozenDictionary<string, LearnedCue>.AlternateLookup<ReadOnlySpan<char>> VocabularyLookup { get; }

    // The hand lexicon, the two-word cues and this model's vocabulary in one map, so a token costs one hash where the
    // three frozen dictionaries cost three look-ups, each hashing the word again.
    private readonly WordMap<CueWord> _words;

    // Most tokens are in no cue lexicon; the sketch turns most of them away before the map hashes them.
    private readonly WordSketch _wordFilter;

    private readonly string[] _wordKeys;

    // Per SharedWords id, what Lookup gives a token with that id, and whether each of the model's words has an id; made
    // on first use (see LookupById). The flag is written before the array is published.
    private CueWord[]? _byId;
    private bool _allKeysHaveIds;

    /// <summary>
    /// A 16,384-bit sketch of the cue words by length and first, second and last letters, case and apostrophes folded
    /// as in <see cref="Claims.KeyFilter"/>, so it too never turns away a word the map or the dictionaries hold. The
    /// claims stage's sketch (first and last letters and length, 4,096 bits) let about half of the words through to the
    /// map, where a fifth are in it: "the", "that", "this" share their letters and length with cue words. The second
    /// letter tells most of them apart (on the benchmark prose, of 29,763 words looked up, 54 % passed the old sketch,
    /// 28 % pass this one, 19.5 % are in the map).
    /// </summary>
    private sealed class WordSketch
    {
        private readonly ulong[] _bits = new ulong[256];

        public WordSketch(IEnumerable<string> keys)
        {
            foreach (var key in keys)
            {
                if (key.Length > 0)
                {
                    var slot = Slot(key);
                    _bits[slot >> 6] |= 1UL << slot;
                }
            }
        }

        /// <summary>False when no key can equal <paramref name="word"/> (ignoring case and the curly/straight apostrophe).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MayContain(ReadOnlySpan<char> word)
        {
            if (word.Length == 0)
            {
                return false;
            }
            var slot = Slot(word);
            return (_bits[slot >> 6] & (1UL << slot)) != 0;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static int Slot(ReadOnlySpan<char> word)
        {
            var second = word.Length > 1 ? Fold(word[1]) : '\0';
            var hash = (((uint)Fold(word[0]) * 31 + second) * 31 + Fold(word[^1])) * 31 + (uint)Math.Min(word.Length, 64);
            // Fibonacci hashing down to 14 bits.
            return (int)((hash * 2654435769u) >> 18);
        }

        // Case-insensitive comparison upper-cases each character (invariant); the map reads ’ as '.
        private static char Fold(char c) => c == '\u2019' ? '\'' : char.ToUpperInvariant(c);
    }

    /// <summary>Every word of the hand lexicon, the two-word cues and the vocabulary (for <see cref="SharedWords"/>).</summary>
    internal IEnumerable<string> WordKeys => _wordKeys;

    /// <summary>What the hand lexicon, the two-word cues and the vocabulary hold for <paramref name="word"/> (case ignored).</summary>
    internal CueWord Lookup(ReadOnlySpan<char> word)
    {
        // The sketch first: it holds every key of the three dictionaries and folds case and apostrophes no less than
        // they do, so a word it turns away is in none of them, and most tokens skip the apostrophe search.
        if (!_wordFilter.MayContain(word))
        {
            return default;
        }
        // The map equates curly and straight apostrophes and the dictionaries do not: such words take the slow road.
        if (word.ContainsAny('\'', '\u2019'))
        {
            return new CueWord(
                AttributionLexicons.PhrasalLookup.TryGetValue(word, out var phrasal) ? phrasal : null,
                AttributionLexicons.CueLookup.TryGetValue(word, out var hand) ? hand : null,
                VocabularyLookup.TryGetValue(word, out var learned) ? learned : null);
        }
        return _words.TryGetValue(word, out var found) ? found : default;
    }

    /// <summary>
    /// What <see cref="Lookup"/> gives <paramref name="word"/>, a token whose <see cref="SharedWords"/> id is
    /// <paramref name="id"/> (not <see cref="SharedWords.Unknown"/>): read by the id. Such a token has no apostrophe, so
    /// Lookup would ask the map, which folds words as the vocabulary does. A token outside the vocabulary is in no
    /// lexicon of this model when each of the model's words has an id (the shipped model's all do, a model trained on
    /// other data may have words of its own): otherwise it is looked up.
    /// </summary>
    internal CueWord LookupById(int id, ReadOnlySpan<char> word)
    {
        var byId = Volatile.Read(ref _byId) ?? BuildById();
        return id >= 0 ? byId[id] : _allKeysHaveIds ? default : Lookup(word);
    }

    private CueWord[] BuildById()
    {
        var words = _words;
        var allKeysHaveIds = true;
        foreach (var key in _wordKeys)
        {
            allKeysHaveIds &= SharedWords.IdOf(key) >= 0;
        }
        var byId = SharedWords.ById(word => words.TryGetValue(word, out var found) ? found : default);
        _allKeysHaveIds = allKeysHaveIds;
        Volatile.Write(ref _byId, byId);
        return byId;
    }

    private (WordMap<CueWord> Words, WordSketch Filter, string[] Keys) BuildWords()
    {
        var words = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, phrasal) in AttributionLexicons.Phrasal)
        {
            words[word] = words.GetValueOrDefault(word) with { Phrasal = phrasal };
        }
        foreach (var (word, hand) in AttributionLexicons.Cues)
        {
            words[word] = words.GetValueOrDefault(word) with { Hand = hand };
        }
        foreach (var (word, learned) in _vocabulary)
        {
            words[word] = words.GetValueOrDefault(word) with { Learned = learned };
        }
        return (new WordMap<CueWord>(words), new WordSketch(words.Keys), [.. words.Keys]);
    }

    /// <summary>The sum of the cue weights of <paramref name="keys"/>.</summary>
    internal float Score(ReadOnlySpan<ulong> keys) => Sum(_weights, keys);

    /// <summary>The sum of the source-boundary and quote-filter relation weights of <paramref name="keys"/>.</summary>
    internal float ScoreExtra(ReadOnlySpan<ulong> keys) => Sum(_extraWeights, keys);

    /// <summary>The sum of the quote filter's content weights of <paramref name="keys"/>.</summary>
    internal float ScoreContent(ReadOnlySpan<ulong> keys) => Sum(_contentWeights, keys);

    private static float Sum(Signals.FeatureTable<float> table, ReadOnlySpan<ulong> keys)
    {
        // Added in key order, missing keys as zero: the same sum as looking each key up on its own.
        Span<float> weights = stackalloc float[Signals.FeatureTable<float>.MaxBatch];
        var sum = 0f;
        while (keys.Length > 0)
        {
            var batch = Math.Min(keys.Length, weights.Length);
            table.GetAll(keys[..batch], weights[..batch]);
            foreach (var weight in weights[..batch])
            {
                sum += weight;
            }
            keys = keys[batch..];
        }
        return sum;
    }

    /// <summary>Writes the weights as <c>name TAB weight</c> lines under a header that says how they were made.</summary>
    public void WriteWeights(TextWriter writer, string header)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        foreach (var line in header.Split('\n'))
        {
            writer.WriteLine("# " + line);
        }
        foreach (var (name, weight) in Weights)
        {
            writer.WriteLine(name + "\t" + weight.ToString("0.####", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Reads weights written by <see cref="WriteWeights"/>.</summary>
    public static List<KeyValuePair<string, float>> ParseWeights(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var weights = new List<KeyValuePair<string, float>>();
        foreach (var line in lines)
        {
            var tab = line.LastIndexOf('\t');
            if (tab > 0 && float.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                weights.Add(new(line[..tab], weight));
            }
        }
        return weights;
    }

    /// <summary>Reads a vocabulary written by <see cref="LearnedCueLexicon.Write"/> (<c>form = class cues occurrences</c>).</summary>
    public static LearnedCueLexicon ParseVocabulary(IEnumerable<KeyValuePair<string, string>> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var cues = new List<LearnedCue>();
        foreach (var (form, value) in table)
        {
            var fields = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var count = fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
            var occurrences = fields.Length > 2 && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
            cues.Add(new LearnedCue(form, fields.Length > 0 && fields[0] == "intent", count, occurrences));
        }
        cues.Sort(static (a, b) => a.Cues != b.Cues ? b.Cues.CompareTo(a.Cues) : string.CompareOrdinal(a.Form, b.Form));
        return new LearnedCueLexicon(cues, 0, 0, CueLexiconTrainingOptions.Default);
    }

    private static CueModel LoadShipped() =>
        new(ParseVocabulary(Lexicon.Table(LearnedCueLexicon.LexiconName)), ParseWeights(Lexicon.Lines(WeightsName)));
}
