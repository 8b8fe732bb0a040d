using Crosscheck.Ingest.Evaluation;

namespace Crosscheck.Workspace;

/// <summary>The result of scoring main-content extraction on an annotated page set.</summary>
/// <param name="Score">Micro-averaged counts over every page.</param>
/// <param name="Pages">Per-page outcomes, in annotation order.</param>
public sealed record ExtractionEvaluation(ExtractionScore Score, IReadOnlyList<ExtractionPageResult> Pages);
