using Crosscheck.Pipeline;

namespace Crosscheck.Entities;

/// <summary>Registers the entities stage.</summary>
public static class EntityPipelineExtensions
{
    /// <summary>Adds the entities stage. Finds people, organisations, outlets, places and groups, with aliases and descriptors.</summary>
    public static AnalysisPipelineBuilder UseEntities(this AnalysisPipelineBuilder builder, EntityOptions? options = null) =>
        builder.Use(new EntityStage(options ?? EntityOptions.Default));
}
