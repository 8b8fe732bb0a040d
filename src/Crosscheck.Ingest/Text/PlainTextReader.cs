using Crosscheck.Documents;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Text;

/// <summary>
/// Reads plain text and Markdown. The article text is the file's content unchanged apart from a leading BOM (and
/// front matter, whose length becomes <see cref="Article.SourceOffset"/>), so offsets index the file.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class PlainTextReader : IArticleFormat
{
    private readonly string _origin;

    private PlainTextReader(string origin)
    {
        _origin = origin;
    }

    /// <summary>The reader for <c>.txt</c> files.</summary>
    public static PlainTextReader Text { get; } = new("text");

    /// <summary>The reader for <c>.md</c> files.</summary>
    public static PlainTextReader Markdown { get; } = new("markdown");

    /// <inheritdoc/>
    public IngestResult Read(string source, byte[] content, CancellationToken cancellationToken)
    {
        if (!TextDecoder.TryDecode(content, out var decoded))
        {
            return IngestResult.Failure(source, "not valid UTF-8 text");
        }
        if (string.IsNullOrWhiteSpace(decoded))
        {
            return IngestResult.Failure(source, "empty file");
        }
        cancellationToken.ThrowIfCancellationRequested();

        var frontMatter = FrontMatterParser.Parse(decoded);
        var body = frontMatter is null ? decoded : decoded[frontMatter.BodyStart..];
        if (string.IsNullOrWhiteSpace(body))
        {
            return IngestResult.Failure(source, "no article text after the front matter");
        }
        var url = frontMatter?.Url;
        return IngestResult.Success(new Article
        {
            Id = ArticleId.Compute(body, url),
            Source = source,
            Url = url,
            Outlet = frontMatter?.Outlet ?? "",
            Title = frontMatter?.Title ?? TitleHeuristic.Find(body) ?? "",
            Authors = frontMatter?.Authors ?? [],
            PublishedAt = frontMatter?.PublishedAt,
            Language = frontMatter?.Language ?? "en",
            Text = body,
            SourceOffset = frontMatter?.BodyStart ?? 0,
            Origin = _origin,
        });
    }
}
