using System.Net;
using System.Text.RegularExpressions;

namespace Crosscheck.Web.Tests;

public sealed class PageTests
{
    private static async Task<string> StoryPageAsync(TestServer server)
    {
        await server.PostJsonAsync("/api/articles", "[" +
            Articles.Json("Water tariffs to rise", "Lindenfeld Post", "2026-04-01T08:00:00Z", Articles.Report) + "," +
            Articles.Json("Water tariffs to soar", "Evening Dispatch", "2026-04-01T12:00:00Z", Articles.Rewrite) + "]");
        var home = await server.Client.GetStringAsync("/");
        var link = Regex.Match(home, "href=\"(/stories/[^\"]+)\"").Groups[1].Value;
        return await server.Client.GetStringAsync(link);
    }

    [Fact]
    public async Task The_story_page_has_a_matrix_column_per_outlet_a_timeline_and_side_by_side_diffs()
    {
        await using var server = await TestServer.StartAsync();

        var html = await StoryPageAsync(server);

        Assert.Contains("Lindenfeld Post", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(html, "<circle ").Count);
        Assert.Contains("class=\"diff-pair\"", html, StringComparison.Ordinal);
        // The changed number is marked on each side, inside the version's own text.
        Assert.Contains("<del>4</del>", html, StringComparison.Ordinal);
        Assert.Contains("<ins>40</ins>", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/api/stories/[^\"?]+\\?format=csv\" download>CSV</a>", html);
    }

    [Fact]
    public async Task Diffs_keep_the_punctuation_of_the_text_as_written()
    {
        await using var server = await TestServer.StartAsync();

        var html = await StoryPageAsync(server);

        // "…in April, she said…": the diff's word list has no comma, the shown version must.
        Assert.Matches("<mark class=\"version\">[^<]*(<(del|ins)>[^<]*</(del|ins)>[^<]*)*April, she said", html);
    }

    [Fact]
    public async Task The_quotes_page_lists_a_speakers_quotes_with_links_to_their_articles()
    {
        await using var server = await TestServer.StartAsync();
        await StoryPageAsync(server);

        var empty = await server.Client.GetStringAsync("/quotes");
        var html = await server.Client.GetStringAsync("/quotes?speaker=kostic&reports=speech");
        var bad = await server.Client.GetStringAsync("/quotes?reports=gossip");

        Assert.Contains("name=\"speaker\"", empty, StringComparison.Ordinal);
        // Before a search: the most quoted people, each a link to their quotes.
        Assert.Contains("<h2>Most quoted</h2>", empty, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/quotes?speaker=Mirela%20Kostic\">Mirela Kostic</a>", empty, StringComparison.Ordinal);
        // Each article quotes her in words twice (the lead's "she said" and the quotation to the paper); the rows are
        // hers alone and link to both articles.
        Assert.Contains("4 quotes.", html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Matches(html, "<tr><td>").Count);
        Assert.Equal(4, Regex.Matches(html, "<tr><td>Mirela Kostic</td>").Count);
        Assert.Equal(2, Regex.Matches(html, "href=\"/articles/[0-9a-f]+\"").Select(m => m.Value).Distinct().Count());
        Assert.Contains("<option value=\"speech\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"error\"", bad, StringComparison.Ordinal);
        // The download link carries the page's query, and gives the same four rows.
        var csvLink = Regex.Match(html, "href=\"(/api/quotes\\?format=csv[^\"]*)\" download").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Equal("/api/quotes?format=csv&speaker=kostic&reports=speech", csvLink);
        var csv = await server.Client.GetStringAsync(csvLink);
        Assert.Equal(1 + 4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_compare_form_without_two_texts_explains_what_is_missing()
    {
        await using var server = await TestServer.StartAsync();
        using var form = new FormUrlEncodedContent([new("outlet", "A"), new("title", ""), new("published", ""), new("text", "Only one text here.")]);

        var response = await server.Client.PostAsync("/compare", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at least two texts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_are_served_locally_and_unknown_ones_are_not_found()
    {
        await using var server = await TestServer.StartAsync();

        var css = await server.Client.GetAsync("/assets/app.css");
        var missing = await server.Client.GetAsync("/assets/../../web.db");

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("mark.quote", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
