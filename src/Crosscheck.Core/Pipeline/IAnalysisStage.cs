namespace Crosscheck.Pipeline;

/// <summary>One step of per-article analysis. A stage is pure: it reads the document and returns a copy with its part set.</summary>
/// <remarks>Implementations must be thread-safe: one built pipeline analyses many articles in parallel.</remarks>
public interface IAnalysisStage
{
    /// <summary>A short name for diagnostics and benchmarks ("text", "entities").</summary>
    string Name { get; }

    /// <summary>Runs the stage over <paramref name="document"/>.</summary>
    AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken);
}
