using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Crosscheck.Web.Tests;

public sealed class ApiTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static async Task<string> IngestReportAsync(TestServer server)
    {
        var response = await server.PostJsonAsync("/api/articles",
            Articles.Json("Water tariffs to rise", "Lindenfeld Post", "2026-04-01T08:00:00Z", Articles.Report));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var search = await Json(await server.Client.GetAsync("/api/articles?q=Kostic"));
        return search.GetProperty("hits")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Posting_an_article_stores_it_once_and_search_finds_it()
    {
        // Given a fresh store
        await using var server = await TestServer.StartAsync();
        var article = Articles.Json("Water tariffs to rise", "Lindenfeld Post", "2026-04-01T08:00:00Z", Articles.Report);

        // When the same article is posted twice
        var first = await Json(await server.PostJsonAsync("/api/articles", article));
        var second = await Json(await server.PostJsonAsync("/api/articles", article));

        // Then it is added once, and the search endpoint finds it with a marked snippet
        Assert.Equal(1, first.GetProperty("added").GetInt32());
        Assert.Equal(0, second.GetProperty("added").GetInt32());
        Assert.Equal(1, second.GetProperty("skipped").GetInt32());
        var hits = (await Json(await server.Client.GetAsync("/api/articles?q=reservoir"))).GetProperty("hits");
        Assert.Equal(1, hits.GetArrayLength());
        Assert.Equal("Lindenfeld Post", hits[0].GetProperty("outlet").GetString());
        Assert.Contains("**reservoir**", hits[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arrays_wrapped_lists_and_json_lines_are_all_accepted()
    {
        await using var server = await TestServer.StartAsync();
        var one = Articles.Json("A", "Lindenfeld Post", "2026-04-01T08:00:00Z", Articles.Report);
        var two = Articles.Json("B", "Evening Dispatch", "2026-04-01T12:00:00Z", Articles.Rewrite);
        var three = Articles.Json("C", "Harbour Bell", "2026-04-02T12:00:00Z", Articles.Hostile);

        var array = await Json(await server.PostJsonAsync("/api/articles", $"[{one},{two}]"));
        var wrapped = await Json(await server.PostJsonAsync("/api/articles", $"{{\"articles\":[{one}]}}"));
        var lines = await server.Client.PostAsync("/api/articles", new StringContent(three + "\n", Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(2, array.GetProperty("added").GetInt32());
        Assert.Equal(0, wrapped.GetProperty("added").GetInt32());
        Assert.Equal(1, (await Json(lines)).GetProperty("added").GetInt32());
        var list = await Json(await server.Client.GetAsync("/api/articles"));
        Assert.Equal(3, list.GetArrayLength());
        Assert.Equal("A", list[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Malformed_json_gets_a_one_line_error_without_a_stack_trace()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.PostJsonAsync("/api/articles", "{\"title\": \"unterminated");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Crosscheck", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", body.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_without_text_is_reported_as_failed_and_the_rest_are_stored()
    {
        await using var server = await TestServer.StartAsync();
        var good = Articles.Json("Good", "Lindenfeld Post", "2026-04-01T08:00:00Z", Articles.Report);

        var summary = await Json(await server.PostJsonAsync("/api/articles", $"[{{\"title\":\"no body\"}},{good}]"));

        Assert.Equal(1, summary.GetProperty("added").GetInt32());
        Assert.Equal(1, summary.GetProperty("failed").GetInt32());
        Assert.False(string.IsNullOrEmpty(summary.GetProperty("errors")[0].GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task An_articles_analysis_has_its_quotes_with_speaker_and_venue()
    {
        await using var server = await TestServer.StartAsync();
        var id = await IngestReportAsync(server);

        var analysis = await Json(await server.Client.GetAsync($"/api/articles/{id}"));

        var article = analysis.GetProperty("articles")[0];
        var quotes = article.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Contains(quotes, q => q.GetProperty("speaker").GetString() == "Mirela Kostic" && q.GetProperty("venue").GetString() == "Lindenfeld Post");
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/articles/0000000000000000")).StatusCode);
    }

    [Fact]
    public async Task Stories_group_the_report_and_its_rewrite_and_the_story_shows_the_changed_number()
    {
        await using var server = await TestServer.StartAsync();
        await server.PostJsonAsync("/api/articles", "[" +
            Articles.Json("Water tariffs to rise", "Lindenfeld Post", "2026-04-01T08:00:00Z", Articles.Report) + "," +
            Articles.Json("Water tariffs to soar", "Evening Dispatch", "2026-04-01T12:00:00Z", Articles.Rewrite) + "]");

        var stories = await Json(await server.Client.GetAsync("/api/stories"));
        var story = stories.EnumerateArray().Single(s => s.GetProperty("articles").GetArrayLength() == 2);
        var detail = await server.Client.GetAsync($"/api/stories/{story.GetProperty("id").GetString()}");
        var body = await detail.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("NumberChanged", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/stories/s000000000000")).StatusCode);
    }

    [Fact]
    public async Task Quotes_lists_a_speakers_quotes_across_stored_articles()
    {
        await using var server = await TestServer.StartAsync();
        await server.PostJsonAsync("/api/articles", "[" +
            Articles.Json("Water tariffs to rise", "Lindenfeld Post", "2026-04-01T08:00:00Z", Articles.Report) + "," +
            Articles.Json("Water tariffs to soar", "Evening Dispatch", "2026-04-01T12:00:00Z", Articles.Rewrite) + "]");

        var all = await Json(await server.Client.GetAsync("/api/quotes"));
        var kostic = await Json(await server.Client.GetAsync("/api/quotes?speaker=kostic"));
        var direct = await Json(await server.Client.GetAsync("/api/quotes?speaker=Mirela%20Kostic&kind=direct&reports=speech"));
        var bad = await server.Client.GetAsync("/api/quotes?reports=gossip");

        Assert.Contains(all.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("sourceText").GetString() == "two council members");
        Assert.True(kostic.GetProperty("count").GetInt32() < all.GetProperty("count").GetInt32());
        Assert.All(kostic.GetProperty("quotes").EnumerateArray(), q => Assert.Equal("Mirela Kostic", q.GetProperty("speaker").GetString()));
        var venues = direct.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("venue").GetString()).Order().ToList();
        Assert.Equal(["Evening Dispatch", "Lindenfeld Post"], venues);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'gossip' is not one of speech, belief, intent, act", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_come_as_csv_downloads_on_request()
    {
        await using var server = await TestServer.StartAsync();
        await server.PostJsonAsync("/api/articles", "[" +
            Articles.Json("Water tariffs to rise", "Lindenfeld Post", "2026-04-01T08:00:00Z", Articles.Report) + "," +
            Articles.Json("Water tariffs to soar", "Evening Dispatch", "2026-04-01T12:00:00Z", Articles.Rewrite) + "]");
        var stories = await Json(await server.Client.GetAsync("/api/stories"));
        var storyId = stories.EnumerateArray().Single(s => s.GetProperty("articles").GetArrayLength() == 2).GetProperty("id").GetString();
        var articleId = (await Json(await server.Client.GetAsync("/api/articles")))[0].GetProperty("id").GetString();

        var story = await server.Client.GetAsync($"/api/stories/{storyId}?format=csv");
        var list = await server.Client.GetAsync("/api/stories?format=CSV");
        var article = await server.Client.GetAsync($"/api/articles/{articleId}?format=csv");
        var quotes = await server.Client.GetAsync("/api/quotes?speaker=kostic&format=csv");
        var json = await server.Client.GetAsync($"/api/stories/{storyId}?format=json");
        var speakers = await Json(await server.Client.GetAsync("/api/quotes?by=speaker"));
        var badBy = await server.Client.GetAsync("/api/quotes?by=outlet");
        var bad = await server.Client.GetAsync($"/api/stories/{storyId}?format=xml");

        Assert.Equal("text/csv", story.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"story-{storyId}.csv", story.Content.Headers.ContentDisposition?.FileNameStar ?? story.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var storyCsv = await story.Content.ReadAsStringAsync();
        Assert.StartsWith("item,kind,independentOrigins,", storyCsv, StringComparison.Ordinal);
        Assert.Contains("NumberChanged", storyCsv, StringComparison.Ordinal);
        Assert.StartsWith("story,label,storyline,", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(",quote,", await article.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var quoteRows = (await quotes.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("article,outlet,published,title,speaker,", quoteRows[0], StringComparison.Ordinal);
        Assert.All(quoteRows.Skip(1), row => Assert.Contains("Mirela Kostic", row, StringComparison.Ordinal));
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        var kostic = speakers.GetProperty("speakers").EnumerateArray().First(s => s.GetProperty("speaker").GetString() == "Mirela Kostic");
        Assert.Equal(2, kostic.GetProperty("articles").GetInt32());
        Assert.True(kostic.GetProperty("reports").GetProperty("speech").GetInt32() >= 2);
        Assert.Equal(HttpStatusCode.BadRequest, badBy.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("format: 'xml' is not one of json, csv", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_aligns_posted_texts_without_storing_them()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.PostJsonAsync("/api/compare", "[" +
            Articles.Json("A", "Lindenfeld Post", "2026-04-01T08:00:00Z", Articles.Report) + "," +
            Articles.Json("B", "Evening Dispatch", "2026-04-01T12:00:00Z", Articles.Rewrite) + "]");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("NumberChanged", body, StringComparison.Ordinal);
        Assert.Equal(0, (await Json(await server.Client.GetAsync("/api/articles"))).GetArrayLength());
        var single = await server.PostJsonAsync("/api/compare", Articles.Json("A", "X", "2026-04-01T08:00:00Z", Articles.Report));
        Assert.Equal(HttpStatusCode.BadRequest, single.StatusCode);
    }

    [Fact]
    public async Task Uploaded_files_are_read_by_extension_and_a_bad_file_is_named_in_the_errors()
    {
        await using var server = await TestServer.StartAsync();
        using var form = new MultipartFormDataContent();
        var markdown = "---\ntitle: Water tariffs to rise\noutlet: Lindenfeld Post\npublished: 2026-04-01T08:00:00Z\n---\n" + Articles.Report;
        form.Add(new StringContent(markdown, Encoding.UTF8), "files", "../../etc/report.md");
        var binary = new ByteArrayContent([0x00, 0x01, 0x02, 0xFF, 0x00, 0x00, 0x10, 0x80]);
        binary.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(binary, "files", "broken.html");

        var summary = await Json(await server.Client.PostAsync("/api/articles/files", form));

        Assert.Equal(1, summary.GetProperty("added").GetInt32());
        Assert.Equal(1, summary.GetProperty("failed").GetInt32());
        Assert.Equal("broken.html", summary.GetProperty("errors")[0].GetProperty("source").GetString());
        var listed = await Json(await server.Client.GetAsync("/api/articles"));
        Assert.Equal("report.md", listed[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        await using var server = await TestServer.StartAsync();

        var document = await Json(await server.Client.GetAsync("/openapi/v1.json"));

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/articles/{id}", "/api/articles/files", "/api/stories", "/api/stories/{id}", "/api/compare", "/api/quotes" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"missing {path}");
        }
        Assert.True(paths.GetProperty("/api/articles").TryGetProperty("post", out _));
        Assert.False(paths.TryGetProperty("/compare", out _), "HTML pages are not part of the API document");
    }
}
