namespace Crosscheck.Claims;

/// <summary>Grouped k-fold cross-validation figures of a check-worthiness training run.</summary>
/// <param name="FoldF1">Each fold's "Yes" F1, its sentences cut at the threshold chosen on the other folds' out-of-fold predictions.</param>
/// <param name="Pooled">All out-of-fold predictions, cut at the threshold the model ships with.</param>
public sealed record CheckWorthinessCrossValidation(IReadOnlyList<double> FoldF1, BinaryScore Pooled)
{
    /// <summary>Each fold's average precision of its out-of-fold scores (empty when not computed).</summary>
    /// <remarks>
    /// A ranking figure that needs no cut, so it does not move with the threshold the other folds choose; per-fold
    /// F1 does, and on these folds that noise hides ranking gains of 0.005 to 0.01 average precision (docs/accuracy.md).
    /// </remarks>
    public IReadOnlyList<double> FoldAveragePrecision { get; init; } = [];

    /// <summary>Average precision of all out-of-fold scores pooled (0 when not computed).</summary>
    public double PooledAveragePrecision { get; init; }

    /// <summary>
    /// Average precision of the "Yes" class when <paramref name="subset"/> is ranked by <paramref name="scores"/>,
    /// highest first (ties broken by index, so the figure is deterministic): the mean, over the gold "Yes" entries,
    /// of the precision at each one's rank. 0 when the subset has no "Yes".
    /// </summary>
    public static double AveragePrecision(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, IReadOnlyList<int> subset)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(subset);
        var order = new int[subset.Count];
        for (var k = 0; k < order.Length; k++)
        {
            order[k] = subset[k];
        }
        Array.Sort(order, (a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        var truePositives = 0;
        var sum = 0.0;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]])
            {
                truePositives++;
                sum += (double)truePositives / (k + 1);
            }
        }
        return truePositives == 0 ? 0 : sum / truePositives;
    }

    /// <summary>Mean of <see cref="FoldF1"/>.</summary>
    public double Mean
    {
        get
        {
            var sum = 0.0;
            foreach (var f1 in FoldF1)
            {
                sum += f1;
            }
            return FoldF1.Count == 0 ? 0 : sum / FoldF1.Count;
        }
    }

    /// <summary>Sample standard deviation of <see cref="FoldF1"/> (0 with fewer than two folds).</summary>
    public double StandardDeviation
    {
        get
        {
            if (FoldF1.Count < 2)
            {
                return 0;
            }
            var mean = Mean;
            var squares = 0.0;
            foreach (var f1 in FoldF1)
            {
                squares += (f1 - mean) * (f1 - mean);
            }
            return Math.Sqrt(squares / (FoldF1.Count - 1));
        }
    }
}
