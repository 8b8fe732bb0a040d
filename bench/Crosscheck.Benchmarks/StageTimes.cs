using System.Globalization;
using Crosscheck.Pipeline;

namespace Crosscheck.Benchmarks;

/// <summary>
/// "stages [N] [SECONDS]": the analysis pipeline of the throughput target run stage by stage on the generated prose,
/// each stage's calls timed on the calling thread's CPU clock, so a change to one stage can be weighed under load, and
/// the bytes each stage allocates counted. "stages N SECONDS all" runs the default pipeline instead (signals included).
/// </summary>
internal static class StageTimes
{
    public static int Run(int count, double seconds, bool all = false, double warmup = 0)
    {
        var articles = AnalysisBuilder.Articles(count);
        var tokens = AnalysisBuilder.CountTokens(articles);
        var stages = all ? AnalysisPipeline.Default.Stages : AnalysisBenchmarks.Pipeline.Stages;
        var cpu = new double[stages.Length];
        var allocated = new long[stages.Length];
        void Round(bool timed)
        {
            foreach (var article in articles)
            {
                var document = new AnalyzedArticle(article);
                for (var s = 0; s < stages.Length; s++)
                {
                    var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                    var before = ThreadCpu.Milliseconds();
                    document = stages[s].Process(document, CancellationToken.None);
                    if (timed)
                    {
                        cpu[s] += ThreadCpu.Milliseconds() - before;
                        allocated[s] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
                    }
                }
            }
        }
        Round(timed: false); // JIT and lexicon loading
        // On one pinned core the hot methods reach optimised code only 8-15 s into the run (docs/performance.md,
        // "h-tspeed22"): without a longer warm-up the first seconds' rounds time part of the stages in tier-0 code.
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < warmup)
        {
            Round(timed: false);
        }
        var rounds = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            Round(timed: true);
            rounds++;
        }
        var total = cpu.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} articles, {tokens} tokens x {rounds} rounds: {tokens * (double)rounds / (total / 1000):N0} tokens per thread-CPU second"));
        for (var s = 0; s < stages.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stages[s].GetType().Name,-20} {cpu[s] / rounds,8:F1} ms/round  {100 * cpu[s] / total,5:F1} %  {allocated[s] / rounds / 1024.0,8:F0} KiB allocated/round"));
        }
        return 0;
    }
}
