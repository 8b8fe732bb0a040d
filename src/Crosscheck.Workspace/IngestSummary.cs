using Crosscheck.Ingest.Reading;

namespace Crosscheck.Workspace;

/// <summary>What an ingest run did.</summary>
/// <param name="Read">Articles read from the inputs.</param>
/// <param name="Added">Articles that were new to the store (the rest were already there).</param>
/// <param name="Errors">Inputs that could not be read.</param>
public sealed record IngestSummary(int Read, int Added, IReadOnlyList<IngestError> Errors);
