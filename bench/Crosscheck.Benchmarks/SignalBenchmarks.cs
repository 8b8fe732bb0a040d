using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;

namespace Crosscheck.Benchmarks;

/// <summary>
/// What the signals stage adds to per-article analysis: the default pipeline with and without it, and the stage alone
/// with and without the trained model, on an invented 600-word tabloid-style article.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRun))]
public class SignalBenchmarks
{
    private const string Paragraph =
        "BOMBSHELL: Kelm council's budget sent shockwaves through the city on Tuesday, the Evening Lantern can reveal. " +
        "Council leader Mara Ostrow slammed the roads programme as a shameless giveaway and tore up 40 million euros of " +
        "spending. \"We have tried to protect the bus network,\" she told reporters after the vote, which passed by 31 " +
        "votes to 12. Is anyone in charge? Furious drivers say the catastrophic cuts will leave the roads in chaos. " +
        "Officials said the new routes would open in the summer, and the regional auditor is expected to publish its " +
        "assessment next month. Critics, speaking on condition of anonymity, called the plan a disgrace for Varnholt.\n\n";

    private readonly Article _article = new() { Id = "bench", Source = "bench", Text = string.Concat(Enumerable.Repeat(Paragraph, 6)) };
    private AnalysisPipeline _withoutSignals = null!;
    private AnalyzedArticle _beforeSignals = null!;
    private SignalStage _withModel = null!;
    private SignalStage _lexiconOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = new AnalysisPipelineBuilder();
        foreach (var stage in AnalysisPipeline.Default.Stages)
        {
            if (stage is not SignalStage)
            {
                builder.Use(stage);
            }
        }
        _withoutSignals = builder.Build();
        _beforeSignals = _withoutSignals.Analyze(_article);
        _withModel = new SignalStage(SignalOptions.Default);
        _lexiconOnly = new SignalStage(SignalOptions.Default with { Model = null });
    }

    [Benchmark(Baseline = true)]
    public AnalyzedArticle PipelineWithoutSignals() => _withoutSignals.Analyze(_article);

    [Benchmark]
    public AnalyzedArticle PipelineWithSignals() => AnalysisPipeline.Default.Analyze(_article);

    [Benchmark]
    public AnalyzedArticle SignalStageWithModel() => _withModel.Process(_beforeSignals, CancellationToken.None);

    [Benchmark]
    public AnalyzedArticle SignalStageLexiconOnly() => _lexiconOnly.Process(_beforeSignals, CancellationToken.None);

    /// <summary>A short run inside this process: building a separate benchmark exe times out on a busy machine.</summary>
    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
