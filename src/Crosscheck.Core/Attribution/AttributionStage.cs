using Crosscheck.Pipeline;

namespace Crosscheck.Attribution;

/// <summary>Finds quotes, speakers, cues, venues and citations.</summary>
/// <param name="options">The stage's options.</param>
/// <remarks>
/// Thread-safe: all working state lives in a per-call extractor. Uses the entities stage's mentions when present
/// (a speaker is the Person mention's key) and otherwise finds names, pronouns and descriptor phrases itself.
/// </remarks>
public sealed class AttributionStage(AttributionOptions options) : IAnalysisStage
{
    private readonly AttributionOptions _options = options;

    /// <inheritdoc/>
    public string Name => "attribution";

    /// <inheritdoc/>
    public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Article.Text.Length == 0)
        {
            return document with { Quotes = [], Citations = [] };
        }
        var (quotes, citations) = new AttributionExtractor(document, _options).Run(cancellationToken);
        return document with { Quotes = QuoteReporting.Classify(quotes, _options.CueModel), Citations = citations };
    }
}
