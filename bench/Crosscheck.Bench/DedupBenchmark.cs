using System.Globalization;
using Crosscheck.Stories;

namespace Crosscheck.Bench;

/// <summary>
/// Dedup quality at size: every planted family's pairs are checked with exact shingle Jaccard; recall is over pairs
/// with Jaccard ≥ 0.8, precision over all grouped pairs (a grouped pair is right when both are one family).
/// </summary>
internal static class DedupBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length == 2 && File.Exists(args[0]))
        {
            // Exact Jaccard and containment of two files' texts, as the detector shingles them.
            var hasher = new MinHasher();
            var a = hasher.Shingles(File.ReadAllText(args[0]));
            var b = hasher.Shingles(File.ReadAllText(args[1]));
            var shared = a.Intersect(b).Count();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"exact Jaccard {MinHasher.Jaccard(a, b):0.000}, containment {shared / (double)Math.Min(a.Length, b.Length):0.000} ({a.Length} and {b.Length} shingles)"));
            return 0;
        }
        var n = int.Parse(args[0], CultureInfo.InvariantCulture);
        var generator = new Generator(seed: 7) { CopyShare = 0.2 };
        var articles = new StoryInput[n];
        var families = new int[n];
        Parallel.For(0, n, i => (articles[i], families[i], _) = generator.Article(i));
        IReadOnlyList<DuplicateGroup> groups = [];
        var (wall, cpu) = Measure.Time(() => groups = new DuplicateDetector().Detect(articles));
        var position = new Dictionary<string, int>();
        for (var i = 0; i < n; i++)
        {
            position[articles[i].Id] = i;
        }
        var groupOf = new Dictionary<int, int>();
        for (var g = 0; g < groups.Count; g++)
        {
            groupOf[position[groups[g].OriginalId]] = g;
            foreach (var copy in groups[g].Copies)
            {
                groupOf[position[copy.ArticleId]] = g;
            }
        }
        var hasher2 = new MinHasher();
        long truePairs = 0, found = 0, predicted = 0, correct = 0;
        foreach (var family in Enumerable.Range(0, n).GroupBy(i => families[i]).Where(f => f.Count() > 1))
        {
            var members = family.ToList();
            var shingles = members.Select(m => hasher2.Shingles(articles[m].Text)).ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    if (MinHasher.Jaccard(shingles[x], shingles[y]) >= 0.8)
                    {
                        truePairs++;
                        found += groupOf.TryGetValue(members[x], out var gx) && groupOf.TryGetValue(members[y], out var gy) && gx == gy ? 1 : 0;
                    }
                }
            }
        }
        foreach (var members in groupOf.GroupBy(kv => kv.Value, kv => kv.Key).Select(g => g.ToList()))
        {
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    predicted++;
                    correct += families[members[x]] == families[members[y]] ? 1 : 0;
                }
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dedup quality n={n}: recall {found}/{truePairs} = {(double)found / truePairs:0.0000} (pairs with exact Jaccard >= 0.8), precision {correct}/{predicted} = {(double)correct / predicted:0.0000}; wall {wall.TotalSeconds:0.0}s cpu {cpu.TotalSeconds:0.0}s"));
        return 0;
    }
}
