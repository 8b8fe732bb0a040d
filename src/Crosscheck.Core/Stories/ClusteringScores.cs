namespace Crosscheck.Stories;

/// <summary>Agreement between a predicted clustering and a gold one, by the usual external measures.</summary>
/// <param name="Items">Items scored.</param>
/// <param name="GoldClusters">Gold clusters.</param>
/// <param name="PredictedClusters">Predicted clusters.</param>
/// <param name="PairPrecision">Share of predicted same-cluster pairs that are gold same-cluster pairs.</param>
/// <param name="PairRecall">Share of gold same-cluster pairs that are predicted together.</param>
/// <param name="PairF1">Harmonic mean of the two.</param>
/// <param name="BCubedPrecision">Mean over items of the share of its predicted cluster that shares its gold cluster (Bagga and Baldwin 1998).</param>
/// <param name="BCubedRecall">Mean over items of the share of its gold cluster found in its predicted cluster.</param>
/// <param name="BCubedF1">Harmonic mean of the two.</param>
/// <param name="AdjustedRandIndex">Rand index corrected for chance (Hubert and Arabie 1985).</param>
/// <param name="Nmi">Mutual information normalised by the geometric mean of the entropies, as in GSDMM and MStream.</param>
public sealed record ClusteringScores(
    int Items,
    int GoldClusters,
    int PredictedClusters,
    double PairPrecision,
    double PairRecall,
    double PairF1,
    double BCubedPrecision,
    double BCubedRecall,
    double BCubedF1,
    double AdjustedRandIndex,
    double Nmi)
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/> (labels per item, same order).</summary>
    /// <remarks>Everything comes from the contingency table, so the cost is linear in items plus non-empty cells.</remarks>
    public static ClusteringScores Compute(IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted labels must cover the same items.", nameof(predicted));
        }
        var n = gold.Count;
        var cells = new Dictionary<(int Gold, int Predicted), long>();
        var goldSizes = new Dictionary<int, long>();
        var predictedSizes = new Dictionary<int, long>();
        for (var i = 0; i < n; i++)
        {
            cells[(gold[i], predicted[i])] = cells.GetValueOrDefault((gold[i], predicted[i])) + 1;
            goldSizes[gold[i]] = goldSizes.GetValueOrDefault(gold[i]) + 1;
            predictedSizes[predicted[i]] = predictedSizes.GetValueOrDefault(predicted[i]) + 1;
        }

        double togetherBoth = 0, bCubedPrecision = 0, bCubedRecall = 0, mutual = 0;
        foreach (var ((g, p), count) in cells)
        {
            togetherBoth += Pairs(count);
            // Each of the `count` items in this cell sees count/|P| precision and count/|G| recall.
            bCubedPrecision += (double)count * count / predictedSizes[p];
            bCubedRecall += (double)count * count / goldSizes[g];
            mutual += count / (double)n * Math.Log((double)n * count / (goldSizes[g] * (double)predictedSizes[p]));
        }
        double togetherGold = 0, togetherPredicted = 0, goldEntropy = 0, predictedEntropy = 0;
        foreach (var size in goldSizes.Values)
        {
            togetherGold += Pairs(size);
            goldEntropy -= size / (double)n * Math.Log(size / (double)n);
        }
        foreach (var size in predictedSizes.Values)
        {
            togetherPredicted += Pairs(size);
            predictedEntropy -= size / (double)n * Math.Log(size / (double)n);
        }

        var pairPrecision = togetherPredicted == 0 ? 1 : togetherBoth / togetherPredicted;
        var pairRecall = togetherGold == 0 ? 1 : togetherBoth / togetherGold;
        var bp = n == 0 ? 1 : bCubedPrecision / n;
        var br = n == 0 ? 1 : bCubedRecall / n;
        var allPairs = Pairs(n);
        var expected = allPairs == 0 ? 0 : togetherGold * togetherPredicted / allPairs;
        var maximum = (togetherGold + togetherPredicted) / 2;
        var ari = maximum - expected == 0 ? 1 : (togetherBoth - expected) / (maximum - expected);
        var nmi = goldEntropy == 0 || predictedEntropy == 0
            ? (goldEntropy == predictedEntropy ? 1 : 0)
            : mutual / Math.Sqrt(goldEntropy * predictedEntropy);
        return new ClusteringScores(
            n, goldSizes.Count, predictedSizes.Count,
            pairPrecision, pairRecall, F1(pairPrecision, pairRecall),
            bp, br, F1(bp, br),
            ari, nmi);
    }

    private static double Pairs(long size) => size * (size - 1) / 2.0;

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
