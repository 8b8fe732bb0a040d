using Crosscheck.CrossCheck;
using Crosscheck.Pipeline;
using Crosscheck.Stories;

namespace Crosscheck.Workspace;

/// <summary>What the demo did and where it put its output.</summary>
/// <param name="Ingest">The ingest of the demo corpus.</param>
/// <param name="Story">The comparison of the demo story's articles.</param>
/// <param name="Unrelated">Articles of the corpus that share nothing with the story.</param>
/// <param name="DatabasePath">The SQLite file the corpus was stored in.</param>
/// <param name="HtmlPath">The HTML report written.</param>
public sealed record DemoResult(
    IngestSummary Ingest,
    ComparisonReport Story,
    IReadOnlyList<AnalyzedArticle> Unrelated,
    string DatabasePath,
    string HtmlPath)
{
    /// <summary>The stories and copies found in the demo corpus.</summary>
    public StoryResult? Stories { get; init; }
}
