namespace Crosscheck.Ingest.Evaluation;

/// <summary>Micro-averaged segment counts and the figures derived from them.</summary>
/// <param name="Pages">Pages scored.</param>
/// <param name="TruePositives">Must-keep segments found in the output.</param>
/// <param name="FalseNegatives">Must-keep segments missing from the output.</param>
/// <param name="FalsePositives">Must-drop segments found in the output.</param>
/// <param name="TrueNegatives">Must-drop segments absent from the output.</param>
public sealed record ExtractionScore(int Pages, int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    /// <summary>TP / (TP + FP); 0 when nothing was found.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN).</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2TP / (2TP + FP + FN).</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>(TP + TN) / all segments.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + TrueNegatives + FalsePositives + FalseNegatives);

    /// <summary>The sum of two scores.</summary>
    public static ExtractionScore operator +(ExtractionScore left, ExtractionScore right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Pages + right.Pages, left.TruePositives + right.TruePositives, left.FalseNegatives + right.FalseNegatives,
            left.FalsePositives + right.FalsePositives, left.TrueNegatives + right.TrueNegatives);
    }

    /// <summary>The same as <c>+</c>.</summary>
    public static ExtractionScore Add(ExtractionScore left, ExtractionScore right) => left + right;

    /// <summary>No pages, no counts.</summary>
    public static ExtractionScore Zero { get; } = new(0, 0, 0, 0, 0);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
