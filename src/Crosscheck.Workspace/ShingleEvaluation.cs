using Crosscheck.Ingest.Evaluation;

namespace Crosscheck.Workspace;

/// <summary>The result of scoring extraction on an article-body benchmark with shingle matching.</summary>
/// <param name="Score">Mean precision, recall and F1 with bootstrap half-widths.</param>
/// <param name="Pages">Per-page outcomes, in gold-file order.</param>
public sealed record ShingleEvaluation(ShingleScore Score, IReadOnlyList<ShinglePageResult> Pages);
