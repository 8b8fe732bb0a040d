using System.Text;
using Crosscheck.CrossCheck;
using static Crosscheck.Web.Pages.Layout;

namespace Crosscheck.Web.Pages;

/// <summary>A form where a user pastes two or more versions of a story, and their cross-check. Nothing is stored.</summary>
internal static class ComparePage
{
    /// <summary>The number of text boxes the form shows at first (more can be added).</summary>
    public const int DefaultTexts = 3;

    /// <summary>The most texts one comparison takes.</summary>
    public const int MaxTexts = 12;

    /// <summary>Renders the form with <paramref name="entries"/> filled in, and the comparison when there is one.</summary>
    public static string Render(IReadOnlyList<CompareEntry> entries, ComparisonReport? report, string? error)
    {
        var page = new StringBuilder();
        Open(page, "Compare", "compare");
        page.Append("<h1>Compare versions of a story</h1>\n<p class=\"meta\">Paste two or more articles. Their quotes and claims are aligned, ")
            .Append("and every change between versions is listed with the text that shows it. Nothing is stored.</p>\n");
        if (error is not null)
        {
            page.Append("<p class=\"error\" role=\"alert\">").Append(E(error)).Append("</p>\n");
        }
        page.Append("<form method=\"post\" action=\"/compare\" class=\"compare\" id=\"compare-form\">\n<div class=\"entries\" id=\"entries\">\n");
        var count = Math.Max(DefaultTexts, entries.Count);
        for (var i = 0; i < count; i++)
        {
            var entry = i < entries.Count ? entries[i] : CompareEntry.Empty;
            var n = i + 1;
            page.Append("<fieldset class=\"entry\"><legend>Text ").Append(n).Append("</legend>")
                .Append("<label>Outlet <input name=\"outlet\" value=\"").Append(E(entry.Outlet)).Append("\"></label>")
                .Append("<label>Title <input name=\"title\" value=\"").Append(E(entry.Title)).Append("\"></label>")
                .Append("<label>Published <input name=\"published\" placeholder=\"2026-03-14T09:30Z\" value=\"").Append(E(entry.Published)).Append("\"></label>")
                .Append("<label class=\"wide\">Text <textarea name=\"text\" rows=\"8\">").Append(E(entry.Text)).Append("</textarea></label></fieldset>\n");
        }
        page.Append("</div>\n<p><button type=\"button\" id=\"add-entry\" hidden>Add another text</button> <button type=\"submit\" id=\"compare-submit\">Compare</button></p>\n</form>\n");
        if (report is not null)
        {
            page.Append("<section id=\"result\">\n");
            ComparisonView.Write(page, report, linkArticles: false);
            page.Append("</section>\n");
        }
        return Close(page);
    }
}
