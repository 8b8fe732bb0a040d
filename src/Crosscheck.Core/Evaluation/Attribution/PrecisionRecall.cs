namespace Crosscheck.Evaluation.Attribution;

/// <summary>Counts behind one precision/recall/F1 figure: gold items, predicted items, and one-to-one matches.</summary>
/// <param name="Gold">Gold items.</param>
/// <param name="Predicted">Predicted items.</param>
/// <param name="Correct">Matched pairs (each gold and each predicted item in at most one pair).</param>
public readonly record struct PrecisionRecall(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / Predicted; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / Gold; 0 when there is no gold item.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Micro-averaging: the counts of both added.</summary>
    public static PrecisionRecall operator +(PrecisionRecall left, PrecisionRecall right) =>
        new(left.Gold + right.Gold, left.Predicted + right.Predicted, left.Correct + right.Correct);

    /// <summary>Same as <c>+</c>, for languages without operator overloading.</summary>
    public static PrecisionRecall Add(PrecisionRecall left, PrecisionRecall right) => left + right;
}
