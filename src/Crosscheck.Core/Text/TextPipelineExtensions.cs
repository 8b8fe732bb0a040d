using Crosscheck.Pipeline;

namespace Crosscheck.Text;

/// <summary>Registers the text stage.</summary>
public static class TextPipelineExtensions
{
    /// <summary>Adds tokenisation and sentence splitting.</summary>
    public static AnalysisPipelineBuilder UseText(this AnalysisPipelineBuilder builder) => builder.Use(new TextStage());
}
