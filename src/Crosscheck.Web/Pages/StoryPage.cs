using System.Globalization;
using System.Text;
using Crosscheck.Documents;
using Crosscheck.Workspace;
using static Crosscheck.Web.Pages.Layout;

namespace Crosscheck.Web.Pages;

/// <summary>One story: its coverage over time, its articles with copies marked, and the cross-check of its outlets.</summary>
internal static class StoryPage
{
    /// <summary>Renders the page.</summary>
    public static string Render(StoryDetail detail)
    {
        var view = detail.View;
        var story = view.Story;
        var label = StoryListPage.Label(view);
        var page = new StringBuilder();
        Open(page, label, "stories");
        page.Append("<p class=\"crumbs\"><a href=\"/\">Stories</a> › ").Append(E(story.Id)).Append("</p>\n")
            .Append("<h1>").Append(E(label)).Append("</h1>\n<p class=\"meta\">").Append(E(Date(story.From))).Append(" – ").Append(E(Date(story.To)))
            .Append(" · ").Append(story.Members.Count).Append(" articles from ").Append(story.OutletCount).Append(" outlets")
            .Append(" · <a href=\"/api/stories/").Append(U(story.Id)).Append("\">JSON</a>")
            .Append(" · <a href=\"/api/stories/").Append(U(story.Id)).Append("?format=csv\" download>CSV</a></p>\n");

        page.Append("<h2 id=\"timeline\">Timeline</h2>\n");
        WriteTimeline(page, view);

        page.Append("<h2 id=\"articles\">Articles</h2>\n<div class=\"scroll\"><table class=\"articles\">\n")
            .Append("<thead><tr><th>Published</th><th>Outlet</th><th>Title</th><th>Copy of</th></tr></thead>\n<tbody>\n");
        var titles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in view.Articles)
        {
            titles.TryAdd(article.Id, article);
        }
        for (var i = 0; i < view.Articles.Count; i++)
        {
            var article = view.Articles[i];
            var duplicateOf = story.Members[i].DuplicateOf;
            page.Append("<tr><td>").Append(E(Date(article.PublishedAt))).Append("</td><td>").Append(E(Outlet(article.Outlet))).Append("</td>")
                .Append("<td><a href=\"/articles/").Append(U(article.Id)).Append("\">").Append(E(string.IsNullOrWhiteSpace(article.Title) ? article.Source : article.Title))
                .Append("</a></td><td>");
            if (duplicateOf is not null)
            {
                var original = titles.TryGetValue(duplicateOf, out var o) ? Outlet(o.Outlet) : duplicateOf;
                page.Append("<span class=\"copy\">copy of ").Append(E(original)).Append("</span>");
            }
            else
            {
                page.Append("—");
            }
            page.Append("</td></tr>\n");
        }
        page.Append("</tbody></table></div>\n");

        ComparisonView.Write(page, detail.Comparison, linkArticles: true);
        return Close(page);
    }

    /// <summary>An SVG of publication times: one row per article, earliest first; copies drawn hollow.</summary>
    private static void WriteTimeline(StringBuilder page, StoryView view)
    {
        var dated = new List<int>();
        for (var i = 0; i < view.Articles.Count; i++)
        {
            if (view.Articles[i].PublishedAt is not null)
            {
                dated.Add(i);
            }
        }
        if (dated.Count == 0)
        {
            page.Append("<p class=\"meta\">No article of this story has a publication date.</p>\n");
            return;
        }
        dated.Sort((a, b) => view.Articles[a].PublishedAt!.Value.CompareTo(view.Articles[b].PublishedAt!.Value));
        var first = view.Articles[dated[0]].PublishedAt!.Value;
        var last = view.Articles[dated[^1]].PublishedAt!.Value;
        var span = Math.Max(1, (last - first).TotalSeconds);
        const int Left = 190, Width = 560, Row = 26, Top = 16;
        var height = Top + (dated.Count * Row) + 34;
        page.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" viewBox=\"0 0 {Left + Width + 30} {height}\" role=\"img\" aria-label=\"Publication timeline\">\n");
        var axis = Top + (dated.Count * Row) + 4;
        page.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{axis}\" x2=\"{Left + Width}\" y2=\"{axis}\" class=\"axis\"/>\n");
        page.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{axis + 18}\" class=\"tick\">{E(Date(first))}</text>\n");
        if (last > first)
        {
            page.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + Width}\" y=\"{axis + 18}\" class=\"tick end\">{E(Date(last))}</text>\n");
        }
        for (var row = 0; row < dated.Count; row++)
        {
            var index = dated[row];
            var article = view.Articles[index];
            var x = dated.Count == 1 || last == first ? Left + (Width / 2.0) : Left + (Width * (article.PublishedAt!.Value - first).TotalSeconds / span);
            var y = Top + (row * Row) + 8;
            var copy = view.Story.Members[index].DuplicateOf is not null;
            page.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y}\" x2=\"{Left + Width}\" y2=\"{y}\" class=\"lane\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{y + 4}\" class=\"label\">{E(Truncate(Outlet(article.Outlet), 26))}</text>")
                .Append(CultureInfo.InvariantCulture, $"<a href=\"/articles/{E(U(article.Id))}\"><circle cx=\"{x:0.#}\" cy=\"{y}\" r=\"6\" class=\"{(copy ? "dot copy" : "dot")}\">")
                .Append("<title>").Append(E($"{Outlet(article.Outlet)} · {Date(article.PublishedAt)} · {article.Title}{(copy ? " (copy)" : "")}")).Append("</title></circle></a>\n");
        }
        page.Append("</svg>\n<p class=\"meta\">Filled: original reporting · hollow: a copy of another article. Hover a dot for its title; click to open it.</p>\n");
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
