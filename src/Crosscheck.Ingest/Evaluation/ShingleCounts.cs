namespace Crosscheck.Ingest.Evaluation;

/// <summary>
/// One page's shingle matches, normalised so that the three counts sum to 1 (or are all 0 when both texts are empty):
/// a long article weighs no more than a short one.
/// </summary>
/// <param name="TruePositives">Share of shingles found in both texts.</param>
/// <param name="FalsePositives">Share only in the extracted text.</param>
/// <param name="FalseNegatives">Share only in the gold text.</param>
public readonly record struct ShingleCounts(double TruePositives, double FalsePositives, double FalseNegatives)
{
    /// <summary>The page's precision: 1 when nothing was extracted and nothing expected, 0 when nothing right was extracted.</summary>
    public double Precision =>
        FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives == 0 && FalsePositives == 0 ? 0 : TruePositives / (TruePositives + FalsePositives);

    /// <summary>The page's recall, with the same edge cases as <see cref="Precision"/>.</summary>
    public double Recall =>
        FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives == 0 && FalseNegatives == 0 ? 0 : TruePositives / (TruePositives + FalseNegatives);
}
