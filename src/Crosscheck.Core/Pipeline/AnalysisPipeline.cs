using System.Collections.Immutable;
using Crosscheck.Documents;

namespace Crosscheck.Pipeline;

/// <summary>An immutable, ordered set of analysis stages. Build one with <see cref="AnalysisPipelineBuilder"/>.</summary>
/// <remarks>Thread-safe: build it once and share it.</remarks>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(ImmutableArray<IAnalysisStage> stages) => Stages = stages;

    /// <summary>The stages in the order they run.</summary>
    public ImmutableArray<IAnalysisStage> Stages { get; }

    /// <summary>A pipeline with every standard stage and default options.</summary>
    public static AnalysisPipeline Default { get; } = new AnalysisPipelineBuilder().UseDefaults().Build();

    /// <summary>Analyses one article.</summary>
    public AnalyzedArticle Analyze(Article article, CancellationToken cancellationToken = default)
    {
        var document = new AnalyzedArticle(article);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = stage.Process(document, cancellationToken);
        }
        if (document.Words is { } words)
        {
            // The ids are the stages' working data in a rented array: off the result, back to the pool.
            document = document with { Words = null };
            words.Return();
        }
        return document;
    }
}
