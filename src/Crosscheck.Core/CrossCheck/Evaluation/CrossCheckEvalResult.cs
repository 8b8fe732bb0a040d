namespace Crosscheck.CrossCheck.Evaluation;

/// <summary>The outcome of scoring the cross-check against a labelled set.</summary>
/// <param name="Cases">How many cases were scored.</param>
/// <param name="Kinds">Per-kind scores, in enum order, for every kind labelled or reported.</param>
/// <param name="VerbatimCopyCases">How many cases are verbatim copies.</param>
/// <param name="VerbatimCopyMutations">Mutations reported in those cases (must be 0).</param>
/// <param name="Errors">Each wrong decision as "case: FP|FN Kind@N", for inspection.</param>
public sealed record CrossCheckEvalResult(
    int Cases, IReadOnlyList<KindScore> Kinds, int VerbatimCopyCases, int VerbatimCopyMutations, IReadOnlyList<string> Errors)
{
    /// <summary>Micro-averaged F1 over all kinds.</summary>
    public double MicroF1
    {
        get
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var kind in Kinds)
            {
                tp += kind.TruePositives;
                fp += kind.FalsePositives;
                fn += kind.FalseNegatives;
            }
            return new KindScore(default, tp, fp, fn).F1;
        }
    }
}
