using System.Globalization;
using System.Text;
using Crosscheck.Pipeline;
using Crosscheck.Reports;
using static Crosscheck.Web.Pages.Layout;

namespace Crosscheck.Web.Pages;

/// <summary>One article with its quotes, citations, claims and signals highlighted in the text, a legend and tables.</summary>
internal static class ArticlePage
{
    /// <summary>Renders the page.</summary>
    public static string Render(AnalyzedArticle document)
    {
        var page = new StringBuilder();
        Open(page, ReportNames.Title(document), "");
        page.Append("<p class=\"crumbs\"><a href=\"/\">Stories</a> › article · <a href=\"/api/articles/").Append(U(document.Article.Id))
            .Append("\">JSON</a> · <a href=\"/api/articles/").Append(U(document.Article.Id)).Append("?format=csv\" download>CSV</a></p>\n");
        page.Append("<p class=\"legend\">Legend: <mark class=\"quote\">quote</mark><mark class=\"citation\">citation</mark>")
            .Append("<mark class=\"claim\">claim</mark><mark class=\"signal\">signal</mark> <span class=\"meta\">Hover a highlight for speaker, ")
            .Append("cue, venue, modality or the reason a signal fired.</span></p>\n");
        using (var writer = new StringWriter(page, CultureInfo.InvariantCulture))
        {
            // The report renderer encodes every piece of article text; the page reuses it so both show the same thing.
            HtmlReportRenderer.WriteArticle(document, 1, writer);
        }
        return Close(page);
    }
}
