using System.Text;
using Crosscheck.Storage.Search;
using Crosscheck.Workspace;
using static Crosscheck.Web.Pages.Layout;

namespace Crosscheck.Web.Pages;

/// <summary>The home page: every story with its time range and coverage, filtered by a query, plus matching articles.</summary>
internal static class StoryListPage
{
    /// <summary>Renders the page; <paramref name="hits"/> are the article search results for <paramref name="query"/>.</summary>
    public static string Render(IReadOnlyList<StoryView> stories, string? query, IReadOnlyList<SearchHit>? hits, string? searchError, string database)
    {
        var page = new StringBuilder();
        Open(page, "Stories", "stories");
        page.Append("<h1>Stories</h1>\n<p class=\"meta\">").Append(E(database)).Append("</p>\n");
        page.Append("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">")
            .Append("<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"Find stories and articles: words, &quot;a phrase&quot;, prefix*\" aria-label=\"Search\" value=\"")
            .Append(E(query)).Append("\"><button type=\"submit\">Search</button></form>\n");

        var shown = Filter(stories, query);
        if (!string.IsNullOrWhiteSpace(query))
        {
            page.Append("<p class=\"meta\">").Append(shown.Count).Append(" of ").Append(stories.Count).Append(" stories mention every word of the query.</p>\n");
        }
        if (shown.Count == 0)
        {
            page.Append(stories.Count == 0
                ? "<p>No articles are stored yet. Run <code>crosscheck demo</code> or <code>crosscheck ingest PATH</code>, then reload.</p>\n"
                : "<p>No story matches.</p>\n");
        }
        else
        {
            page.Append("<div class=\"scroll\"><table class=\"stories\">\n<thead><tr><th>Story</th><th>From</th><th>To</th><th>Articles</th><th>Outlets</th><th>Copies</th></tr></thead>\n<tbody>\n");
            foreach (var view in shown)
            {
                var story = view.Story;
                var copies = 0;
                foreach (var member in story.Members)
                {
                    copies += member.DuplicateOf is null ? 0 : 1;
                }
                page.Append("<tr><td><a href=\"/stories/").Append(U(story.Id)).Append("\">").Append(E(Label(view))).Append("</a>")
                    .Append("<br><span class=\"meta\">").Append(E(view.Articles[0].Title)).Append("</span></td>")
                    .Append("<td>").Append(E(Date(story.From))).Append("</td><td>").Append(E(Date(story.To))).Append("</td>")
                    .Append("<td>").Append(story.Members.Count).Append("</td><td>").Append(story.OutletCount).Append("</td>")
                    .Append("<td>").Append(copies).Append("</td></tr>\n");
            }
            page.Append("</tbody></table></div>\n");
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            SearchPage.WriteHits(page, query, hits, searchError);
        }
        return Close(page);
    }

    /// <summary>A story's label, or its first title when grouping found no label.</summary>
    public static string Label(StoryView view) =>
        string.IsNullOrWhiteSpace(view.Story.Label) ? view.Articles.Count > 0 ? view.Articles[0].Title : view.Story.Id : view.Story.Label;

    // A story matches when every query word appears in its label or in one of its titles (case-insensitive).
    private static List<StoryView> Filter(IReadOnlyList<StoryView> stories, string? query)
    {
        var words = (query ?? "").Split([' ', '"', '*'], StringSplitOptions.RemoveEmptyEntries);
        var shown = new List<StoryView>(stories.Count);
        foreach (var view in stories)
        {
            var haystack = new StringBuilder(view.Story.Label);
            foreach (var article in view.Articles)
            {
                haystack.Append(' ').Append(article.Title).Append(' ').Append(article.Outlet);
            }
            var text = haystack.ToString();
            var all = true;
            foreach (var word in words)
            {
                all &= text.Contains(word, StringComparison.OrdinalIgnoreCase);
            }
            if (all)
            {
                shown.Add(view);
            }
        }
        // Largest stories first: that is where cross-checking has most to say.
        shown.Sort((a, b) => b.Story.Members.Count != a.Story.Members.Count
            ? b.Story.Members.Count.CompareTo(a.Story.Members.Count)
            : string.CompareOrdinal(a.Story.Id, b.Story.Id));
        return shown;
    }
}
