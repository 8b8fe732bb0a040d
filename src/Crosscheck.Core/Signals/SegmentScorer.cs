using System.Globalization;
using System.Runtime.InteropServices;

namespace Crosscheck.Signals;

/// <summary>
/// The second pass of span identification, a segment model over the first pass's outputs: candidate segments of a
/// sentence (each clause, each pair of adjacent clauses, the whole sentence, runs of tokens the tagger scores at 0.2 or
/// more, and runs of words with log-odds of 1 or more) are scored by two logistic regressions over dense features
/// of the first pass (the tagger's mean, max and min probability inside, the clause classifier's, the sentence's best
/// clause, length, whether the segment starts or ends its sentence), an article prior (the mean clause probability, the
/// share of clauses at 0.25 or more, and the tagger's mean probability over every sixteenth token), the sentence
/// classifier's probability of the segment's sentence, and the smoothed log-odds of its words (<see cref="WordOdds"/>:
/// largest, mean, share at 1 or more, the sum of the positive ones, and the odds of the words just before and after
/// it). The share head predicts the share of the segment's characters inside gold spans (what the metric's precision
/// pays), the recall head the share of each gold span the segment covers, summed up to a cap of a few gold spans (what its
/// recall pays); decoding keeps the set of segments without overlap whose summed share + beta × recall − threshold is
/// largest.
/// </summary>
/// <remarks>
/// Trained on out-of-fold first-pass outputs (<see cref="PropagandaTrainer"/>), so it learns how far to trust a first
/// pass that has not seen the article. Immutable and thread-safe.
/// </remarks>
internal sealed class SegmentScorer
{
    /// <summary>Candidate kinds.</summary>
    internal const int Clause = 0;

    /// <summary>A run of tokens the tagger scores at one of <see cref="RunThresholds"/>.</summary>
    internal const int Run = 1;

    /// <summary>Two adjacent clauses of one sentence.</summary>
    internal const int ClausePair = 2;

    /// <summary>A whole sentence.</summary>
    internal const int Sentence = 3;

    /// <summary>Every how many tokens the tagger is read for the article prior (whatever the gate).</summary>
    internal const int PriorStride = 16;

    private const int Kinds = 4;
    private const int PerKind = 7;
    private const int LengthBuckets = 9;
    private const double ArticleClauseCut = 0.25;

    // Word log-odds from which runs of words become candidates: 5-fold CV SI F1 0.4220 / 0.4227 / 0.4210 at 0.7 / 1 / 1.5
    // (0.4192 without such runs).
    private const double OddsRunCut = 1;
    // The tagger's runs at 0.2 only (0.1, 0.2 and 0.3 before round 11): 5-fold CV SI / labelled F1 0.4213 / 0.1953 -> 0.4234 /
    // 0.1963, and 0.4230 / 0.1902 -> 0.4245 / 0.1916 on the second split (0.15 and 0.3: 0.4225 / 0.1969 and 0.4226 / 0.1912),
    // with a third of the run candidates to score in analysis.
    private static readonly double[] RunThresholds = [0.2];
    private static readonly string[] KindNames = ["clause", "run", "pair", "sentence"];
    private static readonly string[] PerKindNames = ["mean", "max", "min", "over", "cmax", "cmean", "cmin"];

    /// <summary>The feature names, in vector order (the model file's "sg" lines).</summary>
    internal static readonly string[] FeatureNames = BuildNames();

    private readonly float[] _weights;
    private readonly float[]? _recallWeights;

    /// <summary>
    /// A scorer with <paramref name="weights"/> (the share head) and optionally <paramref name="recallWeights"/> (the
    /// recall head), both in <see cref="FeatureNames"/> order.
    /// </summary>
    public SegmentScorer(float[] weights, double threshold, double alpha, float[]? recallWeights = null, double beta = 0)
    {
        if (weights.Length != FeatureNames.Length || recallWeights is not null && recallWeights.Length != FeatureNames.Length)
        {
            throw new InvalidDataException($"Segment scorer: {weights.Length} weights, expected {FeatureNames.Length}.");
        }
        _weights = weights;
        _recallWeights = recallWeights;
        Threshold = threshold;
        Alpha = alpha;
        Beta = beta;
    }

    /// <summary>Threshold on a segment's value (share + <see cref="Beta"/> × recall), tuned for span-identification F1 by cross-validation.</summary>
    public double Threshold { get; }

    /// <summary>
    /// The greedy decoding order of rounds 4 to 11, value × (tokens ^ alpha); kept in the model file (0), unused by the
    /// exact decoding since round 12.
    /// </summary>
    public double Alpha { get; }

    /// <summary>
    /// Weight of the recall head in a segment's value: the share head alone favours short sure segments, while the metric
    /// also pays for the share of each gold span a segment covers. The head predicts that credit divided by its cap
    /// (<see cref="PropagandaTrainingOptions.SegmentRecallCap"/>), so the weight is the recall weight times the cap.
    /// </summary>
    public double Beta { get; }

    /// <summary>The share head's weights, in <see cref="FeatureNames"/> order.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The recall head's weights, in <see cref="FeatureNames"/> order (empty without one).</summary>
    public ReadOnlySpan<float> RecallWeights => _recallWeights;

    /// <summary>Whether the scorer has a recall head.</summary>
    public bool HasRecall => _recallWeights is not null;

    /// <summary>Number of features.</summary>
    public static int Count => FeatureNames.Length;

    /// <summary>The predicted share of gold characters of a segment with features <paramref name="x"/>.</summary>
    public double Score(ReadOnlySpan<float> x) => Logistic(_weights, x);

    /// <summary>
    /// The predicted recall credit of a segment with features <paramref name="x"/> (the summed share of each gold span it
    /// covers, at most 1); zero without a recall head.
    /// </summary>
    public double Recall(ReadOnlySpan<float> x) => _recallWeights is null ? 0 : Logistic(_recallWeights, x);

    /// <summary>The value decoding ranks and thresholds: share + <see cref="Beta"/> × recall.</summary>
    public double Value(ReadOnlySpan<float> x) => Score(x) + Beta * Recall(x);

    private static double Logistic(float[] weights, ReadOnlySpan<float> x)
    {
        var z = 0.0;
        for (var j = 0; j < x.Length; j++)
        {
            z += weights[j] * x[j];
        }
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// The candidates of an article and their feature vectors (<see cref="Count"/> floats each, concatenated).
    /// <paramref name="tokenProbabilities"/> may be zero where the tagger did not run; <paramref name="priorProbabilities"/>
    /// is read only at every <see cref="PriorStride"/>-th token, for the article prior. With
    /// <paramref name="activeSentences"/>, candidates come only from the sentences it marks (token runs need tagged
    /// tokens anyway). <paramref name="sentenceProbabilities"/> (per sentence, negative where unknown) and
    /// <paramref name="wordOdds"/> (per token) are zero features when null.
    /// </summary>
    internal static List<(int First, int End, int Kind)> Candidates(TokenFeatures features, List<(int First, int End)> clauses,
        double[] clauseProbabilities, double[] tokenProbabilities, double[] priorProbabilities, List<float> vectors, bool[]? activeSentences = null,
        double[]? sentenceProbabilities = null, double[]? wordOdds = null)
    {
        var n = features.Count;
        var candidates = features.Scratch.Candidates();
        for (var c = 0; c < clauses.Count; c++)
        {
            if (activeSentences is not null && !activeSentences[features.SentenceOf(clauses[c].First)])
            {
                continue;
            }
            candidates.Add((clauses[c].First, clauses[c].End, Clause));
            if (c + 1 < clauses.Count && features.SentenceOf(clauses[c + 1].First) == features.SentenceOf(clauses[c].First))
            {
                candidates.Add((clauses[c].First, clauses[c + 1].End, ClausePair));
            }
        }
        var seen = new HashSet<long>();
        foreach (var threshold in RunThresholds)
        {
            // A single weaker token (at half the threshold) between two strong ones is bridged.
            AddRuns(features, tokenProbabilities, threshold, threshold / 2, seen, candidates);
        }
        if (wordOdds is not null)
        {
            // Runs of words with high log-odds are candidates too: the rare charged words the tagger misses (it drops words
            // seen fewer than three times) but the odds keep. Outside the active sentences the odds are zero. No bridging.
            AddRuns(features, wordOdds, OddsRunCut, OddsRunCut, seen, candidates);
        }
        var start = 0;
        for (var t = 1; t <= n; t++)
        {
            if (t == n || features.SentenceOf(t) != features.SentenceOf(start))
            {
                var (first, last) = Trim(features, start, t);
                if (last > first && (activeSentences is null || activeSentences[features.SentenceOf(start)]))
                {
                    candidates.Add((first, last, Sentence));
                }
                start = t;
            }
        }

        // First-pass summaries: the clause of each token, each sentence's best clause, and the article prior.
        var clauseOf = features.Scratch.Ints(SignalScratch.ClauseOf, n, clear: false);
        Array.Fill(clauseOf, -1, 0, n);
        var sentenceBest = features.Scratch.Doubles(SignalScratch.SentenceBest, features.SentenceCount, clear: true);
        var clauseSum = 0.0;
        var clauseHigh = 0;
        for (var c = 0; c < clauses.Count; c++)
        {
            Array.Fill(clauseOf, c, clauses[c].First, clauses[c].End - clauses[c].First);
            var sentence = features.SentenceOf(clauses[c].First);
            sentenceBest[sentence] = Math.Max(sentenceBest[sentence], clauseProbabilities[c]);
            clauseSum += clauseProbabilities[c];
            if (clauseProbabilities[c] >= ArticleClauseCut)
            {
                clauseHigh++;
            }
        }
        var priorSum = 0.0;
        var priorCount = 0;
        for (var t = 0; t < n; t += PriorStride)
        {
            priorSum += priorProbabilities[t];
            priorCount++;
        }
        var articleClause = (float)Logit(clauses.Count == 0 ? 0 : clauseSum / clauses.Count);
        var articleHigh = clauses.Count == 0 ? 0f : 3f * clauseHigh / clauses.Count;
        var articleTokens = (float)Logit(priorCount == 0 ? 0 : priorSum / priorCount);

        Span<float> x = stackalloc float[Count];
        // Sized once: on propaganda-dense text the vectors run to hundreds of kilobytes, and growing by doubling copied
        // them several times over, on the large-object heap.
        vectors.EnsureCapacity(vectors.Count + candidates.Count * Count);
        foreach (var (first, end, kind) in candidates)
        {
            x.Clear();
            var length = end - first;
            double max = 0, min = 1, sum = 0;
            var over = 0;
            double clauseMax = 0, clauseMin = 1, clauseTotal = 0;
            var clauseCount = 0;
            var last = -2;
            double oddsMax = 0, oddsSum = 0, oddsPositive = 0;
            var oddsHigh = 0;
            for (var t = first; t < end; t++)
            {
                if (wordOdds is not null)
                {
                    var o = wordOdds[t];
                    oddsMax = Math.Max(oddsMax, o);
                    oddsSum += o;
                    oddsPositive += Math.Max(o, 0);
                    if (o >= 1)
                    {
                        oddsHigh++;
                    }
                }
                var p = tokenProbabilities[t];
                max = Math.Max(max, p);
                min = Math.Min(min, p);
                sum += p;
                if (p >= 0.2)
                {
                    over++;
                }
                var c = clauseOf[t];
                if (c >= 0 && c != last)
                {
                    clauseMax = Math.Max(clauseMax, clauseProbabilities[c]);
                    clauseMin = Math.Min(clauseMin, clauseProbabilities[c]);
                    clauseTotal += clauseProbabilities[c];
                    clauseCount++;
                    last = c;
                }
            }
            x[kind] = 1;
            var at = Kinds + kind * PerKind;
            x[at] = (float)Logit(sum / length);
            x[at + 1] = (float)Logit(max);
            x[at + 2] = (float)Logit(min);
            x[at + 3] = (float)over / length;
            x[at + 4] = (float)Logit(clauseCount > 0 ? clauseMax : 0.01);
            x[at + 5] = (float)Logit(clauseCount > 0 ? clauseTotal / clauseCount : 0.01);
            x[at + 6] = (float)Logit(clauseCount > 0 ? clauseMin : 0.01);
            at = Kinds + Kinds * PerKind;
            x[at] = articleClause;
            x[at + 1] = articleHigh;
            x[at + 2] = articleTokens;
            x[at + 3] = (float)Logit(sentenceBest[features.SentenceOf(first)]);
            at += 4;
            var bucket = TokenFeatures.Bucket(length);
            x[at + bucket] = 1;
            if (kind == Run)
            {
                x[at + LengthBuckets + bucket] = 1;
            }
            at += 2 * LengthBuckets;
            x[at] = first == features.SentenceStart(first) ? 1 : 0;
            x[at + 1] = end >= features.SentenceEnd(first) - 1 ? 1 : 0;
            at += 2;
            var sentenceIndex = features.SentenceOf(first);
            if (sentenceProbabilities is not null && sentenceProbabilities[sentenceIndex] >= 0)
            {
                x[at] = (float)Logit(sentenceProbabilities[sentenceIndex]);
            }
            at++;
            x[at] = (float)oddsMax;
            x[at + 1] = (float)(oddsSum / length);
            x[at + 2] = (float)oddsHigh / length;
            if (wordOdds is not null)
            {
                x[at + 3] = first > features.SentenceStart(first) ? (float)wordOdds[first - 1] : 0;
                x[at + 4] = end < features.SentenceEnd(first) ? (float)wordOdds[end] : 0;
                x[at + 5] = (float)Math.Min(oddsPositive, 8) / 4;
            }
            var at0 = vectors.Count;
            CollectionsMarshal.SetCount(vectors, at0 + Count);
            x.CopyTo(CollectionsMarshal.AsSpan(vectors).Slice(at0, Count));
        }
        return candidates;
    }

    /// <summary>
    /// Adds each maximal run of tokens at or above <paramref name="cut"/> within one sentence (a single token at or above
    /// <paramref name="bridge"/> between two at the cut joins them), trimmed of punctuation, unless <paramref name="seen"/>
    /// already holds its bounds.
    /// </summary>
    private static void AddRuns(TokenFeatures features, double[] values, double cut, double bridge, HashSet<long> seen,
        List<(int First, int End, int Kind)> candidates)
    {
        var n = features.Count;
        var i = 0;
        while (i < n)
        {
            if (values[i] < cut)
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < n && features.SentenceOf(end) == features.SentenceOf(i)
                && (values[end] >= cut || end + 1 < n && values[end + 1] >= cut && values[end] >= bridge))
            {
                end++;
            }
            var (first, last) = Trim(features, i, end);
            if (last > first && seen.Add(((long)first << 32) | (uint)last))
            {
                candidates.Add((first, last, Run));
            }
            i = end;
        }
    }

    /// <summary>
    /// Decoding: of the candidates valued at least <paramref name="threshold"/>, the set without overlap whose summed
    /// value − threshold is largest (weighted interval scheduling, exact).
    /// </summary>
    /// <remarks>
    /// A segment's value − threshold is its expected gain in span-identification F1, to first order: with the pooled
    /// precision P near the threshold and the recall weight near P²|S| / (R²|T|), a segment of share s and recall credit r
    /// raises F1 iff s + beta × r exceeds P, by an amount proportional to the excess. The gains of segments that do not
    /// overlap add up, so the best set is the one with the largest sum; the greedy rule before round 12 (best value first)
    /// kept a sentence valued 0.6 over its two clauses valued 0.55 each. 5-fold CV SI F1 with the recall credit capped at
    /// 2: 0.4094 greedy, 0.4307 exact (docs/accuracy.md, round 12). <see cref="Alpha"/> is not used.
    /// </remarks>
    /// <param name="candidates">The candidates, in the order of their rows in <paramref name="vectors"/>.</param>
    /// <param name="vectors">Each candidate's <see cref="Count"/> features.</param>
    /// <param name="threshold">The value a candidate must exceed.</param>
    /// <param name="recallWeight">The recall head's weight in the value; null for the model's <see cref="Beta"/>.</param>
    internal List<ModelSpan> Decode(List<(int First, int End, int Kind)> candidates, List<float> vectors, double threshold, double? recallWeight = null)
    {
        var beta = recallWeight ?? Beta;
        var scored = new List<(int End, int First, double Value, int Index)>();
        var all = CollectionsMarshal.AsSpan(vectors);
        for (var j = 0; j < candidates.Count; j++)
        {
            var row = all.Slice(j * Count, Count);
            var value = Score(row) + beta * Recall(row); // Value(row) when beta is the model's
            if (value > threshold)
            {
                scored.Add((candidates[j].End, candidates[j].First, value, j));
            }
        }
        var spans = new List<ModelSpan>();
        foreach (var (end, first, value, j) in SelectNonOverlapping(scored, threshold))
        {
            spans.Add(new ModelSpan(first, end, value, IsClause: candidates[j].Kind != Run));
        }
        spans.Sort(static (a, b) => a.First.CompareTo(b.First));
        return spans;
    }

    /// <summary>
    /// The subset of <paramref name="scored"/> (each over <paramref name="threshold"/>) without overlap whose summed
    /// value − threshold is largest: weighted interval scheduling over the segments sorted by end, one binary search each.
    /// Sorts <paramref name="scored"/> in place; returns the chosen segments from last to first. Shared with the
    /// re-decoding harness (eval/propaganda/segment-heads.cs), so it decodes exactly as the stage does.
    /// </summary>
    internal static List<(int End, int First, double Value, int Index)> SelectNonOverlapping(
        List<(int End, int First, double Value, int Index)> scored, double threshold)
    {
        var chosen = new List<(int End, int First, double Value, int Index)>();
        if (scored.Count == 0)
        {
            return chosen;
        }
        scored.Sort(static (a, b) => a.End != b.End ? a.End.CompareTo(b.End) : a.First != b.First ? a.First.CompareTo(b.First) : a.Index.CompareTo(b.Index));
        // best[q]: the largest gain from the first q segments (by end); before[q]: how many of them end before segment q starts.
        var m = scored.Count;
        var best = new double[m + 1];
        var before = new int[m + 1];
        var take = new bool[m + 1];
        for (var q = 1; q <= m; q++)
        {
            var (_, first, value, _) = scored[q - 1];
            int lo = 0, hi = q - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) >> 1;
                if (scored[mid - 1].End <= first)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            before[q] = lo;
            var with = value - threshold + best[lo];
            take[q] = with > best[q - 1];
            best[q] = take[q] ? with : best[q - 1];
        }
        for (var q = m; q > 0;)
        {
            if (!take[q])
            {
                q--;
                continue;
            }
            chosen.Add(scored[q - 1]);
            q = before[q];
        }
        return chosen;
    }

    /// <summary>The share of the segment's characters inside gold spans: the regression's target.</summary>
    internal static float GoldShare(TokenFeatures features, int first, int end, bool[] gold)
    {
        var start = features.Tokens[first].Span.Start;
        var stop = Math.Min(features.Tokens[end - 1].Span.End, gold.Length);
        var inside = 0;
        for (var c = start; c < stop; c++)
        {
            if (gold[c])
            {
                inside++;
            }
        }
        return stop > start ? (float)inside / (stop - start) : 0;
    }

    /// <summary>
    /// The recall credit of a segment, the recall head's target: the share of each gold span it covers, summed, at most
    /// <paramref name="cap"/>, divided by <paramref name="cap"/> (so in [0, 1], as a logistic head predicts).
    /// <paramref name="inverseLength"/> holds 1/|t| at each character of gold span t (overlapping gold spans merged).
    /// </summary>
    internal static float GoldRecall(TokenFeatures features, int first, int end, float[] inverseLength, double cap = 1)
    {
        var start = features.Tokens[first].Span.Start;
        var stop = Math.Min(features.Tokens[end - 1].Span.End, inverseLength.Length);
        var sum = 0.0;
        for (var c = start; c < stop; c++)
        {
            sum += inverseLength[c];
        }
        return (float)(Math.Min(sum, cap) / cap);
    }

    /// <summary>Reads a weight line's value.</summary>
    internal static float Parse(string value) => float.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static (int First, int End) Trim(TokenFeatures features, int first, int end)
    {
        while (first < end && features.IsPunctuation(first))
        {
            first++;
        }
        while (end > first && features.IsPunctuation(end - 1))
        {
            end--;
        }
        return (first, end);
    }

    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-4, 1 - 1e-4);
        return Math.Log(p / (1 - p));
    }

    private static string[] BuildNames()
    {
        var names = new List<string>();
        names.AddRange(KindNames.Select(k => "kind=" + k));
        foreach (var kind in KindNames)
        {
            names.AddRange(PerKindNames.Select(f => kind + "." + f));
        }
        names.AddRange(["article.clause", "article.high", "article.tokens", "sentence.best"]);
        names.AddRange(Enumerable.Range(0, LengthBuckets).Select(b => "len=" + b));
        names.AddRange(Enumerable.Range(0, LengthBuckets).Select(b => "run.len=" + b));
        names.AddRange(["starts-sentence", "ends-sentence"]);
        names.Add("sentence.slc");
        names.AddRange(["odds.max", "odds.mean", "odds.high", "odds.left", "odds.right", "odds.positive"]);
        return [.. names];
    }
}
