using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;

namespace Crosscheck.Benchmarks;

/// <summary>
/// "signals-overhead [DIR] [ROUNDS]": the default pipeline with and without the signals stage on the same articles,
/// alternating in one process, so machine load hits both sides alike and cancels out of the ratio. Articles are the
/// .txt files of DIR (e.g. PTC's articles folder; read at run time, never stored) or the generated news prose.
/// </summary>
public static class SignalOverhead
{
    /// <summary>Runs the comparison and prints the overhead ratio.</summary>
    public static int Run(string? directory, int rounds)
    {
        var articles = string.IsNullOrEmpty(directory) ? AnalysisBuilder.Articles(50) : Read(directory);
        var without = new AnalysisPipelineBuilder();
        var lexiconOnly = new AnalysisPipelineBuilder();
        foreach (var stage in AnalysisPipeline.Default.Stages)
        {
            without.Use(stage is SignalStage ? new NoStage() : stage);
            lexiconOnly.Use(stage is SignalStage ? new SignalStage(SignalOptions.Default with { Model = null }) : stage);
        }
        var pipelines = new[] { without.Build(), AnalysisPipeline.Default, lexiconOnly.Build() };
        // With SIGNALS_FOLD_MODELS=CACHE (the fold models signals-gate writes) and PTC's articles, each article is analysed
        // by the model of the fold that held it out, as `eval propaganda --folds 5` deals them: the stage's cost on text its
        // model has not seen. The shipped model was trained on PTC's train articles and fires about twice as often on them.
        // SIGNALS_ODDS_GATE=X sets their SignalOptions.SentenceOddsGate.
        var foldModels = Environment.GetEnvironmentVariable("SIGNALS_FOLD_MODELS");
        AnalysisPipeline[]? held = null;
        int[]? fold = null;
        if (!string.IsNullOrEmpty(foldModels))
        {
            fold = Crosscheck.Workspace.CrosscheckWorkspace.PropagandaFolds(articles.Length, 5, PropagandaTrainingOptions.Default.Seed);
            // SIGNALS_ODDS_GATE sets the fold models' sentence odds gate (0: without the cascade, as before round 11).
            var oddsGate = double.TryParse(Environment.GetEnvironmentVariable("SIGNALS_ODDS_GATE"), CultureInfo.InvariantCulture, out var g)
                ? g : SignalOptions.Default.SentenceOddsGate;
            held = new AnalysisPipeline[5];
            for (var k = 0; k < held.Length; k++)
            {
                using var reader = new StreamReader(Path.Combine(foldModels, $"fold-{k}.txt"));
                var model = SignalModel.Read(reader);
                var builder = new AnalysisPipelineBuilder();
                foreach (var stage in AnalysisPipeline.Default.Stages)
                {
                    builder.Use(stage is SignalStage ? new SignalStage(SignalOptions.Default with { Model = model, SentenceOddsGate = oddsGate }) : stage);
                }
                held[k] = builder.Build();
            }
        }
        AnalysisPipeline PipelineFor(int p, int a) => p == 1 && held is not null ? held[fold![a]] : pipelines[p];
        var wall = new double[pipelines.Length];
        var cpu = new double[pipelines.Length];
        // Warm-up: lexicons, the model file, and enough calls for tiered JIT to reach its optimised code; then a pause so
        // background compilation does not land in the measured rounds (it counts as process CPU time).
        for (var warm = 0; warm < 4; warm++)
        {
            for (var p = 0; p < pipelines.Length; p++)
            {
                for (var a = 0; a < articles.Length; a++)
                {
                    PipelineFor(p, a).Analyze(articles[a]);
                }
            }
            Thread.Sleep(200);
        }
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            // Alternate article by article, rotating the order, so a neighbour's burst or a GC hits every side alike.
            var roundCpu = new double[pipelines.Length];
            for (var a = 0; a < articles.Length; a++)
            {
                for (var k = 0; k < pipelines.Length; k++)
                {
                    var p = (k + a + round) % pipelines.Length;
                    var cpuBefore = ThreadCpu.Milliseconds();
                    var wallBefore = Stopwatch.GetTimestamp();
                    PipelineFor(p, a).Analyze(articles[a]);
                    wall[p] += Stopwatch.GetElapsedTime(wallBefore).TotalMilliseconds;
                    roundCpu[p] += ThreadCpu.Milliseconds() - cpuBefore;
                }
            }
            for (var p = 0; p < pipelines.Length; p++)
            {
                cpu[p] += roundCpu[p];
            }
            ratios.Add(roundCpu[1] / roundCpu[0] - 1);
        }
        ratios.Sort();
        var n = (double)articles.Length * rounds;
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"{articles.Length} articles x {rounds} rounds{(held is null ? "" : ", fold models (out of fold)")}, per article (wall / thread CPU):"));
        string[] names = ["without signals", "with signals (lexicons + model)", "with signals (lexicons only)"];
        for (var p = 0; p < pipelines.Length; p++)
        {
            Console.WriteLine(string.Create(invariant, $"  {names[p],-32} {wall[p] / n:0.000} ms  {cpu[p] / n:0.000} ms"));
        }
        Console.WriteLine(string.Create(invariant,
            $"  overhead of signals: {(wall[1] / wall[0] - 1) * 100:0.0} % wall, {(cpu[1] / cpu[0] - 1) * 100:0.0} % CPU (lexicons only: {(wall[2] / wall[0] - 1) * 100:0.0} % wall, {(cpu[2] / cpu[0] - 1) * 100:0.0} % CPU)"));
        Console.WriteLine(string.Create(invariant,
            $"  per round, CPU: median {ratios[ratios.Count / 2] * 100:0.0} %, range {ratios[0] * 100:0.0}-{ratios[^1] * 100:0.0} %"));
        return 0;
    }

    /// <summary>
    /// "signals-stage [DIR] [ROUNDS]": the signals stage alone, on articles analysed once by the rest of the pipeline; the
    /// best round's thread CPU per article. The best of many rounds reads a small change that the overhead ratio, two
    /// whole pipelines apart, hides under its run-to-run spread.
    /// </summary>
    public static int RunStage(string? directory, int rounds)
    {
        var articles = string.IsNullOrEmpty(directory) ? AnalysisBuilder.Articles(50) : Read(directory);
        var without = new AnalysisPipelineBuilder();
        SignalStage? signals = null;
        foreach (var stage in AnalysisPipeline.Default.Stages)
        {
            if (stage is SignalStage s)
            {
                signals = s;
            }
            else
            {
                without.Use(stage);
            }
        }
        if (signals is null)
        {
            Console.Error.WriteLine("The default pipeline has no signals stage.");
            return 1;
        }
        var pipeline = without.Build();
        var analysed = articles.Select(a => pipeline.Analyze(a)).ToArray();
        for (var warm = 0; warm < 4; warm++)
        {
            foreach (var document in analysed)
            {
                signals.Process(document, CancellationToken.None);
            }
        }
        Thread.Sleep(200);
        var best = double.MaxValue;
        var total = 0.0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        for (var round = 0; round < rounds; round++)
        {
            var before = ThreadCpu.Milliseconds();
            foreach (var document in analysed)
            {
                signals.Process(document, CancellationToken.None);
            }
            var elapsed = ThreadCpu.Milliseconds() - before;
            best = Math.Min(best, elapsed);
            total += elapsed;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"signals stage, {articles.Length} articles x {rounds} rounds: best {best / articles.Length:0.0000} ms, mean {total / rounds / articles.Length:0.0000} ms per article (thread CPU)"));
        // What the stage allocates, and the collections that costs: gen-0 collections run on the allocating thread.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocated {(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)rounds / articles.Length / 1024:0.0} KB per article; collections gen0/1/2 {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}"));
        return 0;
    }

    private static Article[] Read(string directory)
    {
        var files = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToArray();
        return [.. files.Select(f => new Article { Id = Path.GetFileName(f), Source = "bench", Text = File.ReadAllText(f, Encoding.UTF8) })];
    }

    /// <summary>Stands in for the signals stage so both pipelines have the same number of stages.</summary>
    private sealed class NoStage : IAnalysisStage
    {
        public string Name => "signals";

        public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken) => document;
    }
}
