using AngleSharp.Html.Parser;
using Crosscheck.Documents;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Html;

/// <summary>
/// Reads an HTML page: metadata from meta tags, OpenGraph and JSON-LD, and the main text as paragraphs joined by blank
/// lines with entities decoded.
/// </summary>
/// <remarks>Stateless and thread-safe: each call parses with its own parser.</remarks>
internal sealed class HtmlArticleReader : IArticleFormat
{
    private HtmlArticleReader()
    {
    }

    /// <summary>
    /// How pages are parsed: scripting off, so <c>&lt;noscript&gt;</c> content is markup; comments, the raw text of
    /// <c>&lt;style&gt;</c>-like elements and source positions are never read, so the parser skips them.
    /// </summary>
    internal static HtmlParserOptions ParserOptions { get; } = new()
    {
        IsScripting = false,
        SkipComments = true,
        SkipRawText = true,
        DisableElementPositionTracking = true,
    };

    /// <summary>The one instance.</summary>
    public static HtmlArticleReader Instance { get; } = new();

    /// <inheritdoc/>
    public IngestResult Read(string source, byte[] content, CancellationToken cancellationToken) =>
        Read(source, content, null, null, cancellationToken);

    /// <summary>
    /// Reads a page whose transport said more: <paramref name="declaredEncoding"/> (an HTTP charset, which outranks the
    /// page's own meta tag but not a BOM) and <paramref name="fallbackUrl"/> (the URL it was fetched from, used when the
    /// page names no canonical URL).
    /// </summary>
    public IngestResult Read(string source, byte[] content, System.Text.Encoding? declaredEncoding, string? fallbackUrl, CancellationToken cancellationToken)
    {
        var encoding = HtmlCharset.Detect(content, out var bomLength);
        if (bomLength == 0 && declaredEncoding is not null)
        {
            encoding = declaredEncoding;
        }
        var html = encoding.GetString(content, bomLength, content.Length - bomLength);
        if (string.IsNullOrWhiteSpace(html))
        {
            return IngestResult.Failure(source, "empty file");
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (HtmlNesting.Exceeds(html))
        {
            return IngestResult.Failure(source, $"HTML nested deeper than {HtmlNesting.MaxDepth} levels, refused");
        }

        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document);
        var text = MainContentExtractor.Extract(document, cancellationToken);
        if (text.Length == 0)
        {
            return IngestResult.Failure(source, "no article text found");
        }
        if (metadata.Url is null && fallbackUrl is not null)
        {
            metadata = metadata with { Url = fallbackUrl };
        }
        return IngestResult.Success(new Article
        {
            Id = ArticleId.Compute(text, metadata.Url),
            Source = source,
            Url = metadata.Url,
            Outlet = metadata.Outlet ?? "",
            Title = metadata.Title ?? "",
            Authors = metadata.Authors,
            PublishedAt = metadata.PublishedAt,
            Language = metadata.Language ?? "en",
            Text = text,
            Origin = "html",
        });
    }
}
