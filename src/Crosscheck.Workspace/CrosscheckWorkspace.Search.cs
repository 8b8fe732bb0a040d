using Crosscheck.Storage;
using Crosscheck.Storage.Search;

namespace Crosscheck.Workspace;

/// <summary>Full-text search over stored articles.</summary>
public sealed partial class CrosscheckWorkspace
{
    /// <summary>
    /// The best <paramref name="limit"/> stored articles containing every word of <paramref name="query"/> (words,
    /// <c>"quoted phrases"</c>, <c>prefix*</c>), most relevant first, each with a snippet marking the match.
    /// </summary>
    /// <exception cref="ArgumentException">The query has no word to look for.</exception>
    public static Task<IReadOnlyList<SearchHit>> SearchAsync(IArticleStore store, string query, int limit = 20, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.SearchAsync(SearchQuery.Parse(query), limit, cancellationToken);
    }
}
