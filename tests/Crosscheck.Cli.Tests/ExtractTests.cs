using System.Text.Json;

namespace Crosscheck.Cli.Tests;

public sealed class ExtractTests
{
    private const string Page = """
        <!doctype html><html lang="en"><head><title>Ferry deal | The Elmsley Gazette</title>
        <meta property="og:site_name" content="The Elmsley Gazette"><meta name="author" content="Mara Quill">
        <meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
        <body><nav><a href="/">Home</a></nav><article><p>The harbour office of Port Elmsley confirmed the new ferry timetable on Monday.</p></article>
        <footer>Contact us</footer></body></html>
        """;

    [Fact]
    public async Task Extract_prints_one_json_object_per_page()
    {
        // Given
        using var dir = new TempDirectory();
        var page = dir.Write("ferry.html", Page);

        // When
        var (exitCode, output, _) = await CliRun.RunAsync("extract", page);

        // Then
        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output.Trim());
        var root = json.RootElement;
        Assert.Equal(page, root.GetProperty("source").GetString());
        Assert.Equal("Ferry deal", root.GetProperty("title").GetString());
        Assert.Equal("The Elmsley Gazette", root.GetProperty("outlet").GetString());
        Assert.Equal("Mara Quill", root.GetProperty("authors")[0].GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.StartsWith("2024-03-05T10:00:00", root.GetProperty("publishedAt").GetString(), StringComparison.Ordinal);
        Assert.Equal("The harbour office of Port Elmsley confirmed the new ferry timetable on Monday.", root.GetProperty("text").GetString());
        Assert.True(root.TryGetProperty("url", out _));
    }

    [Fact]
    public async Task Extract_reports_bad_inputs_and_exits_one()
    {
        // Given
        using var dir = new TempDirectory();
        var page = dir.Write("ferry.html", Page);
        var bad = dir.Write("bad.jsonl", "[1]\n");

        // When
        var (exitCode, output, error) = await CliRun.RunAsync("extract", "--format", "text", page, bad);

        // Then
        Assert.Equal(1, exitCode);
        Assert.Contains("Port Elmsley", output, StringComparison.Ordinal);
        Assert.Contains($"{bad}:1: not a JSON object", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_extraction_scores_segments_micro_averaged()
    {
        // Given: two pages, one keep segment found and one missed, one drop segment leaked.
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "data", "html"));
        dir.Write("data/html/a.html", Page);
        dir.Write("data/html/b.html", "<html><body><article><p>Only this short sentence is here.</p></article></body></html>");
        dir.Write("data/evaldata.en.json", """
            {"https://a.example/1": {"file": "a.html", "with": ["harbour office of  Port Elmsley"], "without": ["Contact us"]},
             "https://a.example/2": {"file": "b.html", "with": ["not present anywhere"], "without": ["short sentence"]}}
            """);

        // When
        var (exitCode, output, _) = await CliRun.RunAsync("eval", "extraction", "--data", Path.Combine(dir.Path, "data"), "--format", "json");

        // Then: TP 1, FN 1, FP 1, TN 1 → P 0.5, R 0.5, F1 0.5
        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("pages").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("truePositives").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("falseNegatives").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("falsePositives").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("trueNegatives").GetInt32());
        Assert.Equal(0.5, json.RootElement.GetProperty("f1").GetDouble());
    }

    [Fact]
    public async Task Eval_extraction_without_annotations_is_a_usage_error()
    {
        using var dir = new TempDirectory();

        var (exitCode, _, error) = await CliRun.RunAsync("eval", "extraction", "--data", dir.Path);

        Assert.Equal(2, exitCode);
        Assert.Contains("evaldata", error, StringComparison.Ordinal);
    }
}
