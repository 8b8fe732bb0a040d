using Crosscheck.Claims;
using Crosscheck.Text;

namespace Crosscheck.Signals;

/// <summary>
/// Trains a <see cref="SignalModel"/> from PTC-style gold spans: logistic regression by SGD over token features for
/// span identification, an averaged multi-class perceptron over span features for the technique. CPU only and
/// deterministic: documents are shuffled by a seeded generator, and nothing else is random.
/// </summary>
public static class PropagandaTrainer
{
    // Averaged weights below this are dropped: CV SI F1 moves by less than 0.003 between 0.01 and 0.05, while the tables
    // (and the file) shrink by 40 %, which keeps scoring in cache.
    private const float SpanPrune = 0.12f;
    private const float TechniquePrune = 0.1f;
    private const double SegmentLearningRate = 0.05;
    private const double SegmentDecay = 1e-6;

    /// <summary>
    /// For harnesses only (eval/propaganda/segment-heads.cs fits other heads on the same data): when set, receives the
    /// segment heads' out-of-fold training rows (<see cref="SegmentScorer.Count"/> floats each) and their share and recall
    /// targets, once per <see cref="Train"/>. Process-wide and unsynchronised: a harness sets it around one training at a time.
    /// </summary>
    internal static Action<float[], float[], float[]>? SegmentDataHook { get; set; }

    /// <summary>Trains a model on <paramref name="documents"/>.</summary>
    public static SignalModel Train(IReadOnlyList<PropagandaDocument> documents, PropagandaTrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= PropagandaTrainingOptions.Default;
        var spanVocabulary = new Vocabulary();
        var techniqueVocabulary = new Vocabulary();
        var classes = new List<Technique>();
        var clauseVocabulary = new Vocabulary();
        var sentenceVocabulary = new Vocabulary();
        var spanExamples = new List<(int[][] Features, bool[] Labels)>(documents.Count);
        var clauseExamples = new List<(int[][] Features, bool[] Labels)>(documents.Count);
        var sentenceExamples = new List<(int[][] Features, bool[] Labels)>(documents.Count);
        var techniqueExamples = new List<(int[] Features, int Class)>();
        var prepared = new List<(TokenFeatures Features, List<(int First, int End)> Clauses, bool[] Gold, float[] InverseLength)>(documents.Count);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = Tokenizer.Tokenize(document.Text);
            var features = TokenFeatures.Build(document.Text, tokens, SentenceSplitter.Split(document.Text));
            var inside = new bool[tokens.Count];
            var tokenTechnique = new int[tokens.Count];
            foreach (var gold in document.Spans)
            {
                var (first, end) = TextRegions.TokenRange(tokens, gold.Span);
                // A token that starts before the span but runs into it still overlaps it.
                if (first > 0 && tokens[first - 1].Span.End > gold.Span.Start)
                {
                    first--;
                }
                var known = TechniqueNames.TryParse(gold.Technique, out var technique);
                for (var t = first; t < end; t++)
                {
                    inside[t] = true;
                    if (known)
                    {
                        tokenTechnique[t] = (int)technique + 1;
                    }
                }
                if (end > first && known)
                {
                    var index = classes.IndexOf(technique);
                    if (index < 0)
                    {
                        classes.Add(technique);
                    }
                    var sink = techniqueVocabulary.Sink();
                    features.EmitSpan(first, end, ref sink);
                    techniqueExamples.Add((sink.Ids(), (int)technique));
                }
            }
            var tokenFeatures = new int[tokens.Count][];
            for (var i = 0; i < tokens.Count; i++)
            {
                var sink = spanVocabulary.Sink();
                features.EmitToken(i, ref sink);
                tokenFeatures[i] = sink.Ids();
            }
            spanExamples.Add((tokenFeatures, inside));
            var clauses = features.Clauses();
            var clauseFeatures = new int[clauses.Count][];
            var clauseLabels = new bool[clauses.Count];
            for (var c = 0; c < clauses.Count; c++)
            {
                var (first, end) = clauses[c];
                var sink = clauseVocabulary.Sink();
                features.EmitClause(first, end, ref sink);
                clauseFeatures[c] = sink.Ids();
                clauseLabels[c] = inside.AsSpan(first, end - first).Contains(true);
                // A propaganda clause also teaches the technique classifier, labelled by the technique covering most of
                // it: the classifier sees clauses at prediction time, not only tight gold spans.
                if (Majority(tokenTechnique.AsSpan(first, end - first)) is > 0 and var code)
                {
                    var spanSink = techniqueVocabulary.Sink();
                    features.EmitSpan(first, end, ref spanSink);
                    techniqueExamples.Add((spanSink.Ids(), code - 1));
                }
            }
            clauseExamples.Add((clauseFeatures, clauseLabels));
            sentenceExamples.Add(SentenceExamples(features, clauses, inside, sentenceVocabulary));
            if (options.TechniqueSegments)
            {
                // The segment scorer also emits pairs of clauses and whole sentences: the classifier learns the sentences too,
                // each labelled by the technique covering most of it (the pairs only with TechniqueClausePairs: see there).
                for (var c = 0; options.TechniqueClausePairs && c + 1 < clauses.Count; c++)
                {
                    if (features.SentenceOf(clauses[c].First) == features.SentenceOf(clauses[c + 1].First))
                    {
                        AddTechniqueExample(features, clauses[c].First, clauses[c + 1].End, tokenTechnique, techniqueVocabulary, techniqueExamples);
                    }
                }
                for (var t = 0; t < tokens.Count; t = features.SentenceEnd(t))
                {
                    var (first, end) = (t, features.SentenceEnd(t));
                    while (first < end && features.IsPunctuation(first))
                    {
                        first++;
                    }
                    while (end > first && features.IsPunctuation(end - 1))
                    {
                        end--;
                    }
                    if (end > first)
                    {
                        AddTechniqueExample(features, first, end, tokenTechnique, techniqueVocabulary, techniqueExamples);
                    }
                }
            }
            var goldCharacters = new bool[document.Text.Length];
            foreach (var gold in document.Spans)
            {
                Array.Fill(goldCharacters, true, Math.Min(gold.Span.Start, goldCharacters.Length), Math.Max(Math.Min(gold.Span.End, goldCharacters.Length) - Math.Min(gold.Span.Start, goldCharacters.Length), 0));
            }
            prepared.Add((features, clauses, goldCharacters, InverseLengths(document)));
        }

        classes.Sort();
        var span = TrainLogistic(spanExamples, spanVocabulary, options, options.SpanEpochs, cancellationToken);
        var clause = TrainLogistic(clauseExamples, clauseVocabulary, options, options.ClauseEpochs, cancellationToken);
        var sentence = options.SentenceClassifier ? TrainLogistic(sentenceExamples, sentenceVocabulary, options, options.ClauseEpochs, cancellationToken) : null;
        var techniqueWeights = TrainTechniqueClassifier(techniqueExamples, techniqueVocabulary, classes, options, cancellationToken);
        var odds = options.WordOdds ? WordOdds.Count(prepared.Select((p, i) => (p.Features, spanExamples[i].Labels))) : null;
        var segment = options.SegmentFolds >= 2 && documents.Count >= options.SegmentFolds
            ? TrainSegmentScorer(prepared, spanExamples, spanVocabulary, clauseExamples, sentenceExamples, clauseVocabulary, sentenceVocabulary, options, cancellationToken)
            : null;
        return new SignalModel(span, clause, techniqueWeights, classes, options.Threshold, options.ClauseThreshold, segment, sentence, odds);
    }

    /// <summary>
    /// The second pass: first-pass taggers trained on all inner folds but one score the held-out fold's articles
    /// (out-of-fold, as at prediction time the first pass has not seen the article), and a logistic regression learns each
    /// candidate segment's share of gold characters from those scores.
    /// </summary>
    private static SegmentScorer TrainSegmentScorer(List<(TokenFeatures Features, List<(int First, int End)> Clauses, bool[] Gold, float[] InverseLength)> prepared,
        List<(int[][] Features, bool[] Labels)> spanExamples, Vocabulary spanVocabulary,
        List<(int[][] Features, bool[] Labels)> clauseExamples, List<(int[][] Features, bool[] Labels)> sentenceExamples, Vocabulary clauseVocabulary, Vocabulary sentenceVocabulary,
        PropagandaTrainingOptions options, CancellationToken cancellationToken)
    {
        var k = options.SegmentFolds;
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        new Random(options.Seed + 1).Shuffle(order);
        var fold = new int[prepared.Count];
        for (var i = 0; i < order.Length; i++)
        {
            fold[order[i]] = i % k;
        }
        var vectors = new List<float>[k];
        var targets = new List<float>[k];
        var recallTargets = new List<float>[k];
        // The inner folds are independent and each is deterministic, so running them in parallel changes nothing.
        Parallel.For(0, k, new ParallelOptions { CancellationToken = cancellationToken }, j =>
        {
            var span = TrainLogistic([.. spanExamples.Where((_, i) => fold[i] != j)], spanVocabulary, options, options.SpanEpochs, cancellationToken);
            var clause = TrainLogistic([.. clauseExamples.Where((_, i) => fold[i] != j)], clauseVocabulary, options, options.ClauseEpochs, cancellationToken);
            var sentence = options.SentenceClassifier
                ? TrainLogistic([.. sentenceExamples.Where((_, i) => fold[i] != j)], sentenceVocabulary, options, options.ClauseEpochs, cancellationToken)
                : null;
            var odds = options.WordOdds ? WordOdds.Count(prepared.Select((p, i) => (p.Features, spanExamples[i].Labels)).Where((_, i) => fold[i] != j)) : null;
            var inner = new SignalModel(span, clause, [], [], options.Threshold, options.ClauseThreshold, sentence: sentence, odds: odds);
            vectors[j] = [];
            targets[j] = [];
            recallTargets[j] = [];
            for (var i = 0; i < prepared.Count; i++)
            {
                if (fold[i] != j)
                {
                    continue;
                }
                var (features, clauses, gold, inverseLength) = prepared[i];
                var (clauseProbabilities, tokenProbabilities) = inner.Probabilities(features, clauses);
                var sentenceProbabilities = inner.SentenceProbabilities(features, clauses);
                foreach (var (first, end, _) in SegmentScorer.Candidates(features, clauses, clauseProbabilities, tokenProbabilities, tokenProbabilities, vectors[j],
                    sentenceProbabilities: sentenceProbabilities, wordOdds: inner.WordOddsOf(features, null)))
                {
                    targets[j].Add(SegmentScorer.GoldShare(features, first, end, gold));
                    recallTargets[j].Add(SegmentScorer.GoldRecall(features, first, end, inverseLength, options.SegmentRecallCap));
                }
            }
        });
        var allVectors = vectors.SelectMany(v => v).ToArray();
        var allTargets = targets.SelectMany(t => t).ToArray();
        var allRecall = recallTargets.SelectMany(t => t).ToArray();
        SegmentDataHook?.Invoke(allVectors, allTargets, allRecall);
        return new SegmentScorer(TrainDense(allVectors, allTargets, SegmentScorer.Count, options, cancellationToken), options.SegmentThreshold, options.SegmentAlpha,
            options.SegmentBeta > 0 ? TrainDense(allVectors, allRecall, SegmentScorer.Count, options, cancellationToken) : null, options.SegmentBeta * options.SegmentRecallCap);
    }

    /// <summary>Averaged SGD of a logistic regression with soft targets over dense rows of <paramref name="width"/> floats.</summary>
    private static float[] TrainDense(float[] rows, float[] targets, int width, PropagandaTrainingOptions options, CancellationToken cancellationToken)
    {
        var weights = new double[width];
        var totals = new double[width];
        var steps = 0.0;
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, targets.Length).ToArray();
        for (var epoch = 0; epoch < options.SegmentEpochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var rate = SegmentLearningRate / (1 + epoch);
            foreach (var index in order)
            {
                var x = rows.AsSpan(index * width, width);
                var z = 0.0;
                for (var j = 0; j < width; j++)
                {
                    z += weights[j] * x[j];
                }
                var gradient = rate * (targets[index] - 1 / (1 + Math.Exp(-z)));
                for (var j = 0; j < width; j++)
                {
                    var delta = gradient * x[j] - rate * SegmentDecay * weights[j];
                    weights[j] += delta;
                    totals[j] += steps * delta;
                }
                steps++;
            }
        }
        var result = new float[width];
        for (var j = 0; j < width; j++)
        {
            result[j] = (float)Math.Round(weights[j] - totals[j] / Math.Max(steps, 1), 4);
        }
        return result;
    }

    /// <summary>1/|t| at each character of gold span t, gold spans merged where they overlap (as the metric merges them).</summary>
    private static float[] InverseLengths(PropagandaDocument document)
    {
        var result = new float[document.Text.Length];
        foreach (var span in PropagandaScorer.Merge(document.Spans, labelled: false))
        {
            var start = Math.Min(span.Span.Start, result.Length);
            var end = Math.Min(span.Span.End, result.Length);
            if (end > start)
            {
                Array.Fill(result, 1f / (end - start), start, end - start);
            }
        }
        return result;
    }

    /// <summary>
    /// One example per sentence for the sentence classifier: its clauses' own features and the sentence-wide ones (the
    /// clause classifier's keys), labelled by whether any of its tokens is inside a gold span.
    /// </summary>
    private static (int[][] Features, bool[] Labels) SentenceExamples(TokenFeatures features, List<(int First, int End)> clauses, bool[] inside, Vocabulary vocabulary)
    {
        var rows = new List<int[]>();
        var labels = new List<bool>();
        var c = 0;
        while (c < clauses.Count)
        {
            var sentence = features.SentenceOf(clauses[c].First);
            var sink = vocabulary.Sink();
            features.EmitClauseSentence(sentence, ref sink);
            for (; c < clauses.Count && features.SentenceOf(clauses[c].First) == sentence; c++)
            {
                features.EmitClauseOwn(clauses[c].First, clauses[c].End, ref sink, pairs: true);
            }
            rows.Add(sink.Ids());
            var first = features.SentenceStart(clauses[c - 1].First);
            labels.Add(inside.AsSpan(first, features.SentenceEnd(first) - first).Contains(true));
        }
        return ([.. rows], [.. labels]);
    }

    private static void AddTechniqueExample(TokenFeatures features, int first, int end, int[] tokenTechnique, Vocabulary vocabulary, List<(int[] Features, int Class)> examples)
    {
        if (Majority(tokenTechnique.AsSpan(first, end - first)) is > 0 and var code)
        {
            var sink = vocabulary.Sink();
            features.EmitSpan(first, end, ref sink);
            examples.Add((sink.Ids(), code - 1));
        }
    }

    private static int Majority(ReadOnlySpan<int> codes)
    {
        Span<int> counts = stackalloc int[64];
        var best = 0;
        foreach (var code in codes)
        {
            if (code > 0 && code < counts.Length && ++counts[code] > counts[best])
            {
                best = code;
            }
        }
        return best;
    }

    private static List<KeyValuePair<string, float>> TrainLogistic(List<(int[][] Features, bool[] Labels)> examples, Vocabulary vocabulary, PropagandaTrainingOptions options, int epochs, CancellationToken cancellationToken)
    {
        var weights = new double[vocabulary.Count];
        var totals = new double[vocabulary.Count];
        var step = 1.0;
        var keep = vocabulary.Frequent(options.MinimumCount);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var rate = options.LearningRate / (1 + epoch);
            foreach (var index in order)
            {
                var (features, labels) = examples[index];
                for (var t = 0; t < features.Length; t++)
                {
                    var z = 0.0;
                    foreach (var f in features[t])
                    {
                        if (keep[f])
                        {
                            z += weights[f];
                        }
                    }
                    var gradient = rate * ((labels[t] ? 1 : 0) - 1 / (1 + Math.Exp(-z)));
                    foreach (var f in features[t])
                    {
                        if (keep[f])
                        {
                            weights[f] += gradient;
                            totals[f] += step * gradient;
                        }
                    }
                    step++;
                }
            }
        }
        var result = new List<KeyValuePair<string, float>>();
        for (var f = 0; f < weights.Length; f++)
        {
            // Averaged SGD: the mean of the weights over all steps generalises better than the last iterate.
            var averaged = weights[f] - totals[f] / step;
            if (keep[f] && Math.Abs(averaged) >= SpanPrune)
            {
                result.Add(new(vocabulary.Name(f), (float)Math.Round(averaged, 4)));
            }
        }
        return result;
    }

    private static List<KeyValuePair<string, float[]>> TrainTechniqueClassifier(List<(int[] Features, int Class)> examples, Vocabulary vocabulary, List<Technique> classes, PropagandaTrainingOptions options, CancellationToken cancellationToken)
    {
        var k = classes.Count;
        var keep = vocabulary.Frequent(options.MinimumCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TechniqueBags, nameof(options.TechniqueBags));
        var labels = examples.Select(e => classes.IndexOf((Technique)e.Class)).ToArray();
        var mean = new double[vocabulary.Count * k];
        for (var bag = 0; bag < options.TechniqueBags; bag++)
        {
            var averaged = TrainPerceptron(examples, labels, keep, vocabulary.Count, k, options.Seed + bag, options.TechniqueEpochs, cancellationToken);
            for (var i = 0; i < mean.Length; i++)
            {
                mean[i] += averaged[i] / options.TechniqueBags;
            }
        }
        var result = new List<KeyValuePair<string, float[]>>();
        for (var f = 0; f < vocabulary.Count; f++)
        {
            if (!keep[f])
            {
                continue;
            }
            var row = new float[k];
            var largest = 0.0;
            for (var c = 0; c < k; c++)
            {
                var weight = mean[f * k + c];
                row[c] = Math.Abs(weight) >= TechniquePrune ? (float)Math.Round(weight, 3) : 0;
                largest = Math.Max(largest, Math.Abs(weight));
            }
            if (largest >= TechniquePrune)
            {
                result.Add(new(vocabulary.Name(f), row));
            }
        }
        return result;
    }

    /// <summary>
    /// One averaged multi-class perceptron over <paramref name="examples"/> shuffled by <paramref name="seed"/>: the mean of
    /// its weights over all steps, divided by the epochs so a typical weight is near 1, as feature × class rows.
    /// </summary>
    private static double[] TrainPerceptron(List<(int[] Features, int Class)> examples, int[] labels, bool[] keep, int featureCount, int k, int seed, int epochs, CancellationToken cancellationToken)
    {
        var weights = new double[featureCount * k];
        var totals = new double[featureCount * k];
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var step = 1.0;
        var scores = new double[k];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            foreach (var index in order)
            {
                var features = examples[index].Features;
                Array.Clear(scores);
                foreach (var f in features)
                {
                    if (keep[f])
                    {
                        for (var c = 0; c < k; c++)
                        {
                            scores[c] += weights[f * k + c];
                        }
                    }
                }
                var predicted = 0;
                for (var c = 1; c < k; c++)
                {
                    if (scores[c] > scores[predicted])
                    {
                        predicted = c;
                    }
                }
                var gold = labels[index];
                if (predicted != gold)
                {
                    foreach (var f in features)
                    {
                        if (keep[f])
                        {
                            weights[f * k + gold] += 1;
                            totals[f * k + gold] += step;
                            weights[f * k + predicted] -= 1;
                            totals[f * k + predicted] -= step;
                        }
                    }
                }
                step++;
            }
        }
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (weights[i] - totals[i] / step) / epochs;
        }
        return weights;
    }

    /// <summary>Feature keys to dense ids, with names and counts.</summary>
    private sealed class Vocabulary
    {
        private readonly Dictionary<ulong, int> _ids = [];
        private readonly List<string> _names = [];
        private readonly List<int> _counts = [];
        private readonly List<int> _buffer = [];

        public int Count => _names.Count;

        public string Name(int id) => _names[id];

        /// <summary>
        /// Features seen at least <paramref name="minimum"/> times, and whose name hashes back to their key (a name that
        /// does not could not be found again once the model is read from its file).
        /// </summary>
        public bool[] Frequent(int minimum)
        {
            var keep = new bool[_names.Count];
            foreach (var (key, id) in _ids)
            {
                keep[id] = _counts[id] >= minimum && FeatureHash.OfName(_names[id]) == key;
            }
            return keep;
        }

        /// <summary>A sink collecting the ids of one example's features.</summary>
        public CollectSink Sink()
        {
            _buffer.Clear();
            return new CollectSink(this);
        }

        private void Add(ulong key, FeatureName name)
        {
            if (!_ids.TryGetValue(key, out var id))
            {
                id = _names.Count;
                _ids[key] = id;
                _names.Add(name.ToString());
                _counts.Add(0);
            }
            _counts[id]++;
            _buffer.Add(id);
        }

        public readonly struct CollectSink(Vocabulary vocabulary) : IFeatureSink
        {
            public bool NeedsNames => true;

            public void Add(ulong key, FeatureName name) => vocabulary.Add(key, name);

            public int[] Ids() => [.. vocabulary._buffer];
        }
    }
}
