namespace Crosscheck.Ingest.Reading;

/// <summary>Reads articles from files and directories, choosing a reader per file; a bad file never stops the batch.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class ArticleReader
{
    /// <summary>A reader with every built-in format.</summary>
    public static ArticleReader Default { get; } = new();

    /// <summary>
    /// Reads every path in order; directories are walked recursively in ordinal name order. Missing, empty, binary,
    /// unreadable or unknown-format files yield a failure and the rest go on.
    /// </summary>
    public IEnumerable<IngestResult> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return IngestResult.Failure(path, "not implemented yet");
        }
    }
}
