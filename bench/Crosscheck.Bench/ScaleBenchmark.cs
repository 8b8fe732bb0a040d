using System.Globalization;
using Crosscheck.Stories;

namespace Crosscheck.Bench;

/// <summary>
/// Near-duplicate detection and story grouping over N generated articles of about 600 words. The texts are generated
/// on the fly (not held), as a stream from a store would be; signatures are computed in parallel batches. The two
/// phases run one after the other, as in <see cref="StoryEngine"/>: the duplicate index is dropped before grouping.
/// </summary>
internal static class ScaleBenchmark
{
    private const int Batch = 4096;

    /// <summary>
    /// Articles generated ahead of the grouper: few, so their texts die young. A batch of 4,096 (about 35 MB of text)
    /// outlived the youngest generation and was collected from the oldest: at 100k articles that meant 20 full
    /// collections and 4.7 s of pauses inside the grouping time, against 6 and 1.4 s with this size.
    /// </summary>
    private const int GroupBatch = 256;

    public static int Run(string[] args)
    {
        var n = int.Parse(args[0], CultureInfo.InvariantCulture);
        var generator = new Generator(seed: 42);
        var events = new int[n];
        if (!args.Contains("--no-dedup"))
        {
            Dedup(n, generator, events);
        }
        if (args.Contains("--no-group"))
        {
            return 0;
        }
        // The index is garbage now; collect it before grouping so the grouping phase's footprint is its own.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Group(n, generator, events);
        return 0;
    }

    private static void Dedup(int n, Generator generator, int[] events)
    {
        var index = new DuplicateIndex();
        var matches = new List<DuplicateMatch>();
        var copies = 0;
        var planted = 0;
        var signatures = new MinHashSignature[Batch];
        var families = new int[Batch];
        var (wall, cpu) = Measure.Time(() =>
        {
            for (var start = 0; start < n; start += Batch)
            {
                var count = Math.Min(Batch, n - start);
                Parallel.For(0, count, i =>
                {
                    var (article, family, ev) = generator.Article(start + i);
                    families[i] = family;
                    events[start + i] = ev;
                    signatures[i] = index.Hasher.Compute(article.Text);
                });
                for (var i = 0; i < count; i++)
                {
                    matches.Clear();
                    index.Add(signatures[i], matches);
                    copies += matches.Count > 0 ? 1 : 0;
                    planted += families[i] != start + i ? 1 : 0;
                    if (matches.Count > 0 && families[i] == start + i)
                    {
                        ReportUnplanted(generator, index, matches[0]);
                    }
                }
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dedup   n={n} wall={wall.TotalSeconds:0.0}s cpu={cpu.TotalSeconds:0.0}s copies found={copies} planted={planted} index={index.MemoryBytes / 1048576.0:0}MB heap={GC.GetTotalMemory(false) / 1048576.0:0}MB peak={Measure.PeakMegabytes():0}MB (text generation included)"));
    }

    /// <summary>A match the generator did not plant: printed with the exact Jaccard and containment, to tell a false match from a real one.</summary>
    private static void ReportUnplanted(Generator generator, DuplicateIndex index, DuplicateMatch match)
    {
        var a = index.Hasher.Shingles(generator.Article(match.Earlier).Article.Text);
        var b = index.Hasher.Shingles(generator.Article(match.Later).Article.Text);
        var shared = a.Intersect(b).Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"unplanted match {match.Earlier} -> {match.Later} ({match.Kind}, estimated Jaccard {match.Jaccard:0.000}): exact Jaccard {MinHasher.Jaccard(a, b):0.000}, containment {shared / (double)Math.Min(a.Length, b.Length):0.000}"));
    }

    private static void Group(int n, Generator generator, int[] events)
    {
        // Grouping is one sequential pass; generation runs ahead in parallel batches so the timing is the grouper's.
        var grouper = new StoryGrouper();
        var generated = new StoryInput[GroupBatch];
        var groupTime = TimeSpan.Zero;
        var groupCpu = TimeSpan.Zero;
        var pauses = GC.GetTotalPauseDuration();
        var fullCollections = GC.CollectionCount(2);
        StoryClusters? clusters = null;
        for (var start = 0; start < n; start += GroupBatch)
        {
            var count = Math.Min(GroupBatch, n - start);
            Parallel.For(0, count, i => (generated[i], _, events[start + i]) = generator.Article(start + i));
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
        Array.Clear(generated);
        var (finalWall, finalCpu) = Measure.Time(() => clusters = grouper.Complete());
        groupTime += finalWall;
        groupCpu += finalCpu;
        var scores = ClusteringScores.Compute(events, clusters!.Assignments);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"group   n={n} wall={groupTime.TotalSeconds:0.0}s cpu={groupCpu.TotalSeconds:0.0}s stories={clusters.Labels.Count} events={scores.GoldClusters} B3F1={scores.BCubedF1:0.000} NMI={scores.Nmi:0.000} gc pauses={(GC.GetTotalPauseDuration() - pauses).TotalSeconds:0.0}s full={GC.CollectionCount(2) - fullCollections} heap={GC.GetTotalMemory(false) / 1048576.0:0}MB peak={Measure.PeakMegabytes():0}MB"));
    }
}
