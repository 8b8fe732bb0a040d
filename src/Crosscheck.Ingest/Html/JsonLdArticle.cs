namespace Crosscheck.Ingest.Html;

/// <summary>The fields of a schema.org <c>NewsArticle</c> (or other article type) that Crosscheck uses.</summary>
internal sealed record JsonLdArticle
{
    /// <summary>The <c>headline</c> (or <c>name</c>).</summary>
    public string? Headline { get; init; }

    /// <summary>The <c>datePublished</c> value, unparsed.</summary>
    public string? DatePublished { get; init; }

    /// <summary>The <c>author</c> names.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The <c>publisher</c> name.</summary>
    public string? Publisher { get; init; }

    /// <summary>The <c>url</c> (or <c>mainEntityOfPage</c>).</summary>
    public string? Url { get; init; }

    /// <summary>The <c>inLanguage</c> value.</summary>
    public string? Language { get; init; }
}
