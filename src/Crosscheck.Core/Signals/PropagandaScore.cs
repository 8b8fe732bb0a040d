namespace Crosscheck.Signals;

/// <summary>Precision, recall and F1 with the SemEval-2020 Task 11 partial-overlap credit.</summary>
/// <param name="Precision">Mean, over predicted spans, of the share of each span covered by gold spans.</param>
/// <param name="Recall">Mean, over gold spans, of the share of each span covered by predicted spans.</param>
/// <param name="Predicted">Number of predicted spans after merging.</param>
/// <param name="Gold">Number of gold spans after merging.</param>
public sealed record PropagandaScore(double Precision, double Recall, int Predicted, int Gold)
{
    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}
