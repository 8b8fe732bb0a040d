using System.Globalization;

namespace Crosscheck.Claims;

/// <summary>Trains the check-worthiness model: logistic regression by AdaGrad over hashed features, weights averaged.</summary>
/// <remarks>
/// <para>Deterministic for given data and options: one seeded shuffle per epoch, single-threaded updates. The L2
/// penalty is applied lazily, to the weights a sentence touches. Each model's weights are the average over every
/// update (the averaged-perceptron trick), which generalises better than the last iterate on noisy crowd labels, and
/// <see cref="CheckWorthinessTrainingOptions.Seeds"/> such models, shuffled differently, are averaged again.</para>
/// <para>With folds, the training sentences are cut into blocks of consecutive ids, each block is predicted by a model
/// trained on the others, the probability cut that maximises the pooled out-of-fold "Yes" F1 is folded into the bias,
/// and the per-fold F1 is reported. Without folds the cut is the one that maximises the dev F1.</para>
/// </remarks>
public static class CheckWorthinessTrainer
{
    /// <summary>Step between the shuffle seeds of the averaged models.</summary>
    private const int SeedStep = 7919;

    /// <summary>
    /// Trains on <paramref name="training"/> (plus <paramref name="dev"/> when <see cref="CheckWorthinessTrainingOptions.MergeDev"/> and folds are used)
    /// and picks the decision threshold by grouped cross-validation, or on <paramref name="dev"/> without folds.
    /// </summary>
    public static CheckWorthinessTraining Train(
        IReadOnlyList<LabeledSentence> training, IReadOnlyList<LabeledSentence>? dev, CheckWorthinessTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        options ??= CheckWorthinessTrainingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1, nameof(options.Epochs));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Seeds, 1, nameof(options.Seeds));
        // Without folds the dev data chooses the threshold, so it cannot also be trained on.
        var merge = options.MergeDev && options.ThresholdFolds > 1 && dev is { Count: > 0 };
        var sentences = new List<LabeledSentence>(training);
        if (merge)
        {
            sentences.AddRange(dev!);
        }
        var mask = (1u << options.Bits) - 1;
        var features = new int[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            features[i] = CheckWorthinessScorer.Features(sentences[i].Text, mask);
        }
        var labels = Labels(sentences);
        var all = new int[sentences.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = i;
        }

        var threshold = 0.5;
        CheckWorthinessCrossValidation? crossValidation = null;
        BinaryScore? devScore = null;
        if (options.ThresholdFolds > 1)
        {
            var folds = GroupedFolds(sentences, options.ThresholdFolds);
            var outOfFold = OutOfFold(features, labels, folds, options);
            threshold = BestThreshold(outOfFold, labels, all);
            crossValidation = CrossValidate(outOfFold, labels, folds, options.ThresholdFolds, threshold);
            if (merge)
            {
                devScore = Decide(outOfFold, labels, training.Count, sentences.Count, threshold);
            }
        }
        var weights = FitAveraged(features, labels, all, options);
        var raw = new CheckWorthinessModel(options.Bits, weights, 0, options.LengthPower);
        if (!merge && dev is { Count: > 0 })
        {
            var devProbabilities = Probabilities(raw, dev, mask);
            var devLabels = Labels(dev);
            if (options.ThresholdFolds <= 1)
            {
                threshold = BestThreshold(devProbabilities, devLabels, Enumerable.Range(0, dev.Count).ToArray());
            }
            devScore = Decide(devProbabilities, devLabels, 0, dev.Count, threshold);
        }
        var trainingScore = Decide(Probabilities(raw, sentences, mask), labels, 0, sentences.Count, threshold);
        var model = new CheckWorthinessModel(options.Bits, weights, -Math.Log(threshold / (1 - threshold)), options.LengthPower);
        return new CheckWorthinessTraining(new CheckWorthinessScorer(model), options, sentences.Count, threshold, trainingScore, devScore)
        {
            Model = model,
            CrossValidation = crossValidation,
            DevTrainedOn = merge,
        };
    }

    /// <summary>
    /// Fold of each sentence: blocks of consecutive ids in id order. CheckThat! ids number a debate's sentences in
    /// sequence, so a debate stays in one fold and each fold is a stretch of debates, as unseen text will be.
    /// Sentences without a numeric id keep their position in the list.
    /// </summary>
    internal static int[] GroupedFolds(List<LabeledSentence> sentences, int folds)
    {
        var keys = new long[sentences.Count];
        var order = new int[sentences.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = long.TryParse(sentences[i].Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : long.MaxValue;
            order[i] = i;
        }
        // Stable order: ties (and non-numeric ids) keep their list position.
        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        var fold = new int[sentences.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            fold[order[rank]] = (int)((long)rank * folds / order.Length);
        }
        return fold;
    }

    /// <summary>Each sentence's probability from models fitted without its fold.</summary>
    private static double[] OutOfFold(int[][] features, bool[] labels, int[] folds, CheckWorthinessTrainingOptions options)
    {
        var probabilities = new double[labels.Length];
        for (var fold = 0; fold < options.ThresholdFolds; fold++)
        {
            var subset = new List<int>(labels.Length);
            for (var i = 0; i < labels.Length; i++)
            {
                if (folds[i] != fold)
                {
                    subset.Add(i);
                }
            }
            var weights = FitAveraged(features, labels, [.. subset], options);
            for (var i = 0; i < labels.Length; i++)
            {
                if (folds[i] == fold)
                {
                    probabilities[i] = Sigmoid(Sum(weights, features[i], options.LengthPower));
                }
            }
        }
        return probabilities;
    }

    /// <summary>
    /// Per-fold F1, each fold cut at the threshold chosen on the other folds' out-of-fold predictions, so no fold's
    /// labels choose its own cut; per-fold average precision; plus the pooled scores at the shipped threshold.
    /// </summary>
    private static CheckWorthinessCrossValidation CrossValidate(double[] outOfFold, bool[] labels, int[] folds, int count, double threshold)
    {
        var foldF1 = new double[count];
        var foldAveragePrecision = new double[count];
        for (var fold = 0; fold < count; fold++)
        {
            var inside = new List<int>();
            var outside = new List<int>();
            for (var i = 0; i < labels.Length; i++)
            {
                (folds[i] == fold ? inside : outside).Add(i);
            }
            var cut = BestThreshold(outOfFold, labels, [.. outside]);
            var gold = new bool[inside.Count];
            var predicted = new bool[inside.Count];
            for (var k = 0; k < inside.Count; k++)
            {
                gold[k] = labels[inside[k]];
                predicted[k] = outOfFold[inside[k]] >= cut;
            }
            foldF1[fold] = BinaryScore.Count(gold, predicted).F1;
            foldAveragePrecision[fold] = CheckWorthinessCrossValidation.AveragePrecision(outOfFold, labels, inside);
        }
        var all = new int[labels.Length];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = i;
        }
        return new CheckWorthinessCrossValidation(foldF1, Decide(outOfFold, labels, 0, labels.Length, threshold))
        {
            FoldAveragePrecision = foldAveragePrecision,
            PooledAveragePrecision = CheckWorthinessCrossValidation.AveragePrecision(outOfFold, labels, all),
        };
    }

    /// <summary>The average of <see cref="CheckWorthinessTrainingOptions.Seeds"/> models, each shuffled by its own seed.</summary>
    private static float[] FitAveraged(int[][] features, bool[] labels, int[] subset, CheckWorthinessTrainingOptions options)
    {
        if (options.Seeds == 1)
        {
            return Fit(features, labels, subset, options, options.Seed);
        }
        var sum = new double[1 << options.Bits];
        for (var s = 0; s < options.Seeds; s++)
        {
            var weights = Fit(features, labels, subset, options, options.Seed + SeedStep * s);
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += weights[i];
            }
        }
        var averaged = new float[sum.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            averaged[i] = (float)(sum[i] / options.Seeds);
        }
        return averaged;
    }

    /// <summary>Averaged AdaGrad logistic regression over the examples listed in <paramref name="subset"/>.</summary>
    private static float[] Fit(int[][] features, bool[] labels, int[] subset, CheckWorthinessTrainingOptions options, int seed)
    {
        var size = 1 << options.Bits;
        var weights = new double[size];
        var weighted = new double[size];
        var squares = new double[size];
        var order = (int[])subset.Clone();
        var random = new Random(seed);
        var step = 1.0;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var example in order)
            {
                var active = features[example];
                // The word features' weights enter the margin scaled by the sentence's length factor, so their
                // gradient carries the same factor; the rule block's do not.
                var words = active.Length - CheckWorthinessFeaturizer.RuleFeatureCount;
                var scale = CheckWorthinessFeaturizer.LengthScale(active.Length, options.LengthPower);
                var sum = Sum(weights, active, options.LengthPower);
                var gold = labels[example];
                var loss = (Sigmoid(sum) - (gold ? 1.0 : 0.0)) * (gold ? options.PositiveWeight : 1.0);
                for (var k = 0; k < active.Length; k++)
                {
                    var index = active[k];
                    var gradient = (k < words ? loss * scale : loss) + options.L2 * weights[index];
                    squares[index] += gradient * gradient;
                    var change = options.LearningRate * gradient / (Math.Sqrt(squares[index]) + 1e-8);
                    weights[index] -= change;
                    weighted[index] -= step * change;
                }
                step++;
            }
        }
        var averaged = new float[size];
        for (var i = 0; i < size; i++)
        {
            averaged[i] = (float)(weights[i] - weighted[i] / step);
        }
        return averaged;
    }

    /// <summary>The margin without bias, as <see cref="CheckWorthinessModel.Score"/> computes it.</summary>
    private static double Sum<T>(T[] weights, int[] features, double lengthPower) where T : System.Numerics.INumberBase<T>
    {
        var words = features.Length - CheckWorthinessFeaturizer.RuleFeatureCount;
        var wordSum = 0.0;
        var ruleSum = 0.0;
        for (var k = 0; k < features.Length; k++)
        {
            var weight = double.CreateTruncating(weights[features[k]]);
            if (k < words)
            {
                wordSum += weight;
            }
            else
            {
                ruleSum += weight;
            }
        }
        return wordSum * CheckWorthinessFeaturizer.LengthScale(features.Length, lengthPower) + ruleSum;
    }

    private static bool[] Labels(IReadOnlyList<LabeledSentence> sentences)
    {
        var labels = new bool[sentences.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = sentences[i].CheckWorthy;
        }
        return labels;
    }

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    private static double[] Probabilities(CheckWorthinessModel model, IReadOnlyList<LabeledSentence> sentences, uint mask)
    {
        var probabilities = new double[sentences.Count];
        var scratch = new List<int>();
        for (var i = 0; i < sentences.Count; i++)
        {
            scratch.Clear();
            scratch.AddRange(CheckWorthinessScorer.Features(sentences[i].Text, mask));
            probabilities[i] = model.Score(scratch);
        }
        return probabilities;
    }

    /// <summary>Counts decisions at <paramref name="threshold"/> for entries [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static BinaryScore Decide(double[] probabilities, bool[] labels, int from, int to, double threshold)
    {
        var gold = new bool[to - from];
        var predicted = new bool[to - from];
        for (var i = from; i < to; i++)
        {
            gold[i - from] = labels[i];
            predicted[i - from] = probabilities[i] >= threshold;
        }
        return BinaryScore.Count(gold, predicted);
    }

    /// <summary>The cut between two neighbouring scores of <paramref name="subset"/> that maximises its "Yes" F1.</summary>
    private static double BestThreshold(double[] probabilities, bool[] labels, int[] subset)
    {
        var order = (int[])subset.Clone();
        // Ties broken by index so the sort, and with it the chosen cut, is the same on every run.
        Array.Sort(order, (a, b) => probabilities[b] != probabilities[a] ? probabilities[b].CompareTo(probabilities[a]) : a.CompareTo(b));
        var positives = 0;
        foreach (var i in order)
        {
            positives += labels[i] ? 1 : 0;
        }
        var bestF1 = -1.0;
        var best = 0.5;
        var truePositives = 0;
        for (var k = 0; k < order.Length; k++)
        {
            truePositives += labels[order[k]] ? 1 : 0;
            // Cut only between distinct scores: everything down to order[k] is predicted "Yes".
            if (k + 1 < order.Length && probabilities[order[k + 1]] == probabilities[order[k]])
            {
                continue;
            }
            var f1 = 2.0 * truePositives / (k + 1 + positives);
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = k + 1 < order.Length ? (probabilities[order[k]] + probabilities[order[k + 1]]) / 2 : probabilities[order[k]];
            }
        }
        return Math.Clamp(best, 1e-6, 1 - 1e-6);
    }
}
