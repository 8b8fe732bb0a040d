using Crosscheck.Documents;
using Crosscheck.Evaluation.Attribution;

namespace Crosscheck.Workspace;

public sealed partial class CrosscheckWorkspace
{
    /// <summary>
    /// Analyses every article of a brat attribution folder (PolNeAR layout or plain NAME.txt + NAME.ann) with this
    /// workspace's pipeline, in parallel, and scores its quotes with <see cref="AttributionScorer"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">The folder holds no annotated article.</exception>
    public AttributionEvaluation EvaluateAttribution(string directory, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var documents = AttributionCorpus.Load(directory, cancellationToken);
        var articles = new Article[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            articles[i] = new Article { Id = documents[i].Id, Source = documents[i].Id, Text = documents[i].Text };
        }
        var analyses = AnalyzeArticles(articles, 0, progress, cancellationToken);
        var scored = new (BratAttributionDocument, IReadOnlyList<PredictedAttribution>)[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            scored[i] = (documents[i], PredictedAttribution.FromQuotes(analyses[i].Quotes));
        }
        return AttributionScorer.Score(scored);
    }
}
