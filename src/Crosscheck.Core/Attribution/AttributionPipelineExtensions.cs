using Crosscheck.Pipeline;

namespace Crosscheck.Attribution;

/// <summary>Registers the attribution stage.</summary>
public static class AttributionPipelineExtensions
{
    /// <summary>Adds the attribution stage. Finds quotes, speakers, cues, venues and citations.</summary>
    public static AnalysisPipelineBuilder UseAttribution(this AnalysisPipelineBuilder builder, AttributionOptions? options = null) =>
        builder.Use(new AttributionStage(options ?? AttributionOptions.Default));
}
