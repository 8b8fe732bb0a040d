using Crosscheck.Ingest.Evaluation;

namespace Crosscheck.Workspace;

/// <summary>How extraction did on one annotated page.</summary>
/// <param name="Page">The annotated page.</param>
/// <param name="Score">Its segment counts.</param>
/// <param name="Missed">Must-keep segments missing from the output.</param>
/// <param name="Leaked">Must-drop segments present in the output.</param>
/// <param name="Error">Why reading failed, when it did.</param>
public sealed record ExtractionPageResult(
    ExtractionGoldPage Page, ExtractionScore Score, IReadOnlyList<string> Missed, IReadOnlyList<string> Leaked, string? Error);
