namespace Crosscheck.Ingest.Text;

/// <summary>Metadata given in a <c>---</c> block at the top of a text or Markdown file.</summary>
internal sealed record FrontMatter
{
    /// <summary>Offset of the body: the first character after the closing <c>---</c> line.</summary>
    public required int BodyStart { get; init; }

    /// <summary>The <c>title</c> value.</summary>
    public string? Title { get; init; }

    /// <summary>The <c>outlet</c> value.</summary>
    public string? Outlet { get; init; }

    /// <summary>The <c>published</c> or <c>date</c> value, when it is an ISO 8601 date or date-time.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The <c>url</c> value.</summary>
    public string? Url { get; init; }

    /// <summary>The comma-separated <c>authors</c> (or <c>author</c>) value.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The <c>language</c> value, normalised to its primary subtag.</summary>
    public string? Language { get; init; }
}
