namespace Crosscheck.Stories;

/// <summary>What story grouping and duplicate detection need to know about one article.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">The headline (weighted above the body), or empty.</param>
/// <param name="Text">The body text.</param>
/// <param name="Outlet">The publisher, or empty when unknown.</param>
/// <param name="PublishedAt">Publication time, when known; without it no time decay applies.</param>
public sealed record StoryInput(string Id, string Title, string Text, string Outlet = "", DateTimeOffset? PublishedAt = null)
{
    /// <summary>Canonical entity keys from an analysis, when one is available; empty for plain text.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];
}
