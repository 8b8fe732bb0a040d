namespace Crosscheck.Ingest.Reading;

/// <summary>A container format holding many articles (JSONL, feeds, WARC), read as a stream so memory stays flat.</summary>
/// <remarks>Implementations are stateless and thread-safe; a bad item yields a failure and the following items go on.</remarks>
internal interface IArticleStreamFormat
{
    /// <summary>Reads every article in <paramref name="stream"/>, which came from <paramref name="source"/>.</summary>
    IEnumerable<IngestResult> Read(string source, Stream stream, CancellationToken cancellationToken);
}
