using System.Globalization;
using Crosscheck.Stories;

namespace Crosscheck.Bench;

/// <summary>
/// Near-duplicate detection and story grouping over N generated articles of about 600 words. The texts are generated
/// on the fly (not held), as a stream from a store would be; signatures are computed in parallel batches.
/// </summary>
internal static class ScaleBenchmark
{
    public static int Run(string[] args)
    {
        var n = int.Parse(args[0], CultureInfo.InvariantCulture);
        var generator = new Generator(seed: 42);
        var index = new DuplicateIndex();
        var matches = new List<DuplicateMatch>();
        var copies = 0;
        var families = new int[n];
        var events = new int[n];
        const int Batch = 4096;
        var (dedupWall, dedupCpu) = Measure.Time(() =>
        {
            var signatures = new MinHashSignature[Batch];
            for (var start = 0; start < n; start += Batch)
            {
                var count = Math.Min(Batch, n - start);
                Parallel.For(0, count, i =>
                {
                    var (article, family, ev) = generator.Article(start + i);
                    families[start + i] = family;
                    events[start + i] = ev;
                    signatures[i] = index.Hasher.Compute(article.Text);
                });
                for (var i = 0; i < count; i++)
                {
                    matches.Clear();
                    index.Add(signatures[i], matches);
                    copies += matches.Count > 0 ? 1 : 0;
                }
            }
        });
        var planted = 0;
        for (var i = 0; i < n; i++)
        {
            planted += families[i] != i ? 1 : 0;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dedup   n={n} wall={dedupWall.TotalSeconds:0.0}s cpu={dedupCpu.TotalSeconds:0.0}s copies found={copies} planted={planted} peak={Measure.PeakMegabytes():0}MB (text generation included)"));
        if (args.Contains("--no-group"))
        {
            return 0;
        }

        // Grouping is one sequential pass; generation runs ahead in parallel batches so the timing is the grouper's.
        var grouper = new StoryGrouper();
        var generated = new StoryInput[Batch];
        var groupTime = TimeSpan.Zero;
        var groupCpu = TimeSpan.Zero;
        StoryClusters? clusters = null;
        for (var start = 0; start < n; start += Batch)
        {
            var count = Math.Min(Batch, n - start);
            Parallel.For(0, count, i => generated[i] = generator.Article(start + i).Article);
            var (wall, cpu) = Measure.Time(() =>
            {
                for (var i = 0; i < count; i++)
                {
                    grouper.Add(generated[i]);
                }
            });
            groupTime += wall;
            groupCpu += cpu;
        }
        var (finalWall, finalCpu) = Measure.Time(() => clusters = grouper.Complete());
        groupTime += finalWall;
        groupCpu += finalCpu;
        var scores = ClusteringScores.Compute(events, clusters!.Assignments);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"group   n={n} wall={groupTime.TotalSeconds:0.0}s cpu={groupCpu.TotalSeconds:0.0}s stories={clusters.Labels.Count} events={scores.GoldClusters} B3F1={scores.BCubedF1:0.000} NMI={scores.Nmi:0.000} peak={Measure.PeakMegabytes():0}MB"));
        return 0;
    }
}
