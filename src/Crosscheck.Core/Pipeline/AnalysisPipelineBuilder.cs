using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Entities;
using Crosscheck.Signals;
using Crosscheck.Text;

namespace Crosscheck.Pipeline;

/// <summary>Collects stages for an <see cref="AnalysisPipeline"/>. Stages are usually added with the <c>UseX()</c> extensions.</summary>
/// <remarks>Not thread-safe; the pipeline it builds is.</remarks>
public sealed class AnalysisPipelineBuilder
{
    private readonly List<IAnalysisStage> _stages = [];

    /// <summary>Appends a stage, replacing any earlier stage of the same type.</summary>
    public AnalysisPipelineBuilder Use(IAnalysisStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.RemoveAll(existing => existing.GetType() == stage.GetType());
        _stages.Add(stage);
        return this;
    }

    /// <summary>Adds the standard stages in their standard order: text, entities, attribution, claims, signals.</summary>
    public AnalysisPipelineBuilder UseDefaults() =>
        this.UseText().UseEntities().UseAttribution().UseClaims().UseSignals();

    /// <summary>Freezes the stages into a pipeline.</summary>
    public AnalysisPipeline Build() => new([.. _stages]);
}
