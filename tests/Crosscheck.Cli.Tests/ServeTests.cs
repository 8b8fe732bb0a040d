using System.Text.RegularExpressions;

namespace Crosscheck.Cli.Tests;

public sealed class ServeTests
{
    [Fact]
    public async Task Serve_refuses_a_network_address_without_a_token()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "s.db");
        Assert.Equal(0, (await CliRun.RunAsync("ingest", temp.Write("a.txt", "Mayor Ilse Varga opened the bridge on Monday."), "--db", db)).ExitCode);

        var (exitCode, _, error) = await CliRun.RunAsync("serve", "--db", db, "--urls", "http://0.0.0.0:0");

        Assert.Equal(2, exitCode);
        Assert.Contains("--token", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_of_a_missing_database_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var (exitCode, _, error) = await CliRun.RunAsync("serve", "--db", Path.Combine(temp.Path, "missing.db"), "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_after_demo_shows_the_demo_story_and_stops_on_cancel()
    {
        // Given the demo store
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "demo.db");
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--db", db, "--html", Path.Combine(temp.Path, "demo.html"))).ExitCode);

        // When it is served on a free loopback port
        using var cancel = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var run = CliApplication.RunAsync(["serve", "--db", db, "--urls", "http://127.0.0.1:0"], TextWriter.Synchronized(output), TextWriter.Synchronized(error), cancel.Token);
        string? url = null;
        for (var i = 0; i < 300 && url is null && !run.IsCompleted; i++)
        {
            await Task.Delay(100);
            url = Regex.Match(output.ToString(), @"Listening on (http://127\.0\.0\.1:\d+)").Groups[1] is { Success: true } g ? g.Value : null;
        }
        Assert.True(url is not null, $"no address printed: {output} {error}");

        // Then the home page lists the demo story, and cancelling stops the server with exit code 0
        using var http = new HttpClient();
        var home = await http.GetStringAsync(url + "/");
        Assert.Contains("kestrel", home, StringComparison.OrdinalIgnoreCase);
        await cancel.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
