using System.Collections.Concurrent;
using Crosscheck.Documents;
using Crosscheck.Ingest.Reading;
using Crosscheck.Pipeline;
using Crosscheck.Storage;
using Crosscheck.Storage.Search;
using Crosscheck.Workspace;

namespace Crosscheck.Web.Hosting;

/// <summary>
/// The server's access to the store and its caches. One store connection is shared and used by one request at a time
/// (stores are single-caller); analyses, story lists and cross-checks are cached because they are recomputed from the
/// stored articles and cost far more than serving them.
/// </summary>
/// <remarks>
/// Caches are keyed by a generation that every ingest through this server bumps, and by the stored article count,
/// re-read at most once per <see cref="RecheckInterval"/>, so articles ingested by another process (the CLI) show up
/// within that interval.
/// </remarks>
internal sealed class WebData : IAsyncDisposable
{
    private static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(2);
    private const int MaxCachedAnalyses = 512;
    private const int MaxCachedStories = 64;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _database;
    private IArticleStore? _store;
    private long _generation;
    private int _articleCount = -1;
    private long _countCheckedAt;
    private Task<IReadOnlyList<StoryView>>? _stories;
    private long _storiesKey = -1;
    private readonly ConcurrentDictionary<string, Lazy<Task<AnalyzedArticle?>>> _analyses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<StoryDetail?>>> _details = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);
    private const int MaxRendered = 1024;

    public WebData(string database, CrosscheckWorkspace workspace)
    {
        _database = database;
        Workspace = workspace;
    }

    /// <summary>The facade every page and endpoint calls.</summary>
    public CrosscheckWorkspace Workspace { get; }

    /// <summary>The store as shown to users (no password).</summary>
    public string DatabaseName => CrosscheckWorkspace.DescribeDatabase(_database);

    /// <summary>Opens the store now, so a bad <c>--db</c> fails at start-up rather than on the first request.</summary>
    public Task OpenAsync(CancellationToken cancellationToken) => WithStoreAsync(_ => Task.FromResult(0), cancellationToken);

    /// <summary>Runs <paramref name="action"/> with the store, alone.</summary>
    public async Task<T> WithStoreAsync<T>(Func<IArticleStore, Task<T>> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _store ??= await CrosscheckWorkspace.OpenStoreAsync(_database, cancellationToken).ConfigureAwait(false);
            return await action(_store).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Full-text search.</summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken) =>
        WithStoreAsync(store => CrosscheckWorkspace.SearchAsync(store, query, limit, cancellationToken), cancellationToken);

    /// <summary>A stored article, or null.</summary>
    public Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken) =>
        WithStoreAsync(store => store.GetArticleAsync(id, cancellationToken), cancellationToken);

    /// <summary>A page of the stored articles in publication order.</summary>
    public Task<List<Article>> ListArticlesAsync(int offset, int limit, CancellationToken cancellationToken) =>
        WithStoreAsync(async store =>
        {
            var page = new List<Article>(Math.Min(limit, 1000));
            var index = 0;
            await foreach (var article in store.ListArticlesAsync(cancellationToken).ConfigureAwait(false))
            {
                if (index++ < offset)
                {
                    continue;
                }
                page.Add(article);
                if (page.Count >= limit)
                {
                    break;
                }
            }
            return page;
        }, cancellationToken);

    /// <summary>The stored analysis JSON of an article for the current pipeline, or null.</summary>
    public Task<string?> GetStoredAnalysisJsonAsync(string id, CancellationToken cancellationToken) =>
        WithStoreAsync(store => store.GetAnalysisAsync(id, CrosscheckWorkspace.PipelineVersion, cancellationToken), cancellationToken);

    /// <summary>An article's analysis (computed from the stored text, then cached), or null when no such article.</summary>
    public Task<AnalyzedArticle?> AnalyzeAsync(string id, CancellationToken cancellationToken)
    {
        if (_analyses.Count > MaxCachedAnalyses)
        {
            _analyses.Clear();
        }
        var lazy = _analyses.GetOrAdd(id, key => new Lazy<Task<AnalyzedArticle?>>(async () =>
        {
            // The cached task outlives this request, so it must not be cancelled by it.
            var article = await GetArticleAsync(key, CancellationToken.None).ConfigureAwait(false);
            return article is null ? null : Workspace.Pipeline.Analyze(article, CancellationToken.None);
        }));
        if (lazy.IsValueCreated && lazy.Value.IsFaulted)
        {
            // A failed read (the store was busy or gone) is retried by the next request, not remembered.
            _analyses.TryRemove(new KeyValuePair<string, Lazy<Task<AnalyzedArticle?>>>(id, lazy));
        }
        return lazy.Value.WaitAsync(cancellationToken);
    }

    /// <summary>The stories of the stored articles.</summary>
    public async Task<IReadOnlyList<StoryView>> ListStoriesAsync(CancellationToken cancellationToken)
    {
        var key = await CacheKeyAsync(cancellationToken).ConfigureAwait(false);
        Task<IReadOnlyList<StoryView>> task;
        lock (_details)
        {
            if (_stories is null || _storiesKey != key || _stories.IsFaulted || _stories.IsCanceled)
            {
                _details.Clear();
                _rendered.Clear();
                _storiesKey = key;
                _stories = WithStoreAsync(store => CrosscheckWorkspace.ListStoriesAsync(store, cancellationToken: CancellationToken.None), CancellationToken.None);
            }
            task = _stories;
        }
        return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One story with the cross-check of its articles, or null when no story has that id.</summary>
    public async Task<StoryDetail?> GetStoryAsync(string id, CancellationToken cancellationToken)
    {
        var stories = await ListStoriesAsync(cancellationToken).ConfigureAwait(false);
        if (_details.Count > MaxCachedStories)
        {
            _details.Clear();
        }
        var lazy = _details.GetOrAdd(id, key => new Lazy<Task<StoryDetail?>>(() => Task.Run(async () =>
        {
            StoryView? found = null;
            foreach (var story in stories)
            {
                if (string.Equals(story.Story.Id, key, StringComparison.OrdinalIgnoreCase))
                {
                    found = story;
                    break;
                }
            }
            if (found is null)
            {
                return null;
            }
            var analyses = new AnalyzedArticle[found.Articles.Count];
            for (var i = 0; i < analyses.Length; i++)
            {
                analyses[i] = await AnalyzeAsync(found.Articles[i].Id, CancellationToken.None).ConfigureAwait(false)
                    ?? Workspace.Pipeline.Analyze(found.Articles[i], CancellationToken.None);
            }
            return new StoryDetail(found, Workspace.Compare(analyses, CancellationToken.None));
        })));
        return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A rendered page or API body, cached until the stored articles change: a story page costs a cross-check and an
    /// HTML rendering, and readers ask for the same few pages again and again. Null results are not cached.
    /// </summary>
    /// <param name="key">What was rendered, including anything from the request that changes the output.</param>
    /// <param name="render">Renders it; null when there is nothing to render (the caller answers 404).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<string?> RenderedAsync(string key, Func<Task<string?>> render, CancellationToken cancellationToken)
    {
        // Validates the cache key first, clearing rendered output that no longer matches the store.
        await ListStoriesAsync(cancellationToken).ConfigureAwait(false);
        long storeKey;
        lock (_details)
        {
            storeKey = _storiesKey;
            if (_rendered.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }
        var result = await render().ConfigureAwait(false);
        lock (_details)
        {
            // Output rendered while an ingest changed the store is served once but not kept.
            if (result is not null && _storiesKey == storeKey)
            {
                if (_rendered.Count >= MaxRendered)
                {
                    _rendered.Clear();
                }
                _rendered[key] = result;
            }
        }
        return result;
    }

    /// <summary>Ingests already-read articles (analysed and stored like <c>crosscheck ingest</c>).</summary>
    public async Task<IngestSummary> IngestAsync(IEnumerable<IngestResult> results, CancellationToken cancellationToken)
    {
        try
        {
            return await WithStoreAsync(store => Workspace.IngestAsync(store, results, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Increment(ref _generation);
        }
    }

    private async Task<long> CacheKeyAsync(CancellationToken cancellationToken)
    {
        var now = Environment.TickCount64;
        if (_articleCount < 0 || now - Interlocked.Read(ref _countCheckedAt) > RecheckInterval.TotalMilliseconds)
        {
            _articleCount = await WithStoreAsync(store => store.CountArticlesAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref _countCheckedAt, now);
        }
        // Generation in the high bits, count in the low: either changing invalidates the caches.
        return (Interlocked.Read(ref _generation) << 32) | (uint)_articleCount;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync().ConfigureAwait(false);
        }
        _gate.Dispose();
    }
}
