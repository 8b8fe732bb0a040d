using System.Text;
using Crosscheck.Attribution;
using Crosscheck.Reports;
using Crosscheck.Workspace;
using static Crosscheck.Web.Pages.Layout;

namespace Crosscheck.Web.Pages;

/// <summary>Who said what across the stored articles, filtered by speaker and by what the quotes report.</summary>
internal static class QuotesPage
{
    /// <summary>At most this many quotes are listed; the count above the table says how many matched.</summary>
    public const int MaxRows = 500;

    /// <summary>At most this many speakers are listed before a search.</summary>
    public const int MaxSpeakers = 30;

    /// <summary>
    /// Renders the page; <paramref name="quotes"/> is null before a search, <paramref name="error"/> set for a bad query,
    /// <paramref name="speakers"/> (before a search) the most quoted speakers to list.
    /// </summary>
    public static string Render(string? speaker, string? reports, IReadOnlyList<FoundQuote>? quotes, string? error, IReadOnlyList<SpeakerTally>? speakers = null)
    {
        var page = new StringBuilder();
        Open(page, string.IsNullOrWhiteSpace(speaker) ? "Quotes" : $"Quotes: {speaker}", "quotes");
        page.Append("<h1>Who said what</h1>\n")
            .Append("<form class=\"search\" method=\"get\" action=\"/quotes\" role=\"search\">")
            .Append("<input type=\"search\" name=\"speaker\" id=\"speaker\" placeholder=\"speaker, e.g. Vidric or white house official\" aria-label=\"Speaker\" value=\"")
            .Append(E(speaker)).Append("\">")
            .Append("<select name=\"reports\" aria-label=\"What the quotes report\">");
        foreach (var (value, label) in new[] { ("", "everything attributed"), ("speech", "words said or written"), ("belief", "beliefs and stances"), ("intent", "plans and refusals"), ("act", "deeds") })
        {
            page.Append("<option value=\"").Append(value).Append('"').Append(string.Equals(value, reports ?? "", StringComparison.OrdinalIgnoreCase) ? " selected" : "")
                .Append('>').Append(label).Append("</option>");
        }
        page.Append("</select><button type=\"submit\">Show</button></form>\n");
        if (error is not null)
        {
            page.Append("<p class=\"error\">").Append(E(error)).Append("</p>\n");
            return Close(page);
        }
        if (quotes is null)
        {
            WriteSpeakers(page, speakers);
            return Close(page);
        }
        if (quotes.Count == 0)
        {
            page.Append("<p>No quote matches.</p>\n");
            return Close(page);
        }
        page.Append("<p>").Append(quotes.Count).Append(quotes.Count == 1 ? " quote" : " quotes")
            .Append(quotes.Count > MaxRows ? $", the first {MaxRows} shown" : "").Append(". <a href=\"/api/quotes?format=csv")
            .Append(string.IsNullOrWhiteSpace(speaker) ? "" : "&amp;speaker=" + U(speaker.Trim()))
            .Append(string.IsNullOrEmpty(reports) ? "" : "&amp;reports=" + U(reports)).Append("\" download>All as CSV</a></p>\n")
            .Append("<div class=\"scroll\"><table class=\"quotes\">\n<tr><th>Speaker</th><th>Cue</th><th>Reports</th><th>Quote</th><th>Article</th></tr>\n");
        for (var i = 0; i < quotes.Count && i < MaxRows; i++)
        {
            var (article, quote) = (quotes[i].Article, quotes[i].Quote);
            var venue = quote.Venue is { } v ? $" ({v})" : "";
            page.Append("<tr><td>").Append(E(ReportNames.Speaker(quote) ?? quotes[i].SourceText ?? "unknown")).Append("</td><td>")
                .Append(E((quote.Cue ?? "") + venue)).Append("</td><td>").Append(E(ReportNames.Reported(quote.Reports)))
                .Append(quote.Kind == QuoteKind.Indirect ? "" : ", " + E(ReportNames.Kind(quote.Kind))).Append("</td><td>")
                .Append(E(quote.Text)).Append("</td><td><a href=\"/articles/").Append(U(article.Id)).Append("\">")
                .Append(E(string.IsNullOrWhiteSpace(article.Title) ? article.Source : article.Title)).Append("</a> <span class=\"meta\">")
                .Append(E(Outlet(article.Outlet))).Append(" · ").Append(E(Date(article.PublishedAt))).Append("</span></td></tr>\n");
        }
        page.Append("</table></div>\n");
        return Close(page);
    }

    // The most quoted speakers with resolved names (source phrases such as "officials" name no one to look up).
    private static void WriteSpeakers(StringBuilder page, IReadOnlyList<SpeakerTally>? speakers)
    {
        var named = speakers?.Where(t => t.Resolved).Take(MaxSpeakers).ToList() ?? [];
        if (named.Count == 0)
        {
            return;
        }
        page.Append("<h2>Most quoted</h2>\n<div class=\"scroll\"><table class=\"speakers\">\n<tr><th>Speaker</th><th>Quotes</th><th>Articles</th><th>Outlets</th><th>Last quoted</th></tr>\n");
        foreach (var tally in named)
        {
            page.Append("<tr><td><a href=\"/quotes?speaker=").Append(U(tally.Speaker)).Append("\">").Append(E(tally.Speaker)).Append("</a></td><td>")
                .Append(tally.Quotes).Append("</td><td>").Append(tally.Articles).Append("</td><td>").Append(tally.Outlets).Append("</td><td>")
                .Append(E(Date(tally.Last))).Append("</td></tr>\n");
        }
        page.Append("</table></div>\n<p class=\"meta\"><a href=\"/api/quotes?by=speaker&amp;format=csv\" download>Every speaker as CSV</a></p>\n");
    }
}
