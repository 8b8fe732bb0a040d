using Crosscheck.Documents;
using Crosscheck.Storage.Search;

namespace Crosscheck.Storage;

/// <summary>Keeps articles and their analyses. Adding is idempotent by article id.</summary>
/// <remarks>Implementations are safe for one caller at a time; open one store per thread of work.</remarks>
public interface IArticleStore : IAsyncDisposable
{
    /// <summary>Adds articles in one transaction; returns how many were new (already stored ids are left unchanged).</summary>
    Task<int> AddArticlesAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds articles and stores (or replaces) analyses, all in one transaction: after a crash either all of them are
    /// stored or none. Returns how many articles were new.
    /// </summary>
    /// <exception cref="InvalidOperationException">An analysis names an article neither stored nor in <paramref name="articles"/>.</exception>
    Task<int> AddArticlesAsync(IReadOnlyList<Article> articles, IReadOnlyList<StoredAnalysis> analyses, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="ids"/> are already stored.</summary>
    Task<IReadOnlySet<string>> FindStoredIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Full-text search over titles and texts: the best <paramref name="limit"/> articles containing every term of
    /// <paramref name="query"/>, most relevant first (ties by id).
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken = default);

    /// <summary>Stores (or replaces) the analysis JSON of an article for the given pipeline version.</summary>
    Task SaveAnalysisAsync(string articleId, string pipelineVersion, string analysisJson, CancellationToken cancellationToken = default);

    /// <summary>The stored analysis JSON of an article for the pipeline version, or null.</summary>
    Task<string?> GetAnalysisAsync(string articleId, string pipelineVersion, CancellationToken cancellationToken = default);

    /// <summary>The article with <paramref name="id"/>, or null.</summary>
    Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>All articles, ordered by publication time (unknown last) then id.</summary>
    IAsyncEnumerable<Article> ListArticlesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// All articles in the order of <see cref="ListArticlesAsync"/>, each with its stored analysis JSON for
    /// <paramref name="pipelineVersion"/> (null when it has none), read in one pass instead of one look-up per article.
    /// </summary>
    IAsyncEnumerable<StoredArticle> ListArticlesWithAnalysesAsync(string pipelineVersion, CancellationToken cancellationToken = default);

    /// <summary>How many articles are stored.</summary>
    Task<int> CountArticlesAsync(CancellationToken cancellationToken = default);
}
