namespace Crosscheck.Workspace;

/// <summary>How an ingest runs.</summary>
public sealed record IngestOptions
{
    /// <summary>The defaults: batches of 500, analysis on, one worker per core.</summary>
    public static IngestOptions Default { get; } = new();

    /// <summary>
    /// Articles stored per transaction. Each batch is committed whole: a crash loses at most the batch in flight, and
    /// memory holds at most about two batches of articles.
    /// </summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Whether each new article is analysed and its analysis stored with it (off: store articles only).</summary>
    public bool Analyze { get; init; } = true;

    /// <summary>How many articles are analysed at once; the processor count by default.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Opens standard input, read as JSONL when a path is <c>-</c>; without it, <c>-</c> is an error.</summary>
    public Func<Stream>? StandardInput { get; init; }
}
