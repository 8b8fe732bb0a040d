namespace Crosscheck.Stories;

/// <summary>Finds groups of copies in a batch of articles, taking them in time order so the earliest is the original.</summary>
/// <remarks>Immutable and thread-safe; signatures are computed in parallel, the index is filled in one pass.</remarks>
public sealed class DuplicateDetector(DuplicateOptions? options = null)
{
    private const int Batch = 4096;

    /// <summary>The settings.</summary>
    public DuplicateOptions Options { get; } = options ?? DuplicateOptions.Default;

    /// <summary>The groups of copies among <paramref name="articles"/>, ordered by their original's time.</summary>
    public IReadOnlyList<DuplicateGroup> Detect(IReadOnlyList<StoryInput> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var order = TimeOrder(articles);
        var index = new DuplicateIndex(Options);
        // Signatures are computed in parallel a batch at a time, so only one batch of full signatures is ever held.
        var signatures = new MinHashSignature[Math.Min(Batch, articles.Count)];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };

        var matches = new List<DuplicateMatch>();
        var groupOf = new int[articles.Count];
        var link = new DuplicateMatch?[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i % Batch == 0)
            {
                var start = i;
                Parallel.For(0, Math.Min(Batch, articles.Count - start), parallel,
                    j => signatures[j] = index.Hasher.Compute(articles[order[start + j]].Text));
            }
            matches.Clear();
            index.Add(signatures[i % Batch], matches);
            groupOf[i] = i;
            DuplicateMatch? best = null;
            foreach (var match in matches)
            {
                if (best is null || Score(match) > Score(best.Value))
                {
                    best = match;
                }
            }
            if (best is { } found)
            {
                // A copy joins the group of what it copies; the group's root stays the earliest text.
                groupOf[i] = groupOf[found.Earlier];
                link[i] = found;
            }
        }

        var groups = new Dictionary<int, List<DuplicateMember>>();
        var roots = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (link[i] is not { } match)
            {
                continue;
            }
            var root = groupOf[i];
            if (!groups.TryGetValue(root, out var copies))
            {
                groups[root] = copies = [];
                roots.Add(root);
            }
            copies.Add(new DuplicateMember(
                articles[order[i]].Id, articles[order[match.Earlier]].Id, match.Jaccard, match.Containment, match.Kind));
        }
        roots.Sort();
        var result = new List<DuplicateGroup>(roots.Count);
        foreach (var root in roots)
        {
            result.Add(new DuplicateGroup(articles[order[root]].Id, groups[root]));
        }
        return result;
    }

    /// <summary>Near copies rank above partial ones, then by similarity.</summary>
    private static double Score(DuplicateMatch match) => (match.Kind == DuplicateKind.NearCopy ? 2 : 0) + match.Jaccard;

    /// <summary>Indices of <paramref name="articles"/> by publication time (unknown last), ties in input order.</summary>
    internal static int[] TimeOrder(IReadOnlyList<StoryInput> articles)
    {
        var order = new int[articles.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        var keys = new long[articles.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = articles[i].PublishedAt?.UtcTicks ?? long.MaxValue;
        }
        // A stable sort: equal times keep input order, which keeps the result deterministic.
        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        return order;
    }
}
