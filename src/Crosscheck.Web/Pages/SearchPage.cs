using System.Text;
using Crosscheck.Storage.Search;
using static Crosscheck.Web.Pages.Layout;

namespace Crosscheck.Web.Pages;

/// <summary>Full-text search over stored articles.</summary>
internal static class SearchPage
{
    /// <summary>Renders the page.</summary>
    public static string Render(string? query, IReadOnlyList<SearchHit>? hits, string? error)
    {
        var page = new StringBuilder();
        Open(page, string.IsNullOrWhiteSpace(query) ? "Search" : $"Search: {query}", "search");
        page.Append("<h1>Search articles</h1>\n")
            .Append("<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\">")
            .Append("<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"words, &quot;a phrase&quot;, prefix*\" aria-label=\"Search articles\" value=\"")
            .Append(E(query)).Append("\"><button type=\"submit\">Search</button></form>\n");
        if (!string.IsNullOrWhiteSpace(query))
        {
            WriteHits(page, query, hits, error);
        }
        return Close(page);
    }

    /// <summary>Writes the hits (or the reason there are none) as a list linking to each article.</summary>
    public static void WriteHits(StringBuilder page, string query, IReadOnlyList<SearchHit>? hits, string? error)
    {
        page.Append("<h2>Articles matching “").Append(E(query)).Append("”</h2>\n");
        if (error is not null)
        {
            page.Append("<p class=\"error\">").Append(E(error)).Append("</p>\n");
            return;
        }
        if (hits is null || hits.Count == 0)
        {
            page.Append("<p>No article matches.</p>\n");
            return;
        }
        page.Append("<ol class=\"hits\">\n");
        foreach (var hit in hits)
        {
            page.Append("<li><a href=\"/articles/").Append(U(hit.ArticleId)).Append("\">").Append(E(string.IsNullOrWhiteSpace(hit.Title) ? hit.Source : hit.Title))
                .Append("</a> <span class=\"meta\">").Append(E(Outlet(hit.Outlet))).Append("</span><br><span class=\"snippet\">")
                .Append(Snippet(hit.Snippet)).Append("</span></li>\n");
        }
        page.Append("</ol>\n");
    }

    // The store wraps matched words in SearchHit.MatchStart/MatchEnd; the pieces are encoded and the odd ones marked.
    private static string Snippet(string snippet)
    {
        var pieces = snippet.Split(SearchHit.MatchStart);
        var html = new StringBuilder(snippet.Length + 32);
        for (var i = 0; i < pieces.Length; i++)
        {
            html.Append(i % 2 == 1 && i < pieces.Length - 1 ? $"<mark>{E(pieces[i])}</mark>" : E(pieces[i]));
        }
        return html.ToString();
    }
}
