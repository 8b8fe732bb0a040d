using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Storage;
using Crosscheck.Stories;

namespace Crosscheck.Workspace;

/// <summary>Stories: near-duplicates and story grouping over stored articles, one story's cross-check, and their scoring.</summary>
public sealed partial class CrosscheckWorkspace
{
    /// <summary>
    /// Groups the stored articles (published at or after <paramref name="since"/> when given) into stories.
    /// </summary>
    /// <remarks>
    /// Stories are computed on the fly rather than stored: grouping is one pass over the articles (a few seconds of CPU per
    /// ten thousand full articles), a stored assignment would go stale whenever an earlier article arrives late or the settings change,
    /// and story ids derive from the earliest article so they stay put between runs on the same data.
    /// </remarks>
    public static async Task<IReadOnlyList<StoryView>> ListStoriesAsync(
        IArticleStore store, DateTimeOffset? since = null, StoryEngine? engine = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articles = new List<Article>();
        await foreach (var article in store.ListArticlesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (since is null || article.PublishedAt >= since)
            {
                articles.Add(article);
            }
        }
        var inputs = new StoryInput[articles.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = ToStoryInput(articles[i]);
        }
        return Views((engine ?? new StoryEngine()).Build(inputs, cancellationToken), articles);
    }

    /// <summary>One story with its cross-check: the stored articles are grouped, then the story's articles analysed and compared.</summary>
    /// <returns>The story, or null when no story has that id.</returns>
    public async Task<StoryDetail?> GetStoryAsync(
        IArticleStore store, string storyId, DateTimeOffset? since = null, StoryEngine? engine = null, CancellationToken cancellationToken = default)
    {
        var stories = await ListStoriesAsync(store, since, engine, cancellationToken).ConfigureAwait(false);
        StoryView? found = null;
        foreach (var story in stories)
        {
            if (string.Equals(story.Story.Id, storyId, StringComparison.OrdinalIgnoreCase))
            {
                found = story;
                break;
            }
        }
        if (found is null)
        {
            return null;
        }
        var analyses = AnalyzeArticles(found.Articles, cancellationToken: cancellationToken);
        return new StoryDetail(found, Compare(analyses, cancellationToken));
    }

    /// <summary>Scores story grouping against the gold story ids of a labelled JSONL file (see <see cref="LabelledStories.Read"/>).</summary>
    public static StoryEvaluation EvaluateStories(string path, StoryEngine? engine = null, CancellationToken cancellationToken = default)
    {
        var data = LabelledStories.Read(path);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = (engine ?? new StoryEngine()).Build(data.Articles, cancellationToken);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var storyOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < result.Stories.Count; s++)
        {
            foreach (var member in result.Stories[s].Members)
            {
                storyOf[member.ArticleId] = s;
            }
        }
        var predicted = new int[data.Articles.Count];
        for (var i = 0; i < predicted.Length; i++)
        {
            predicted[i] = storyOf[data.Articles[i].Id];
        }
        var copies = 0;
        foreach (var group in result.Duplicates)
        {
            copies += group.Copies.Count;
        }
        return new StoryEvaluation(data.Format, ClusteringScores.Compute(data.Gold, predicted), copies, elapsed);
    }

    /// <summary>Groups analysed articles into stories, using their entities as well as their terms.</summary>
    public static StoryResult GroupAnalyzed(IReadOnlyList<AnalyzedArticle> analyses, StoryEngine? engine = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var inputs = new StoryInput[analyses.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = ToStoryInput(analyses[i].Article, analyses[i]);
        }
        return (engine ?? new StoryEngine()).Build(inputs, cancellationToken);
    }

    /// <summary>The analyses of the story with the most articles (ties: the earliest story), in the story's order.</summary>
    internal static IReadOnlyList<AnalyzedArticle> LargestStory(StoryResult stories, IReadOnlyList<AnalyzedArticle> analyses)
    {
        Story? largest = null;
        foreach (var story in stories.Stories)
        {
            if (largest is null || story.Members.Count > largest.Members.Count)
            {
                largest = story;
            }
        }
        if (largest is null)
        {
            return [];
        }
        var byId = new Dictionary<string, AnalyzedArticle>(StringComparer.Ordinal);
        foreach (var analysis in analyses)
        {
            byId.TryAdd(analysis.Article.Id, analysis);
        }
        var members = new List<AnalyzedArticle>(largest.Members.Count);
        foreach (var member in largest.Members)
        {
            members.Add(byId[member.ArticleId]);
        }
        return members;
    }

    /// <summary>What grouping needs of an article; entity keys come from the analysis when there is one.</summary>
    public static StoryInput ToStoryInput(Article article, AnalyzedArticle? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var input = new StoryInput(article.Id, article.Title, article.Text, article.Outlet, article.PublishedAt);
        if (analysis is null || analysis.Mentions.Count == 0)
        {
            return input;
        }
        var keys = new List<string>(analysis.Mentions.Count);
        foreach (var mention in analysis.Mentions)
        {
            keys.Add(mention.Key);
        }
        return input with { Entities = keys };
    }

    private static List<StoryView> Views(StoryResult result, IReadOnlyList<Article> articles)
    {
        var byId = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            byId.TryAdd(article.Id, article);
        }
        var views = new List<StoryView>(result.Stories.Count);
        foreach (var story in result.Stories)
        {
            var members = new List<Article>(story.Members.Count);
            foreach (var member in story.Members)
            {
                members.Add(byId[member.ArticleId]);
            }
            views.Add(new StoryView(story, members, result.Duplicates));
        }
        return views;
    }
}
