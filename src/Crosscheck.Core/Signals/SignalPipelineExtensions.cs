using Crosscheck.Pipeline;

namespace Crosscheck.Signals;

/// <summary>Registers the signals stage.</summary>
public static class SignalPipelineExtensions
{
    /// <summary>Adds the signals stage. Finds manipulation signals and scores sensationalism.</summary>
    public static AnalysisPipelineBuilder UseSignals(this AnalysisPipelineBuilder builder, SignalOptions? options = null) =>
        builder.Use(new SignalStage(options ?? SignalOptions.Default));
}
