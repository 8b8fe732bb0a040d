using System.Globalization;
using Crosscheck.Stories;
using Crosscheck.Workspace;

namespace Crosscheck.Bench;

/// <summary>Sweeps grouping settings over a labelled file in-process (one load, one JIT), printing B-cubed F1 and NMI.</summary>
internal static class Tuning
{
    public static int Run(string[] args)
    {
        var data = LabelledStories.Read(args[0]);
        for (var r = 0; r < 3; r++)
        {
            var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            _ = new DuplicateDetector().Detect(data.Articles);
            var t1 = System.Diagnostics.Stopwatch.GetElapsedTime(t0);
            var g = new StoryGrouper();
            foreach (var a in data.Articles) { g.Add(a); }
            _ = g.Complete();
            Console.WriteLine($"dedup {t1.TotalSeconds:0.000}s group {(System.Diagnostics.Stopwatch.GetElapsedTime(t0) - t1).TotalSeconds:0.000}s");
        }
        var grid = new List<StoryOptions>();
        // Settings come as name=v1,v2 pairs; the grid is their product.
        IEnumerable<StoryOptions> options = [StoryOptions.Default];
        foreach (var spec in args[1..])
        {
            var (name, values) = (spec[..spec.IndexOf('=')], spec[(spec.IndexOf('=') + 1)..].Split(','));
            options = options.SelectMany(o => values.Select(v => Set(o, name, double.Parse(v, CultureInfo.InvariantCulture)))).ToList();
        }
        foreach (var o in options)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = new StoryEngine(o).Build(data.Articles);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            var storyOf = new Dictionary<string, int>();
            for (var s = 0; s < result.Stories.Count; s++)
            {
                foreach (var m in result.Stories[s].Members)
                {
                    storyOf[m.ArticleId] = s;
                }
            }
            var scores = ClusteringScores.Compute(data.Gold, [.. data.Articles.Select(a => storyOf[a.Id])]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Describe(o)}  k={scores.PredictedClusters} B3P={scores.BCubedPrecision:0.000} B3R={scores.BCubedRecall:0.000} B3F={scores.BCubedF1:0.000} NMI={scores.Nmi:0.000} ARI={scores.AdjustedRandIndex:0.000} {elapsed.TotalSeconds:0.00}s"));
        }
        return 0;
    }

    private static string Describe(StoryOptions o) => string.Create(CultureInfo.InvariantCulture,
        $"join={o.JoinThreshold} merge={o.MergeThreshold} bg={o.BackgroundDocuments} decay={o.DecayDays} grace={o.GraceDays} title={o.TitleWeight} entity={o.EntityWeight} outlet={o.SameOutletFactor} terms={o.MaxArticleTerms} interval={o.MergeInterval} sweep={o.SweepSize}");

    private static StoryOptions Set(StoryOptions o, string name, double v) => name switch
    {
        "join" => o with { JoinThreshold = v },
        "merge" => o with { MergeThreshold = v },
        "decay" => o with { DecayDays = v },
        "title" => o with { TitleWeight = v },
        "entity" => o with { EntityWeight = v },
        "outlet" => o with { SameOutletFactor = v },
        "terms" => o with { MaxArticleTerms = (int)v },
        "centroid" => o with { MaxCentroidTerms = (int)v },
        "interval" => o with { MergeInterval = (int)v },
        "candidates" => o with { MaxCandidates = (int)v },
        "postings" => o with { MaxPostingsPerTerm = (int)v },
        "sweep" => o with { SweepSize = (int)v },
        "grace" => o with { GraceDays = v },
        "background" => o with { BackgroundDocuments = v },
        "query" => o with { QueryTerms = (int)v },
        _ => throw new ArgumentException(name),
    };
}
