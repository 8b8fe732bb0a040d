using System.Runtime.CompilerServices;
using Crosscheck.Documents;
using Crosscheck.Storage;
using Crosscheck.Storage.Search;

namespace Crosscheck.Workspace.Tests;

/// <summary>An in-memory store that records each batch it is given, for checking how ingest batches and streams.</summary>
internal sealed class RecordingStore : IArticleStore
{
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), string> _analyses = [];

    /// <summary>Called with each batch of articles before it is stored.</summary>
    public Action<IReadOnlyList<Article>>? OnBatch { get; init; }

    public List<int> BatchSizes { get; } = [];

    public IReadOnlyDictionary<(string, string), string> Analyses => _analyses;

    public Task<int> AddArticlesAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) =>
        AddArticlesAsync(articles, [], cancellationToken);

    public Task<int> AddArticlesAsync(IReadOnlyList<Article> articles, IReadOnlyList<StoredAnalysis> analyses, CancellationToken cancellationToken = default)
    {
        OnBatch?.Invoke(articles);
        BatchSizes.Add(articles.Count);
        var added = 0;
        foreach (var article in articles)
        {
            added += _articles.TryAdd(article.Id, article) ? 1 : 0;
        }
        foreach (var analysis in analyses)
        {
            _analyses[(analysis.ArticleId, analysis.PipelineVersion)] = analysis.Json;
        }
        return Task.FromResult(added);
    }

    public Task<IReadOnlySet<string>> FindStoredIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlySet<string>>(ids.Where(_articles.ContainsKey).ToHashSet(StringComparer.Ordinal));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SearchHit>>([]);

    public Task SaveAnalysisAsync(string articleId, string pipelineVersion, string analysisJson, CancellationToken cancellationToken = default)
    {
        _analyses[(articleId, pipelineVersion)] = analysisJson;
        return Task.CompletedTask;
    }

    public Task<string?> GetAnalysisAsync(string articleId, string pipelineVersion, CancellationToken cancellationToken = default) =>
        Task.FromResult(_analyses.GetValueOrDefault((articleId, pipelineVersion)));

    public Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_articles.GetValueOrDefault(id));

    public async IAsyncEnumerable<Article> ListArticlesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var article in _articles.Values)
        {
            yield return article;
        }
    }

    public async IAsyncEnumerable<StoredArticle> ListArticlesWithAnalysesAsync(
        string pipelineVersion, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var article in ListArticlesAsync(cancellationToken))
        {
            yield return new StoredArticle(article, _analyses.GetValueOrDefault((article.Id, pipelineVersion)));
        }
    }

    public Task<int> CountArticlesAsync(CancellationToken cancellationToken = default) => Task.FromResult(_articles.Count);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
