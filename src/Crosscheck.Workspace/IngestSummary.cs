using Crosscheck.Ingest.Reading;

namespace Crosscheck.Workspace;

/// <summary>What an ingest run did.</summary>
/// <param name="Read">Articles read from the inputs.</param>
/// <param name="Added">Articles that were new to the store (the rest were already there).</param>
/// <param name="Errors">Inputs that could not be read, or articles that could not be analysed.</param>
public sealed record IngestSummary(int Read, int Added, IReadOnlyList<IngestError> Errors)
{
    /// <summary>Articles read that were already stored (or read twice in the run) and so left as they were.</summary>
    public int Skipped => Read - Added;

    /// <summary>Inputs or articles that failed.</summary>
    public int Failed => Errors.Count;

    /// <summary>How long the run took (zero when not measured).</summary>
    public TimeSpan Elapsed { get; init; }
}
