namespace Crosscheck.Claims;

/// <summary>Counts of a binary decision against gold labels, and the positive class's precision, recall and F1.</summary>
/// <param name="TruePositives">Predicted positive and gold positive.</param>
/// <param name="FalsePositives">Predicted positive, gold negative.</param>
/// <param name="FalseNegatives">Predicted negative, gold positive.</param>
/// <param name="TrueNegatives">Predicted negative and gold negative.</param>
public sealed record BinaryScore(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>TP / (TP + FP); 0 when nothing was predicted positive.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when there is no gold positive.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall, 2TP / (2TP + FP + FN); 0 when both are 0.</summary>
    public double F1 => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>Share of all decisions that were right.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + FalsePositives + FalseNegatives + TrueNegatives);

    /// <summary>Tallies gold labels against predictions, pairwise.</summary>
    public static BinaryScore Count(IReadOnlyList<bool> gold, IReadOnlyList<bool> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentOutOfRangeException.ThrowIfNotEqual(predicted.Count, gold.Count, nameof(predicted));
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            switch (gold[i], predicted[i])
            {
                case (true, true):
                    tp++;
                    break;
                case (false, true):
                    fp++;
                    break;
                case (true, false):
                    fn++;
                    break;
                default:
                    tn++;
                    break;
            }
        }
        return new BinaryScore(tp, fp, fn, tn);
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
