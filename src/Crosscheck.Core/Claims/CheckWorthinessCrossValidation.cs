namespace Crosscheck.Claims;

/// <summary>Grouped k-fold cross-validation figures of a check-worthiness training run.</summary>
/// <param name="FoldF1">Each fold's "Yes" F1, its sentences cut at the threshold chosen on the other folds' out-of-fold predictions.</param>
/// <param name="Pooled">All out-of-fold predictions, cut at the threshold the model ships with.</param>
public sealed record CheckWorthinessCrossValidation(IReadOnlyList<double> FoldF1, BinaryScore Pooled)
{
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
