using Crosscheck.Documents;

namespace Crosscheck.CrossCheck.Evaluation;

/// <summary>One labelled story of the cross-check evaluation set.</summary>
/// <param name="Id">The case's id ("hedge-reportedly"); ids starting <c>copy-</c> are verbatim copies.</param>
/// <param name="Articles">The versions, in file order.</param>
/// <param name="Gold">The mutations that must be reported: kind and the 1-based number of the changed article.</param>
public sealed record CrossCheckEvalCase(string Id, IReadOnlyList<Article> Articles, IReadOnlyList<(MutationKind Kind, int Article)> Gold)
{
    /// <summary>Whether the case is a set of verbatim copies, where no mutation may be reported.</summary>
    public bool IsVerbatimCopy => Id.StartsWith("copy-", StringComparison.Ordinal);
}
