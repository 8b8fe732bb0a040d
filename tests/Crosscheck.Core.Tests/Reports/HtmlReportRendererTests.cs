using System.Text.RegularExpressions;
using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Core.Tests.CrossCheck;
using Crosscheck.CrossCheck;
using Crosscheck.Pipeline;
using Crosscheck.Reports;
using Crosscheck.Signals;

namespace Crosscheck.Core.Tests.Reports;

public sealed class HtmlReportRendererTests
{
    private const string HostileText =
        "The mayor said <script>alert(1)</script> was found on the site. " +
        "“Look at <img src=x onerror=alert(1)> here,” she said. Quotes \" and ' & ampersands stay text.";

    private static AnalyzedArticle Hostile() =>
        new ArticleBuilder("evil", "Bad <b>Outlet</b>", "2026-03-14T09:30:00Z", HostileText) { Title = "<script>alert('title')</script>" }
            .Quote("Look at <img src=x onerror=alert(1)> here", "Mara <i>Vuk</i>", "said", "<svg onload=alert(1)>")
            .Claim("The mayor said <script>alert(1)</script> was found on the site.", Modality.Asserted)
            .Signal("<script>", Technique.LoadedLanguage, "reason with <b>markup</b>")
            .Build();

    private static string Render(Action<TextWriter> write)
    {
        using var output = new StringWriter();
        write(output);
        return output.ToString();
    }

    [Fact]
    public void Encodes_hostile_article_text_everywhere()
    {
        // Given an article whose text, title, outlet, speaker, venue and reasons carry markup
        var report = Comparer.Compare([Hostile(), Hostile() with { Article = Hostile().Article with { Id = "evil-2" } }]);

        // When
        var html = Render(o => ReportWriter.WriteComparison(report, ReportFormat.Html, o));

        // Then no markup from the article survives, and the text is still there as text
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Bad &lt;b&gt;Outlet&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_a_self_contained_page_without_scripts_or_external_assets()
    {
        var html = Render(o => ReportWriter.WriteComparison(SampleReport.Comparison(), ReportFormat.Html, o));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlights_overlapping_spans_as_flat_balanced_marks_with_a_legend()
    {
        // Given a quote nested in a claim and a signal overlapping both
        var html = Render(o => ReportWriter.WriteAnalyses([SampleReport.Rewrite()], ReportFormat.Html, o));

        // Then every mark closes before the next opens, and all four layers are in the legend
        var opens = Regex.Matches(html, "<mark").Count;
        Assert.Equal(opens, Regex.Matches(html, "</mark>").Count);
        Assert.DoesNotMatch("<mark[^>]*>[^<]*<mark", html);
        Assert.Contains("<mark class=\"quote\">quote</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"citation\">citation</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"claim\">claim</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"signal\">signal</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"claim signal\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"citation claim\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_whole_article_text_when_highlighted()
    {
        var html = Render(o => ReportWriter.WriteAnalyses([SampleReport.Original()], ReportFormat.Html, o));

        var start = html.IndexOf("<div class=\"text\">", StringComparison.Ordinal);
        var end = html.IndexOf("</div>", start, StringComparison.Ordinal);
        var shown = Regex.Replace(html[start..end], "<[^>]+>", "");
        Assert.Equal(System.Net.WebUtility.HtmlEncode(SampleReport.OriginalText), shown);
    }

    [Fact]
    public void Shows_an_outlet_by_item_table_and_mutation_details()
    {
        var html = Render(o => ReportWriter.WriteComparison(SampleReport.Comparison(), ReportFormat.Html, o));

        Assert.Contains("<table class=\"matrix\">", html, StringComparison.Ordinal);
        Assert.Contains("<th>Daily Ledger<br>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Evening Blaze<br>", html, StringComparison.Ordinal);
        Assert.Contains("speaker &quot;Ana Petrovic&quot; → &quot;Marko Ilic&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Splits_text_at_every_boundary_of_overlapping_spans()
    {
        // Given spans [0,10) and [5,15) over a 20-character text
        var highlights = new List<Highlight>
        {
            new(new(0, 10), HighlightLayer.Quote, "q"),
            new(new(5, 10), HighlightLayer.Claim, "c"),
        };

        // When
        var segments = HighlightSegmenter.Split(20, highlights);

        // Then
        Assert.Equal([(0, 5, 1), (5, 10, 2), (10, 15, 1), (15, 20, 0)], segments.Select(s => (s.Start, s.End, s.Active.Count)));
    }

    [Fact]
    public void Clamps_spans_that_run_past_the_text()
    {
        var segments = HighlightSegmenter.Split(5, [new(new(3, 50), HighlightLayer.Signal, "s")]);

        Assert.Equal([(0, 3, 0), (3, 5, 1)], segments.Select(s => (s.Start, s.End, s.Active.Count)));
    }

    [Fact]
    public void Is_not_fooled_by_a_quote_kind_it_does_not_know()
    {
        var article = Hostile() with { Quotes = [Hostile().Quotes[0] with { Kind = QuoteKind.Mixed }] };

        var html = Render(o => ReportWriter.WriteAnalyses([article], ReportFormat.Html, o));

        Assert.Contains("<td>mixed</td>", html, StringComparison.Ordinal);
    }
}
