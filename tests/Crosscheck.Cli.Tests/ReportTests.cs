using System.Text.Json;

namespace Crosscheck.Cli.Tests;

public sealed class ReportTests
{
    private const string Interview =
        "Minister defends grain plan\n\n" +
        "Agriculture Minister Tomas Berger defended the grain export plan on Monday. " +
        "\"We will not abandon our farmers,\" Berger told the Valdoria Herald. " +
        "He said that exports may rise by 12 percent next year.\n";

    [Fact]
    public async Task Analyze_json_follows_the_output_contract()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("interview.txt", Interview);

        // When
        var (exitCode, output, _) = await CliRun.RunAsync("analyze", "--format", "json", path);

        // Then
        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        foreach (var name in new[] { "id", "source", "outlet", "title", "publishedAt", "language", "text", "entities", "quotes", "citations", "claims", "signals", "scores" })
        {
            Assert.True(article.TryGetProperty(name, out _), $"missing '{name}'");
        }
        Assert.Equal(path, article.GetProperty("source").GetString());
        var text = article.GetProperty("text").GetString()!;
        var quote = article.GetProperty("quotes").EnumerateArray()
            .Single(q => q.GetProperty("kind").GetString() == "direct");
        Assert.Equal("We will not abandon our farmers,", Slice(text, quote).TrimEnd(','));
        Assert.Equal("Tomas Berger", quote.GetProperty("speaker").GetString());
        Assert.Contains("Valdoria Herald", quote.GetProperty("venue").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_jsonl_prints_one_object_per_article()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Interview);
        dir.Write("b.txt", Interview.Replace("Monday", "Tuesday", StringComparison.Ordinal));

        var (exitCode, output, _) = await CliRun.RunAsync("analyze", "--format", "jsonl", dir.Path);

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public async Task Html_report_encodes_hostile_article_text()
    {
        // Given
        using var dir = new TempDirectory();
        var path = dir.Write("hostile.txt",
            "Officials said the file contained <script>alert('x')</script> and <img src=x onerror=alert(1)>. " +
            "\"It is harmless,\" said analyst Rea Moll.\n");
        var html = Path.Combine(dir.Path, "report.html");

        // When
        var (exitCode, _, _) = await CliRun.RunAsync("analyze", "--format", "html", "-o", html, path);

        // Then
        Assert.Equal(0, exitCode);
        var page = File.ReadAllText(html);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
    }

    private static string Slice(string text, JsonElement item) =>
        text.Substring(item.GetProperty("start").GetInt32(), item.GetProperty("length").GetInt32());
}
