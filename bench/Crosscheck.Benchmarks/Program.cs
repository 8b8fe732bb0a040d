using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;
using Crosscheck.Benchmarks;

// "export-text FILE [N]": writes the generated corpus (articles separated by a form feed line) for bench/compare/wink.
// "quick [N] [SECONDS] [WARMUP]": a plain stopwatch loop printing tokens/s, for a fast look without BenchmarkDotNet (WARMUP seconds, 3 unless given).
// "stages [N] [SECONDS] [all|-] [WARMUP]": the same loop timed stage by stage on the thread's CPU clock ("all": the default pipeline, signals included; "-": the four stages), after one round and WARMUP seconds (0 unless given) untimed.
// "stage-ab-pipeline DIR_A DIR_B [TEXTS] [ROUNDS] [STAGE]": one stage of two builds, each timed right after its build's other stages, article by article.
// "signals-overhead [DIR] [ROUNDS]": pipeline with vs without the signals stage, alternating in one process.
// "signals-gate DIR [CACHE] [GATE[/ODDS[/THRESHOLD]]...]": what the analysis shows on PTC data out of fold, and what it costs, per candidate gate (and sentence odds gate, analysis segment threshold).
// Anything else goes to BenchmarkDotNet's switcher, e.g. "--filter *AnalysisBenchmarks*".
if (args.Length > 0 && args[0] == "export-text")
{
    var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
    File.WriteAllText(args[1], string.Join("\n\f\n", NewsProse.Generate(count)), new UTF8Encoding(false));
    return 0;
}
if (args.Length > 0 && args[0] == "quick")
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
    var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 10;
    // On one pinned core the runtime promotes the last hot methods to optimised code only 8-15 s into the run, so 3 s of
    // warm-up leaves part of an 8-second window in tier-0 code (docs/performance.md, "h-tspeed22"); a longer warm-up
    // reads the steady state.
    var warmup = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 3;
    var articles = AnalysisBuilder.Articles(count);
    var tokens = AnalysisBuilder.CountTokens(articles);
    var pipeline = AnalysisBenchmarks.Pipeline;
    // Warm-up for 3 s, not one round: on a single core (taskset, a one-CPU container) .NET promotes hot methods from
    // quick tier-0 code to optimised code seconds later than on two, and a short run then measures the JIT, not the
    // analysis. wink.mjs warms up the same way.
    var warm = Stopwatch.StartNew();
    do
    {
        foreach (var article in articles)
        {
            pipeline.Analyze(article);
        }
    }
    while (warm.Elapsed.TotalSeconds < warmup);
    var rounds = 0;
    var clock = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        foreach (var article in articles)
        {
            pipeline.Analyze(article);
        }
        rounds++;
    }
    var wall = clock.Elapsed.TotalSeconds;
    var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{count} articles, {tokens} tokens x {rounds} rounds: {tokens * (double)rounds / wall:N0} tokens/s wall, {tokens * (double)rounds / used:N0} tokens/s of process CPU time"));
    return 0;
}
if (args.Length > 0 && args[0] == "stages")
{
    return StageTimes.Run(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50,
        args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 10,
        args.Length > 3 && args[3] == "all",
        args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 0);
}
if (args.Length > 1 && args[0] == "signals-gate")
{
    return SignalGate.Run(args[1], args.Length > 2 && args[2].Length > 0 ? args[2] : null,
        [.. args.Skip(3).Select(a => a.Split('/') is var parts && parts.Length > 1
            ? (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture),
                parts.Length > 2 ? double.Parse(parts[2], CultureInfo.InvariantCulture) : Crosscheck.Signals.SignalOptions.Default.SegmentThreshold!.Value)
            : (double.Parse(a, CultureInfo.InvariantCulture), Crosscheck.Signals.SignalOptions.Default.SentenceOddsGate, Crosscheck.Signals.SignalOptions.Default.SegmentThreshold!.Value))]);
}
if (args.Length > 2 && args[0] == "stage-ab-pipeline")
{
    return StageAb.RunInPipeline(args[1], args[2], args.Length > 3 ? args[3] : null,
        args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 5, args.Length > 5 ? args[5] : "SignalStage");
}
if (args.Length > 2 && args[0] == "stage-ab")
{
    return StageAb.Run(args[1], args[2], args.Length > 3 ? args[3] : null,
        args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 20, args.Length > 5 ? args[5] : "SignalStage");
}
if (args.Length > 0 && args[0] == "signals-stage")
{
    return SignalOverhead.RunStage(args.Length > 1 ? args[1] : null, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
}
if (args.Length > 0 && args[0] == "signals-overhead")
{
    return SignalOverhead.Run(args.Length > 1 ? args[1] : null, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
}
BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);
return 0;
