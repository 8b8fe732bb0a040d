namespace Crosscheck.Signals;

/// <summary>
/// Per-word log-odds of being inside a propaganda span, counted on the training data and smoothed toward the overall
/// rate: a word seen once, inside a span, still says something, while the tagger drops features seen fewer than three
/// times (the misses of the first pass are often such rare charged words). The segment scorer reads the largest and
/// the mean odds of a candidate's words, the share of its words with odds of 1 or more, the sum of the positive odds,
/// and the odds of the words just outside it.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class WordOdds
{
    // Prior strength of the smoothing (pseudo-counts at the overall rate): 5-fold CV SI F1 0.4087 / 0.4091 / 0.4084 /
    // 0.4021 at 0.5 / 1 / 2 / 10 (threshold 0.3). Words whose |log-odds| is below Keep count as zero, which halves the
    // table for −0.001 (0.1: 0.4099, 0.6: 0.4082).
    private const double Strength = 1;
    private const double Keep = 0.3;
    private static readonly ulong Salt = FeatureHash.Of("lo");

    private readonly FeatureTable<float> _table;

    /// <summary>Odds of the words <paramref name="odds"/> names (lower-cased word, log-odds).</summary>
    public WordOdds(IReadOnlyList<KeyValuePair<string, float>> odds)
    {
        Entries = odds;
        _table = new FeatureTable<float>([.. odds.Select(p => (Key(FeatureHash.Of(p.Key)), p.Value))]);
    }

    /// <summary>The words and their log-odds, for the model file.</summary>
    public IReadOnlyList<KeyValuePair<string, float>> Entries { get; }

    /// <summary>
    /// Counts, over <paramref name="documents"/> (features and per-token inside flags), how often each word is inside a
    /// span, and keeps the words whose smoothed log-odds differ from the overall rate by at least <see cref="Keep"/>.
    /// </summary>
    public static WordOdds Count(IEnumerable<(TokenFeatures Features, bool[] Inside)> documents)
    {
        var counts = new Dictionary<string, (int Inside, int Total)>(StringComparer.Ordinal);
        long inside = 0, total = 0;
        foreach (var (features, flags) in documents)
        {
            for (var t = 0; t < features.Count; t++)
            {
                if (!features.IsWord(t))
                {
                    continue;
                }
                var word = features.LowerOf(t);
                var (i, n) = counts.GetValueOrDefault(word);
                counts[word] = (i + (flags[t] ? 1 : 0), n + 1);
                inside += flags[t] ? 1 : 0;
                total++;
            }
        }
        var rate = total == 0 ? 0.5 : Math.Clamp((double)inside / total, 0.01, 0.99);
        var baseline = Math.Log(rate / (1 - rate));
        var result = new List<KeyValuePair<string, float>>();
        foreach (var (word, (i, n)) in counts)
        {
            var odds = Math.Log((i + Strength * rate) / (n - i + Strength * (1 - rate))) - baseline;
            if (Math.Abs(odds) >= Keep)
            {
                result.Add(new(word, (float)Math.Round(odds, 3)));
            }
        }
        // Sorted so the file is the same on every run (dictionary order is not).
        result.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new WordOdds(result);
    }

    /// <summary>
    /// Each word token's log-odds into <paramref name="odds"/> (zero for other tokens and unknown words); with
    /// <paramref name="only"/>, only where it is true (zero elsewhere).
    /// </summary>
    /// <remarks>
    /// With <paramref name="fromRows"/> (only for the model these odds belong to, whose rows the features hold), a word type
    /// with a row reads its odds there: the same value.
    /// </remarks>
    public void Fill(TokenFeatures features, double[] odds, bool[]? only = null, bool fromRows = false)
    {
        var rows = fromRows ? features.Rows!.Values : null;
        // Once per word type (the odds depend on the word alone), in batches so the cache misses overlap; a token without
        // a type is looked up on its own.
        var byType = new float[features.TypeCount];
        var asked = new bool[features.TypeCount];
        Span<ulong> keys = stackalloc ulong[FeatureTable<float>.MaxBatch];
        Span<float> values = stackalloc float[FeatureTable<float>.MaxBatch];
        Span<int> owners = stackalloc int[FeatureTable<float>.MaxBatch];
        var count = 0;
        for (var t = 0; t < features.Count; t++)
        {
            if ((only is not null && !only[t]) || !features.IsWord(t))
            {
                continue;
            }
            var type = features.TypeOf(t);
            if (type < 0 || asked[type])
            {
                continue;
            }
            asked[type] = true;
            if (rows is not null && features.RowOf(type) is var row && row >= 0)
            {
                byType[type] = rows[row + WordRows.Odds];
                continue;
            }
            keys[count] = Key(features.WordHash(t));
            owners[count++] = type;
            if (count == keys.Length)
            {
                Look(keys, values, owners, byType);
                count = 0;
            }
        }
        Look(keys[..count], values[..count], owners[..count], byType);
        for (var t = 0; t < features.Count; t++)
        {
            if ((only is not null && !only[t]) || !features.IsWord(t))
            {
                odds[t] = 0;
                continue;
            }
            var type = features.TypeOf(t);
            odds[t] = type >= 0 ? byType[type] : _table.TryGet(Key(features.WordHash(t)), out var found) ? found : 0f;
        }
    }

    private void Look(ReadOnlySpan<ulong> keys, Span<float> values, ReadOnlySpan<int> owners, float[] byType)
    {
        _table.GetAll(keys, values);
        for (var k = 0; k < keys.Length; k++)
        {
            byType[owners[k]] = values[k];
        }
    }

    /// <summary>The log-odds of the word whose lower-cased text hashes to <paramref name="word"/> (0 for an unknown word).</summary>
    public float Of(ulong word) => _table.TryGet(Key(word), out var value) ? value : 0;

    private static ulong Key(ulong word) => FeatureHash.Key(Salt, word);
}
