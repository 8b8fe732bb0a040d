using System.Text;
using Crosscheck.Documents;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Tests.Html;

public sealed class HtmlArticleReaderTests
{
    private static Article ReadFixture(string name)
    {
        var result = ArticleReader.Default.ReadFile(Fixture.PathOf(name));
        Assert.Null(result.Error);
        return result.Article!;
    }

    private static IngestResult ReadHtml(string html, string source = "page.html") => ArticleReader.Default.ReadString(source, html);

    [Fact]
    public void Keeps_the_article_body_and_drops_page_furniture()
    {
        // Given / When
        var article = ReadFixture("news-article.html");

        // Then
        const string expected = """
            The port authority of Calder Bay postponed its ferry tender on Tuesday, the third delay this year.

            “We need more time to review the bids,” said director Hana Brook. Fares & timetables stay the same.

            Operators wait

            Two operators had submitted bids, according to documents seen by the Gazette.

            Harbour Line runs the northern route.

            Bay Ferries runs the southern route.

            Every week of delay costs the islanders money.

            The council meets again
            on 3 March.
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), article.Text);
    }

    [Theory]
    [InlineData("cookies")]
    [InlineData("News")]
    [InlineData("Share on social media")]
    [InlineData("newsletter")]
    [InlineData("harbour lights")]
    [InlineData("Reader comment")]
    [InlineData("Most read")]
    [InlineData("All rights reserved")]
    [InlineData("Injected tracking")]
    [InlineData("document.write")]
    [InlineData("color: red")]
    [InlineData("By Mira Castell")]
    public void Leaves_boilerplate_out_of_the_text(string boilerplate)
    {
        var article = ReadFixture("news-article.html");

        Assert.DoesNotContain(boilerplate, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_metadata_from_json_ld_and_open_graph()
    {
        // Given / When
        var article = ReadFixture("news-article.html");

        // Then: JSON-LD wins for the headline and bylines; OpenGraph gives the site name and URL
        Assert.Equal("Port authority delays ferry contract again", article.Title);
        Assert.Equal("The Lantern Gazette", article.Outlet);
        Assert.Equal("https://lantern-gazette.example/news/ferry-contract", article.Url);
        Assert.Equal(new DateTimeOffset(2026, 2, 11, 7, 45, 0, TimeSpan.FromHours(1)), article.PublishedAt);
        Assert.Equal(["Mira Castell", "Oskar Lind"], article.Authors);
        Assert.Equal("en", article.Language);
        Assert.Equal("html", article.Origin);
        Assert.Equal(0, article.SourceOffset);
        Assert.Equal(ArticleId.Compute(article.Text, article.Url), article.Id);
    }

    [Fact]
    public void Finds_the_article_in_a_json_ld_graph()
    {
        var article = ReadFixture("graph-jsonld.html");

        Assert.Equal("Bridge inspection finds cracks", article.Title);
        Assert.Equal("Northfield Courier", article.Outlet);
        Assert.Equal(["Lea Stone"], article.Authors);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal("https://courier.example/bridge", article.Url);
        Assert.Equal("de", article.Language);
        Assert.Equal("Inspectors found hairline cracks in the old river bridge.", article.Text);
    }

    [Fact]
    public void Tolerates_malformed_json_ld_and_falls_back_to_meta_tags()
    {
        // Given / When
        var article = ReadFixture("malformed-jsonld.html");

        // Then: the articleBody element wins over a longer paragraph elsewhere
        Assert.Equal("Library hours extended", article.Title);
        Assert.Equal(["Ines Varga", "Paul Dorn"], article.Authors);
        Assert.Equal(
            "The city library in Ostrava Nova will open until ten in the evening from next month.\n\nLibrarians welcomed the change but asked for more staff.",
            article.Text);
    }

    [Fact]
    public void Without_article_markup_takes_the_densest_paragraph_block()
    {
        var article = ReadFixture("density.html");

        Assert.StartsWith("A retired engineer in Westmarsh", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("published in full.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Short teaser", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", article.Text, StringComparison.Ordinal);
        Assert.Equal("Tide gauge readings questioned", article.Title);
    }

    [Theory]
    [InlineData("Ferry deal delayed | The Gazette", "Ferry deal delayed")]
    [InlineData("Ferry deal delayed – The Gazette", "Ferry deal delayed")]
    [InlineData("The Gazette", "The Gazette")]
    [InlineData("Ferry deal delayed", "Ferry deal delayed")]
    public void Drops_the_site_name_from_a_title_tag(string titleTag, string title)
    {
        var html = $"<html><head><title>{titleTag}</title><meta property=\"og:site_name\" content=\"The Gazette\"></head><body><p>Body.</p></body></html>";

        var article = ReadHtml(html).Article!;

        Assert.Equal(title, article.Title);
        Assert.Equal("The Gazette", article.Outlet);
    }

    [Fact]
    public void Falls_back_to_the_first_heading_time_and_canonical_link_wherever_they_sit()
    {
        // Given: no title tag, no og fields; the first h1 and the first time with a datetime win, the canonical link
        // is matched without regard to case, a meta tag in the body still counts, and the article block is the
        // second JSON-LD script
        const string html = """
            <html><head><link rel="stylesheet" href="a.css"><link rel=" Canonical " href="https://bay.example/ferry">
            <script type="application/ld+json">{"@type":"BreadcrumbList"}</script></head>
            <body><header><time>yesterday</time></header>
            <h1>Ferry tender postponed</h1><h1>Second heading</h1>
            <meta name="author" content="Hana Brook">
            <time datetime="2026-03-04T09:00:00Z">4 March</time><time datetime="2020-01-01">old</time>
            <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Calder Gazette"}}</script>
            <p>The port authority of Calder Bay postponed its ferry tender on Tuesday.</p></body></html>
            """;

        // When
        var article = ReadHtml(html).Article!;

        // Then
        Assert.Equal("Ferry tender postponed", article.Title);
        Assert.Equal("https://bay.example/ferry", article.Url);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(["Hana Brook"], article.Authors);
        Assert.Equal("Calder Gazette", article.Outlet);
    }

    [Fact]
    public void Page_without_article_text_is_an_error()
    {
        var result = ArticleReader.Default.ReadFile(Fixture.PathOf("no-text.html"));

        Assert.Equal("no article text found", result.Error?.Reason);
    }

    [Fact]
    public void Script_style_and_hidden_content_in_the_body_never_reach_the_text()
    {
        // Given
        const string html = """
            <html><body><article>
            <p>Visible opening paragraph.</p>
            <script>var secret = "<p>script text</p>";</script>
            <style>.x { content: "style text"; }</style>
            <p hidden>hidden attribute text</p>
            <p style="display: none">display none text</p>
            <p aria-hidden="true">aria hidden text</p>
            <!-- <p>comment text</p> -->
            <p>Closing <span><script>alert('inline script text')</script>paragraph</span>.</p>
            <noscript><p>noscript text</p></noscript>
            <iframe src="x"></iframe><form><p>form text</p></form>
            </article></body></html>
            """;

        // When
        var article = ReadHtml(html).Article!;

        // Then
        Assert.Equal("Visible opening paragraph.\n\nClosing paragraph.", article.Text);
    }

    [Fact]
    public void Decodes_entities_and_collapses_whitespace()
    {
        var article = ReadHtml("<html><body><p>Caf&eacute;\n   &amp;&nbsp;bar &#8220;open&#x201D;   &lt;late&gt;</p></body></html>").Article!;

        Assert.Equal("Café & bar “open” <late>", article.Text);
    }

    [Fact]
    public void Double_line_breaks_separate_paragraphs()
    {
        var article = ReadHtml("<html><body><div>First part<br><br>Second part<br>continues</div></body></html>").Article!;

        Assert.Equal("First part\n\nSecond part\ncontinues", article.Text);
    }

    [Fact]
    public void Uses_the_meta_charset()
    {
        // Given: windows-1252 bytes for "café – ok"
        var prefix = Encoding.ASCII.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>caf");
        var suffix = Encoding.ASCII.GetBytes(" ok</p></body></html>");
        var bytes = prefix.Concat(new byte[] { 0xE9, 0x20, 0x96 }).Concat(suffix).ToArray();

        // When
        var article = ArticleReader.Default.ReadContent("page.html", bytes).Article!;

        // Then
        Assert.Equal("café – ok", article.Text);
    }

    [Fact]
    public void Uses_the_http_equiv_content_type()
    {
        var prefix = Encoding.ASCII.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\"></head><body><p>Plze");
        var bytes = prefix.Concat(new byte[] { 0xF2 }).Concat(Encoding.ASCII.GetBytes("</p></body></html>")).ToArray();

        var article = ArticleReader.Default.ReadContent("page.htm", bytes).Article!;

        Assert.Equal("Plzeň", article.Text);
    }

    [Fact]
    public void Bom_wins_over_the_meta_charset()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Zürich</p></body></html>";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();

        var article = ArticleReader.Default.ReadContent("page.html", bytes).Article!;

        Assert.Equal("Zürich", article.Text);
    }

    [Fact]
    public void Falls_back_to_utf8()
    {
        var article = ReadHtml("<html><body><p>Kraków</p></body></html>").Article!;

        Assert.Equal("Kraków", article.Text);
    }

    [Fact]
    public void Recognises_html_by_content_when_the_extension_is_unknown()
    {
        var result = ReadHtml("  <!DOCTYPE html><html><body><p>Sniffed page.</p></body></html>", "download.php");

        Assert.Equal("html", result.Article?.Origin);
        Assert.Equal("Sniffed page.", result.Article?.Text);
    }

    [Fact]
    public void Class_words_match_whole_words_only()
    {
        // "commentary" and "shared" are not "comment" and "share"
        var article = ReadHtml("<html><body><div class=\"commentary shared-layout\"><p>Opinion text.</p></div><div class=\"relatedLinks\"><p>Other.</p></div></body></html>").Article!;

        Assert.Equal("Opinion text.", article.Text);
    }

    [Fact]
    public void Deeply_nested_and_unclosed_markup_does_not_hang_or_overflow()
    {
        // Given
        var html = new StringBuilder("<html><body><article>");
        for (var i = 0; i < 2000; i++)
        {
            html.Append("<div><span>");
        }
        html.Append("<p>Deep text.");
        html.Append(new string('x', 200_000));
        html.Append("<p>Unclosed <b>bold <i>italic</p> tail");

        // When
        var result = ReadHtml(html.ToString());

        // Then
        Assert.NotNull(result.Article);
        Assert.Contains("Deep text.", result.Article.Text, StringComparison.Ordinal);
        Assert.Contains("tail", result.Article.Text, StringComparison.Ordinal);
    }
}
