using Crosscheck.Documents;

namespace Crosscheck.Ingest.Reading;

/// <summary>One item read from an input: an article, or the error that stopped it.</summary>
public readonly record struct IngestResult
{
    private IngestResult(Article? article, IngestError? error)
    {
        Article = article;
        Error = error;
    }

    /// <summary>The article read, when reading succeeded.</summary>
    public Article? Article { get; }

    /// <summary>What went wrong, when reading failed.</summary>
    public IngestError? Error { get; }

    /// <summary>A successful read.</summary>
    public static IngestResult Success(Article article) => new(article, null);

    /// <summary>A failed read.</summary>
    public static IngestResult Failure(string source, string reason) => new(null, new IngestError(source, reason));
}
