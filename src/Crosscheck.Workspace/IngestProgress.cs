namespace Crosscheck.Workspace;

/// <summary>How far an ingest has got.</summary>
/// <param name="Read">Articles read from the inputs so far.</param>
/// <param name="Added">Articles stored that were new.</param>
/// <param name="Skipped">Articles already stored (or read twice), left as they were.</param>
/// <param name="Failed">Inputs or articles that failed.</param>
/// <param name="Elapsed">Time since the ingest started.</param>
public readonly record struct IngestProgress(int Read, int Added, int Skipped, int Failed, TimeSpan Elapsed)
{
    /// <summary>Articles stored or skipped per second so far.</summary>
    public double ArticlesPerSecond => Elapsed > TimeSpan.Zero ? (Added + Skipped) / Elapsed.TotalSeconds : 0;
}
