namespace Crosscheck.Ingest.Reading;

/// <summary>One input format: turns the bytes of one file into an article or a failure.</summary>
/// <remarks>Implementations are stateless and thread-safe; the caller has already rejected empty and binary input.</remarks>
internal interface IArticleFormat
{
    /// <summary>Reads <paramref name="content"/>, which came from <paramref name="source"/>.</summary>
    IngestResult Read(string source, byte[] content, CancellationToken cancellationToken);
}
