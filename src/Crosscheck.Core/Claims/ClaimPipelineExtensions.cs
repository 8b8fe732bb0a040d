using Crosscheck.Pipeline;

namespace Crosscheck.Claims;

/// <summary>Registers the claims stage.</summary>
public static class ClaimPipelineExtensions
{
    /// <summary>Adds the claims stage. Finds check-worthy claims and their modality.</summary>
    public static AnalysisPipelineBuilder UseClaims(this AnalysisPipelineBuilder builder, ClaimOptions? options = null) =>
        builder.Use(new ClaimStage(options ?? ClaimOptions.Default));
}
