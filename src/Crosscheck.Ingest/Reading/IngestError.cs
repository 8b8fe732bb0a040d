namespace Crosscheck.Ingest.Reading;

/// <summary>An input that could not be read, with a one-line reason a user can act on.</summary>
/// <param name="Source">The file, URL or record that failed, as the user gave it.</param>
/// <param name="Reason">Why it failed ("empty file", "binary content", "unknown format '.pdf'").</param>
public sealed record IngestError(string Source, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Source}: {Reason}";
}
