using Crosscheck.Ingest.Evaluation;

namespace Crosscheck.Workspace;

/// <summary>How extraction did on one page of an article-body benchmark.</summary>
/// <param name="Page">The gold page.</param>
/// <param name="Counts">Its normalised shingle counts.</param>
/// <param name="Error">Why reading failed, when it did (the page then counts as extracting nothing).</param>
public sealed record ShinglePageResult(ShingleGoldPage Page, ShingleCounts Counts, string? Error);
