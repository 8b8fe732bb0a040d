namespace Crosscheck.Documents;

/// <summary>One news article as ingested: metadata plus the exact text that every span indexes.</summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
public sealed record Article
{
    /// <summary>Stable identifier: a hash of the normalised text and the URL (see <see cref="ArticleId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>Where the article came from, as the user gave it: a path or a URL.</summary>
    public required string Source { get; init; }

    /// <summary>The article's own URL when known.</summary>
    public string? Url { get; init; }

    /// <summary>The publishing outlet (site name), or an empty string when unknown.</summary>
    public string Outlet { get; init; } = "";

    /// <summary>The headline, or an empty string when unknown.</summary>
    public string Title { get; init; } = "";

    /// <summary>Bylines, in the order given.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Publication time when known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>ISO 639-1 language code; "en" when not stated.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The article body. Every <see cref="TextSpan"/> of an analysis indexes this string.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of <see cref="Text"/> inside the source file (non-zero when front matter precedes it).</summary>
    public int SourceOffset { get; init; }

    /// <summary>How the article was read: the reader's format name ("text", "markdown", "html", ...).</summary>
    public string Origin { get; init; } = "text";
}
