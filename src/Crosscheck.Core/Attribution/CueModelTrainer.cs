using System.Globalization;
using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Evaluation.Attribution;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

/// <summary>
/// Trains the <see cref="CueModel"/>: an averaged perceptron that tells, for each occurrence of a candidate word (hand
/// lexicon or learned vocabulary), whether it heads a gold cue there. Examples are the candidates exactly as the
/// attribution stage sees them (same tokens, sentences, entity mentions and features), labelled by the gold cues'
/// heads. The quote filter trained last is a logistic regression. Deterministic: a fixed example order per epoch from
/// <see cref="CueModelTrainingOptions.Seed"/>, integer perceptron updates, the regressions' sums in a fixed order (no
/// parallel reduction inside one), and rounded weights, so reruns write identical files.
/// </summary>
public static class CueModelTrainer
{
    private static readonly AnalysisPipeline Preprocessing = new AnalysisPipelineBuilder().UseText().UseEntities().Build();

    /// <summary>
    /// The analysis the attribution stage reads (text and entities) of each document, in parallel, in the documents'
    /// order: what training and the evaluation scripts run the stage on.
    /// </summary>
    public static AnalyzedArticle[] Preprocess(IReadOnlyList<BratAttributionDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var analyses = new AnalyzedArticle[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            analyses[i] = Preprocessing.Analyze(new Article { Id = documents[i].Id, Source = documents[i].Id, Text = documents[i].Text }, cancellationToken));
        return analyses;
    }

    /// <summary>Trains on <paramref name="documents"/>.</summary>
    public static CueModel Train(IReadOnlyList<BratAttributionDocument> documents, CueModelTrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Train(documents, Preprocess(documents, cancellationToken), options, cancellationToken);
    }

    /// <summary>
    /// Trains on <paramref name="documents"/> whose text and entity analysis (<see cref="Preprocess"/>) is already
    /// done, in the same order: cross-validation analyses the corpus once rather than once per fold.
    /// </summary>
    public static CueModel Train(IReadOnlyList<BratAttributionDocument> documents, IReadOnlyList<AnalyzedArticle> analyses, CueModelTrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(analyses);
        if (analyses.Count != documents.Count)
        {
            throw new ArgumentException($"{analyses.Count} analyses for {documents.Count} documents.", nameof(analyses));
        }
        options ??= CueModelTrainingOptions.Default;
        var vocabulary = CueLexiconTrainer.Train(documents, options.Vocabulary, cancellationToken);
        var candidates = new AttributionOptions { CueModel = new CueModel(vocabulary, []) };
        var names = new Dictionary<ulong, string>();
        var counts = new Dictionary<ulong, int>();
        var examples = new List<(ulong[] Keys, bool Cue)>();
        var exampleDocument = new List<int>();
        var featureNames = new List<string>(AttributionExtractor.MaxCueFeatures);
        Span<ulong> keys = stackalloc ulong[AttributionExtractor.MaxCueFeatures];
        for (var d = 0; d < documents.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = documents[d];
            var analysis = analyses[d];
            var heads = new HashSet<int>();
            foreach (var relation in document.Relations)
            {
                if (relation.Cue.Count > 0 && CueLexiconTrainer.Head(document.Text, analysis.Tokens, relation.Cue[0]) is var head and >= 0)
                {
                    heads.Add(head);
                }
            }
            var extractor = new AttributionExtractor(analysis, candidates);
            for (var i = 0; i < analysis.Tokens.Count; i++)
            {
                if (!extractor.IsCueCandidate(i))
                {
                    continue;
                }
                featureNames.Clear();
                var count = extractor.CueFeatures(i, keys, featureNames);
                var example = keys[..count].ToArray();
                for (var f = 0; f < count; f++)
                {
                    names.TryAdd(example[f], featureNames[f]);
                    counts[example[f]] = counts.GetValueOrDefault(example[f]) + 1;
                }
                examples.Add((example, heads.Contains(i)));
                exampleDocument.Add(d);
            }
        }
        var cueWeights = Linear(examples, counts, names, options, cancellationToken);
        var sourceWeights = SourceBoundaryWeights(documents, analyses, new CueModel(vocabulary, cueWeights), options, cancellationToken);
        // The filter learns from quotes made with cue weights that never saw their article (cross-fitting): in-sample,
        // the cue model scores its own training cues far more surely than it scores a new article's, and a filter
        // trained on those quotes trusts the cue score too much and never sees the doubtful cues' wrong quotes.
        var parts = Math.Max(options.QuoteFilterParts, 1);
        var models = new CueModel[parts];
        if (parts == 1)
        {
            models[0] = new CueModel(vocabulary, [.. cueWeights, .. sourceWeights]);
        }
        else
        {
            for (var k = 0; k < parts; k++)
            {
                var subset = new List<(ulong[] Keys, bool Cue)>();
                var subsetCounts = new Dictionary<ulong, int>();
                for (var e = 0; e < examples.Count; e++)
                {
                    if (exampleDocument[e] % parts != k)
                    {
                        subset.Add(examples[e]);
                        foreach (var key in examples[e].Keys)
                        {
                            subsetCounts[key] = subsetCounts.GetValueOrDefault(key) + 1;
                        }
                    }
                }
                models[k] = new CueModel(vocabulary, [.. Linear(subset, subsetCounts, names, options, cancellationToken), .. sourceWeights]);
            }
        }
        var filterWeights = QuoteFilterWeights(documents, analyses, models, options, cancellationToken);
        List<KeyValuePair<string, float>> weights = [.. cueWeights, .. sourceWeights, .. filterWeights];
        weights.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new CueModel(vocabulary, weights);
    }

    /// <summary>
    /// Trains the source-boundary weights: the attribution stage runs with the new cue weights and records, for each
    /// source phrase it builds, the tokens left of the speaker it could take in and the apposition after it; each is
    /// labelled by the gold source of the relation with the same cue and an overlapping source (left: whether the gold
    /// source reaches that token, decisions up to the first token outside it; right: whether the gold source runs to
    /// the apposition's end, or stops at the speaker). Decisions without such a gold relation are not used.
    /// </summary>
    private static List<KeyValuePair<string, float>> SourceBoundaryWeights(IReadOnlyList<BratAttributionDocument> documents, IReadOnlyList<AnalyzedArticle> analyses, CueModel cueModel, CueModelTrainingOptions options, CancellationToken cancellationToken)
    {
        var stage = new AttributionOptions { CueModel = cueModel, CueThreshold = options.CueThreshold, FallbackSubjectScore = options.FallbackSubjectScore };
        var left = new List<(ulong[] Keys, bool Cue)>();
        var right = new List<(ulong[] Keys, bool Cue)>();
        var names = new Dictionary<ulong, string>();
        var leftCounts = new Dictionary<ulong, int>();
        var rightCounts = new Dictionary<ulong, int>();
        for (var d = 0; d < documents.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = documents[d];
            var tokens = analyses[d].Tokens;
            var recorded = new List<SourceBoundaryExample>();
            var extractor = new AttributionExtractor(analyses[d], stage) { SourceRecorder = recorded };
            extractor.Run(cancellationToken);
            var closedCall = -1;
            foreach (var example in recorded)
            {
                if (!example.Right && example.Call == closedCall || GoldSource(document, example) is not { } gold)
                {
                    continue;
                }
                bool label;
                if (example.Right)
                {
                    var lastWord = tokens[example.Token].Kind == TokenKind.Punctuation ? example.Token - 1 : example.Token;
                    if (gold.End >= tokens[lastWord].Span.End)
                    {
                        label = true;
                    }
                    else if (gold.End <= example.Speaker.End + 1)
                    {
                        label = false;
                    }
                    else
                    {
                        continue;
                    }
                }
                else
                {
                    label = tokens[example.Token].Span.Start >= gold.Start;
                    if (!label)
                    {
                        // The stage stops at the first token it leaves out: tokens further left are never asked about.
                        closedCall = example.Call;
                    }
                }
                var counts = example.Right ? rightCounts : leftCounts;
                for (var f = 0; f < example.Keys.Length; f++)
                {
                    names.TryAdd(example.Keys[f], example.Names[f]);
                    counts[example.Keys[f]] = counts.GetValueOrDefault(example.Keys[f]) + 1;
                }
                (example.Right ? right : left).Add((example.Keys, label));
            }
        }
        return [.. Linear(left, leftCounts, names, options, cancellationToken), .. Linear(right, rightCounts, names, options, cancellationToken)];
    }

    /// <summary>
    /// Trains the quote-filter weights, logistic regressions (so the filter's thresholds are log-odds): the attribution
    /// stage runs on each article with the cue weights of <paramref name="models"/> that did not see it (cross-fitted,
    /// <see cref="CueModelTrainingOptions.QuoteFilterParts"/>) and the source weights, and each quote it returns is an
    /// example labelled by whether the scorer pairs it with a gold relation (content overlap and the speaker's span,
    /// <see cref="AttributionScorer.Align"/>).
    /// </summary>
    private static List<KeyValuePair<string, float>> QuoteFilterWeights(IReadOnlyList<BratAttributionDocument> documents, IReadOnlyList<AnalyzedArticle> analyses, CueModel[] models, CueModelTrainingOptions options, CancellationToken cancellationToken)
    {
        var stage = new AttributionOptions { CueModel = models[0], CueThreshold = options.CueThreshold, FallbackSubjectScore = options.FallbackSubjectScore };
        var relation = new List<(ulong[] Keys, bool Cue)>();
        var content = new List<(ulong[] Keys, bool Cue)>();
        var names = new Dictionary<ulong, string>();
        var relationCounts = new Dictionary<ulong, int>();
        var contentCounts = new Dictionary<ulong, int>();
        Span<ulong> keys = stackalloc ulong[AttributionExtractor.MaxQuoteFeatures];
        var featureNames = new List<string>(AttributionExtractor.MaxQuoteFeatures);
        for (var d = 0; d < documents.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var extractor = new AttributionExtractor(analyses[d], stage with { CueModel = models[d % models.Length] }) { MendsAfterFilter = false };
            var quotes = extractor.Run(cancellationToken).Quotes;
            var predicted = new PredictedAttribution[quotes.Count];
            for (var q = 0; q < quotes.Count; q++)
            {
                predicted[q] = PredictedAttribution.FromQuote(quotes[q]);
            }
            var alignment = AttributionScorer.Align(documents[d], predicted);
            var relationMatched = new HashSet<int>();
            foreach (var match in alignment.RelationMatches)
            {
                relationMatched.Add(match.Predicted);
            }
            var contentMatched = new HashSet<int>();
            foreach (var match in alignment.ContentMatches)
            {
                contentMatched.Add(match.Predicted);
            }
            for (var q = 0; q < quotes.Count; q++)
            {
                foreach (var contentModel in (ReadOnlySpan<bool>)[false, true])
                {
                    featureNames.Clear();
                    var count = extractor.QuoteFeatures(quotes[q], contentModel, keys, featureNames);
                    var example = keys[..count].ToArray();
                    var counts = contentModel ? contentCounts : relationCounts;
                    for (var f = 0; f < count; f++)
                    {
                        names.TryAdd(example[f], featureNames[f]);
                        counts[example[f]] = counts.GetValueOrDefault(example[f]) + 1;
                    }
                    (contentModel ? content : relation).Add((example, (contentModel ? contentMatched : relationMatched).Contains(q)));
                }
            }
        }
        return [.. Linear(relation, relationCounts, names, options, cancellationToken, logistic: true), .. Linear(content, contentCounts, names, options, cancellationToken, logistic: true)];
    }

    /// <summary>The bounds of the gold source whose relation shares the example's cue and overlaps its speaker.</summary>
    private static TextSpan? GoldSource(BratAttributionDocument document, SourceBoundaryExample example)
    {
        foreach (var relation in document.Relations)
        {
            if (relation.Source.Count == 0 || !Overlaps(relation.Cue, example.Cue) || !Overlaps(relation.Source, example.Speaker))
            {
                continue;
            }
            var start = relation.Source[0].Start;
            var end = relation.Source[0].End;
            foreach (var span in relation.Source)
            {
                start = Math.Min(start, span.Start);
                end = Math.Max(end, span.End);
            }
            return TextSpan.FromBounds(start, end);
        }
        return null;
    }

    private static bool Overlaps(IReadOnlyList<TextSpan> spans, TextSpan other)
    {
        foreach (var span in spans)
        {
            if (span.Start < other.End && other.Start < span.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The mean of <see cref="CueModelTrainingOptions.Models"/> averaged perceptrons (or, with <paramref name="logistic"/>,
    /// logistic regressions) over <paramref name="examples"/>, as named weights.
    /// </summary>
    private static List<KeyValuePair<string, float>> Linear(List<(ulong[] Keys, bool Cue)> examples, Dictionary<ulong, int> counts, Dictionary<ulong, string> names, CueModelTrainingOptions options, CancellationToken cancellationToken, bool logistic = false)
    {
        // Feature ids in name order, so the arithmetic does not depend on hash-table order.
        var kept = new List<ulong>();
        foreach (var (key, count) in counts)
        {
            if (count >= options.MinFeatureCount)
            {
                kept.Add(key);
            }
        }
        kept.Sort((a, b) => string.CompareOrdinal(names[a], names[b]));
        var ids = new Dictionary<ulong, int>(kept.Count);
        for (var f = 0; f < kept.Count; f++)
        {
            ids[kept[f]] = f;
        }
        var encoded = new int[examples.Count][];
        for (var e = 0; e < examples.Count; e++)
        {
            var list = new List<int>(examples[e].Keys.Length);
            foreach (var key in examples[e].Keys)
            {
                if (ids.TryGetValue(key, out var id))
                {
                    list.Add(id);
                }
            }
            encoded[e] = [.. list];
        }
        // A bag of perceptrons that differ only in their example order, averaged: one perceptron's weights depend on
        // its order enough that a retrained model (another seed, or a few changed entity features upstream) moved
        // hundreds of quotes; the mean of several moves far fewer (docs/accuracy.md, round 11). The members' seeds
        // come from one generator seeded by Seed, so two seeds share no member; the first member is shuffled by Seed
        // itself, so one member is the single perceptron of earlier rounds.
        var seeds = new Random(options.Seed);
        var memberSeeds = new int[options.Models];
        for (var member = 0; member < memberSeeds.Length; member++)
        {
            memberSeeds[member] = member == 0 ? options.Seed : seeds.Next();
        }
        // Members train in parallel (each on its own arrays) and are summed in member order, so the result does not
        // depend on the schedule.
        var averages = new double[options.Models][];
        Parallel.For(0, options.Models, new ParallelOptions { CancellationToken = cancellationToken }, member =>
            averages[member] = logistic ? Logistic(encoded, examples, kept.Count, options.Epochs, memberSeeds[member]) : Member(encoded, examples, kept.Count, options.Epochs, memberSeeds[member]));
        var sums = new double[kept.Count];
        foreach (var average in averages)
        {
            for (var f = 0; f < sums.Length; f++)
            {
                sums[f] += average[f];
            }
        }
        var result = new List<KeyValuePair<string, float>>();
        for (var f = 0; f < kept.Count; f++)
        {
            // The members' mean, rounded so the file and the model trained in memory agree.
            var average = Math.Round(sums[f] / options.Models, 4, MidpointRounding.ToEven);
            if (average != 0)
            {
                var written = ((float)average).ToString("0.####", CultureInfo.InvariantCulture);
                result.Add(new(names[kept[f]], float.Parse(written, CultureInfo.InvariantCulture)));
            }
        }
        return result;
    }

    /// <summary>One averaged perceptron over <paramref name="encoded"/>, shuffled per epoch by <paramref name="seed"/>.</summary>
    private static double[] Member(int[][] encoded, List<(ulong[] Keys, bool Cue)> examples, int features, int epochs, int seed)
    {
        var weights = new long[features];
        var totals = new long[features];
        var order = new int[encoded.Length];
        for (var e = 0; e < order.Length; e++)
        {
            order[e] = e;
        }
        var random = new Random(seed);
        long step = 1;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                long score = 0;
                foreach (var id in encoded[e])
                {
                    score += weights[id];
                }
                var cue = examples[e].Cue;
                if (score > 0 != cue)
                {
                    var delta = cue ? 1 : -1;
                    foreach (var id in encoded[e])
                    {
                        weights[id] += delta;
                        totals[id] += step * delta;
                    }
                }
                step++;
            }
        }
        var average = new double[features];
        for (var f = 0; f < features; f++)
        {
            // The averaged weight, w - Σ(step·δ)/steps.
            average[f] = weights[f] - (double)totals[f] / step;
        }
        return average;
    }

    // Step size and L2 penalty of the filter's logistic regression: the first values tried. At the shipped threshold,
    // step 0.01 or 0.2 and L2 0.001 scored no better in cross-validation (docs/accuracy.md, round 12).
    private const double Rate = 0.05;
    private const double L2 = 0.0001;

    /// <summary>
    /// One averaged logistic regression (stochastic gradient steps in the order <paramref name="seed"/> shuffles, L2
    /// on the active features) over <paramref name="encoded"/>: its scores are log-odds, so the quote filter's threshold
    /// reads as a probability, which a perceptron's margin does not.
    /// </summary>
    private static double[] Logistic(int[][] encoded, List<(ulong[] Keys, bool Cue)> examples, int features, int epochs, int seed)
    {
        var weights = new double[features];
        var totals = new double[features];
        var order = new int[encoded.Length];
        for (var e = 0; e < order.Length; e++)
        {
            order[e] = e;
        }
        var random = new Random(seed);
        double step = 1;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var z = 0.0;
                foreach (var id in encoded[e])
                {
                    z += weights[id];
                }
                var p = 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));
                var gradient = (examples[e].Cue ? 1 : 0) - p;
                foreach (var id in encoded[e])
                {
                    var delta = Rate * (gradient - L2 * weights[id]);
                    weights[id] += delta;
                    totals[id] += step * delta;
                }
                step++;
            }
        }
        var average = new double[features];
        for (var f = 0; f < features; f++)
        {
            average[f] = weights[f] - totals[f] / step;
        }
        return average;
    }
}
