namespace Crosscheck.CrossCheck.Evaluation;

/// <summary>Counts and scores of one mutation kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="TruePositives">Reported and labelled.</param>
/// <param name="FalsePositives">Reported, not labelled.</param>
/// <param name="FalseNegatives">Labelled, not reported.</param>
public sealed record KindScore(MutationKind Kind, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was reported.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when nothing was labelled.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
