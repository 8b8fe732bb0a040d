using System.Net.Http.Headers;
using System.Text;
using Crosscheck.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Crosscheck.Web.Tests;

/// <summary>A real server on a free loopback port over a fresh SQLite file, and a client for it.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;

    private TestServer(WebApplication app, string directory, Uri address)
    {
        _app = app;
        _directory = directory;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<TestServer> StartAsync(string? token = null, long maxRequestBytes = 32L * 1024 * 1024)
    {
        var directory = Path.Combine(Path.GetTempPath(), "crosscheck-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var app = WebServer.Build(new WebServerOptions
        {
            Database = Path.Combine(directory, "web.db"),
            Urls = "http://127.0.0.1:0",
            Token = token,
            MaxRequestBytes = maxRequestBytes,
        });
        var addresses = await WebServer.StartAsync(app);
        return new TestServer(app, directory, new Uri(addresses[0]));
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner; the test outcome does not depend on it.
        }
    }
}
