namespace Crosscheck.Ingest.Html;

/// <summary>What an HTML page says about itself, merged from meta tags, OpenGraph and JSON-LD.</summary>
internal sealed record HtmlMetadata
{
    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The site or publisher name.</summary>
    public string? Outlet { get; init; }

    /// <summary>The canonical URL.</summary>
    public string? Url { get; init; }

    /// <summary>The publication time.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Bylines in the order given.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The primary language subtag.</summary>
    public string? Language { get; init; }

    /// <summary>The page's summary (<c>meta description</c>); not stored on the article yet.</summary>
    public string? Description { get; init; }
}
