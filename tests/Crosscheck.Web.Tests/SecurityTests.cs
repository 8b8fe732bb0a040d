using System.Net;
using System.Text;
using Crosscheck.Web.Hosting;

namespace Crosscheck.Web.Tests;

public sealed class SecurityTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://[::]:5080", false)]
    public void Only_loopback_addresses_count_as_loopback(string url, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(url));

    [Fact]
    public void Listening_beyond_loopback_without_a_token_is_refused()
    {
        var error = Assert.Throws<ServerAddressException>(() => WebServer.Build(new WebServerOptions { Database = "unused.db", Urls = "http://0.0.0.0:0" }));
        Assert.Contains("--token", error.Message, StringComparison.Ordinal);
        Assert.Throws<ServerAddressException>(() => WebServer.Build(new WebServerOptions { Database = "unused.db", Urls = "ftp://127.0.0.1:21" }));
    }

    [Fact]
    public async Task With_a_token_writes_need_it_and_reads_do_not()
    {
        await using var server = await TestServer.StartAsync(token: "s3cret-token");
        var article = Articles.Json("Water tariffs to rise", "Lindenfeld Post", "2026-04-01T08:00:00Z", Articles.Report);

        var without = await server.PostJsonAsync("/api/articles", article);
        var wrong = await server.PostJsonAsync("/api/articles", article, token: "guess");
        var right = await server.PostJsonAsync("/api/articles", article, token: "s3cret-token");
        var read = await server.Client.GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task A_cross_site_post_cannot_write_into_a_local_server()
    {
        await using var server = await TestServer.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent(Articles.Json("T", "O", "2026-04-01T08:00:00Z", Articles.Report), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "https://evil.example");

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountAsync(server));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_and_nothing_is_stored()
    {
        await using var server = await TestServer.StartAsync(maxRequestBytes: 4096);
        var big = Articles.Json("Big", "Lindenfeld Post", "2026-04-01T08:00:00Z", Articles.Report + new string(' ', 10_000) + "end.");

        var response = await server.PostJsonAsync("/api/articles", big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await CountAsync(server));
    }

    [Fact]
    public async Task Hostile_article_text_is_encoded_on_every_page_and_pages_forbid_inline_script()
    {
        await using var server = await TestServer.StartAsync();
        await server.PostJsonAsync("/api/articles",
            Articles.Json("<script>alert('title')</script> ferry", "<b>Harbour</b> Bell", "2026-04-02T12:00:00Z", Articles.Hostile));
        var id = (await server.Client.GetStringAsync("/api/articles")).Split("\"id\": \"")[1].Split('"')[0];

        foreach (var path in new[] { $"/articles/{id}", "/", "/?q=ferry", "/search?q=Brell", "/quotes?speaker=brell", "/quotes?speaker=%3Cscript%3Ealert(1)%3C/script%3E" })
        {
            var response = await server.Client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>document", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>Harbour", html, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
        Assert.Contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"", await server.Client.GetStringAsync("/quotes?speaker=%3Cscript%3Ealert(1)%3C/script%3E"), StringComparison.Ordinal);
        var article = await server.Client.GetStringAsync($"/articles/{id}");
        Assert.Contains("&lt;script&gt;document.title=", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_pages_get_a_404_page()
    {
        await using var server = await TestServer.StartAsync();
        var response = await server.Client.GetAsync("/stories/<script>");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(TestServer server)
    {
        var list = await server.Client.GetStringAsync("/api/articles");
        return list.Split("\"id\"").Length - 1;
    }
}
