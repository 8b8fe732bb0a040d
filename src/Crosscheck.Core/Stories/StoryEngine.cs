namespace Crosscheck.Stories;

/// <summary>
/// Runs near-duplicate detection and then story grouping over a batch of articles in time order: a copy always joins
/// the story of what it copies, everything else goes through <see cref="StoryGrouper"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; each call builds its own index and grouper.</remarks>
public sealed class StoryEngine(StoryOptions? stories = null, DuplicateOptions? duplicates = null)
{
    private const int IdLength = 12;

    /// <summary>Grouping settings.</summary>
    public StoryOptions StoryOptions { get; } = stories ?? StoryOptions.Default;

    /// <summary>Duplicate-detection settings.</summary>
    public DuplicateOptions DuplicateOptions { get; } = duplicates ?? DuplicateOptions.Default;

    /// <summary>Groups <paramref name="articles"/> (any order; they are taken by publication time, unknown last).</summary>
    public StoryResult Build(IReadOnlyList<StoryInput> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var duplicates = new DuplicateDetector(DuplicateOptions).Detect(articles, cancellationToken);
        var originalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in duplicates)
        {
            foreach (var copy in group.Copies)
            {
                originalOf[copy.ArticleId] = group.OriginalId;
            }
        }

        var order = DuplicateDetector.TimeOrder(articles);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var grouper = new StoryGrouper(StoryOptions);
        for (var i = 0; i < order.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = articles[order[i]];
            int? sameAs = originalOf.TryGetValue(article.Id, out var original) && position.TryGetValue(original, out var at) ? at : null;
            position.TryAdd(article.Id, i);
            grouper.Add(article, sameAs);
        }
        var clusters = grouper.Complete();

        var members = new List<int>[clusters.Labels.Count];
        for (var i = 0; i < order.Length; i++)
        {
            (members[clusters.Assignments[i]] ??= []).Add(order[i]);
        }
        var ids = new string[members.Length];
        for (var s = 0; s < members.Length; s++)
        {
            var first = articles[members[s][0]].Id;
            ids[s] = "s" + (first.Length > IdLength ? first[..IdLength] : first);
        }
        var result = new List<Story>(members.Length);
        for (var s = 0; s < members.Length; s++)
        {
            DateTimeOffset? from = null, to = null;
            var outlets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var list = new List<StoryMember>(members[s].Count);
            foreach (var index in members[s])
            {
                var article = articles[index];
                if (article.PublishedAt is { } time)
                {
                    from = from is null || time < from ? time : from;
                    to = to is null || time > to ? time : to;
                }
                if (article.Outlet.Length > 0)
                {
                    outlets.Add(article.Outlet);
                }
                list.Add(new StoryMember(article.Id, originalOf.GetValueOrDefault(article.Id)));
            }
            result.Add(new Story(ids[s], clusters.Labels[s], from, to, list, outlets.Count, ids[clusters.Storylines[s]]));
        }
        return new StoryResult(result, duplicates);
    }
}
