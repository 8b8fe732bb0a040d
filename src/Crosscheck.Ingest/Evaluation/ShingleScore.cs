namespace Crosscheck.Ingest.Evaluation;

/// <summary>Shingle precision, recall and F1 over a page set, each with its bootstrap 95 % half-width.</summary>
/// <param name="Pages">Pages scored.</param>
/// <param name="Precision">Mean page precision over pages where something was extracted.</param>
/// <param name="Recall">Mean page recall over pages whose gold text has shingles.</param>
/// <param name="F1">Harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/>.</param>
/// <param name="PrecisionInterval">1.96 standard deviations of precision over bootstrap resamples of the pages.</param>
/// <param name="RecallInterval">The same for recall.</param>
/// <param name="F1Interval">The same for F1.</param>
public sealed record ShingleScore(int Pages, double Precision, double Recall, double F1, double PrecisionInterval, double RecallInterval, double F1Interval);
