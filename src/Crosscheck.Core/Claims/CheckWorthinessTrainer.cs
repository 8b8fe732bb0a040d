namespace Crosscheck.Claims;

/// <summary>Trains the check-worthiness model: logistic regression by AdaGrad over hashed features, weights averaged.</summary>
/// <remarks>
/// <para>Deterministic for given data and options: one seeded shuffle per epoch, single-threaded updates. The L2
/// penalty is applied lazily, to the weights a sentence touches. The returned weights are the average over every
/// update (the averaged-perceptron trick), which generalises better than the last iterate on noisy crowd labels.</para>
/// <para>With dev data, the probability cut that maximises the dev "Yes" F1 is chosen and folded into the bias.</para>
/// </remarks>
public static class CheckWorthinessTrainer
{
    /// <summary>Trains on <paramref name="training"/>; picks the decision threshold on <paramref name="dev"/> when given.</summary>
    public static CheckWorthinessTraining Train(
        IReadOnlyList<LabeledSentence> training, IReadOnlyList<LabeledSentence>? dev, CheckWorthinessTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        options ??= CheckWorthinessTrainingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1, nameof(options.Epochs));
        var mask = (1u << options.Bits) - 1;
        var features = new int[training.Count][];
        for (var i = 0; i < training.Count; i++)
        {
            features[i] = CheckWorthinessScorer.Features(training[i].Text, mask);
        }

        var labels = new bool[training.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = training[i].CheckWorthy;
        }
        var all = new int[training.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = i;
        }
        var averaged = Fit(features, labels, all, options);

        var raw = new CheckWorthinessModel(options.Bits, averaged, 0);
        var threshold = 0.5;
        BinaryScore? devScore = null;
        if (options.ThresholdFolds > 1)
        {
            threshold = BestThreshold(OutOfFold(features, labels, options), labels);
        }
        if (dev is { Count: > 0 })
        {
            var devProbabilities = Probabilities(raw, dev, mask);
            if (options.ThresholdFolds <= 1)
            {
                threshold = BestThreshold(devProbabilities, Labels(dev));
            }
            devScore = Decide(devProbabilities, dev, threshold);
        }
        var trainingScore = Decide(Probabilities(raw, training, mask), training, threshold);
        var model = new CheckWorthinessModel(options.Bits, averaged, -Math.Log(threshold / (1 - threshold)));
        return new CheckWorthinessTraining(new CheckWorthinessScorer(model), options, training.Count, threshold, trainingScore, devScore)
        {
            Model = model,
        };
    }

    /// <summary>Averaged AdaGrad logistic regression over the examples listed in <paramref name="subset"/>.</summary>
    private static float[] Fit(int[][] features, bool[] labels, int[] subset, CheckWorthinessTrainingOptions options)
    {
        var size = 1 << options.Bits;
        var weights = new double[size];
        var weighted = new double[size];
        var squares = new double[size];
        var order = (int[])subset.Clone();
        var random = new Random(options.Seed);
        var step = 1.0;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var example in order)
            {
                var active = features[example];
                var sum = 0.0;
                foreach (var index in active)
                {
                    sum += weights[index];
                }
                var gold = labels[example];
                var loss = (Sigmoid(sum) - (gold ? 1.0 : 0.0)) * (gold ? options.PositiveWeight : 1.0);
                foreach (var index in active)
                {
                    var gradient = loss + options.L2 * weights[index];
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

    /// <summary>Each training example's probability from a model fitted without its fold (folds by position modulo k).</summary>
    private static double[] OutOfFold(int[][] features, bool[] labels, CheckWorthinessTrainingOptions options)
    {
        var probabilities = new double[labels.Length];
        var folds = options.ThresholdFolds;
        for (var fold = 0; fold < folds; fold++)
        {
            var subset = new List<int>(labels.Length);
            for (var i = 0; i < labels.Length; i++)
            {
                if (i % folds != fold)
                {
                    subset.Add(i);
                }
            }
            var weights = Fit(features, labels, [.. subset], options);
            for (var i = fold; i < labels.Length; i += folds)
            {
                var sum = 0.0;
                foreach (var index in features[i])
                {
                    sum += weights[index];
                }
                probabilities[i] = Sigmoid(sum);
            }
        }
        return probabilities;
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

    private static BinaryScore Decide(double[] probabilities, IReadOnlyList<LabeledSentence> sentences, double threshold)
    {
        var gold = new bool[sentences.Count];
        var predicted = new bool[sentences.Count];
        for (var i = 0; i < gold.Length; i++)
        {
            gold[i] = sentences[i].CheckWorthy;
            predicted[i] = probabilities[i] >= threshold;
        }
        return BinaryScore.Count(gold, predicted);
    }

    /// <summary>The cut between two neighbouring dev scores that maximises "Yes" F1.</summary>
    private static double BestThreshold(double[] probabilities, bool[] labels)
    {
        var order = new int[probabilities.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => probabilities[b].CompareTo(probabilities[a]));
        var positives = 0;
        foreach (var label in labels)
        {
            positives += label ? 1 : 0;
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
