using Crosscheck.CrossCheck.Evaluation;

namespace Crosscheck.Workspace;

public sealed partial class CrosscheckWorkspace
{
    /// <summary>
    /// Scores the cross-check's mutation classification against a labelled set (<c>cases.txt</c> in
    /// <paramref name="data"/>, or the file itself), analysing every case with <see cref="Pipeline"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no cases file.</exception>
    /// <exception cref="FormatException">The cases file does not follow the format.</exception>
    public CrossCheckEvalResult EvaluateCrossCheck(string data, CancellationToken cancellationToken = default) =>
        CrossCheckEvaluator.Evaluate(CrossCheckEvalSet.Load(data), Pipeline, cancellationToken);
}
