using System.Text.Json;

namespace Crosscheck.Cli.Tests;

public sealed class DemoTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "samples", "corpus");

    [Fact]
    public async Task Demo_stores_the_corpus_prints_the_story_and_writes_html()
    {
        // Given
        using var dir = new TempDirectory();
        var database = Path.Combine(dir.Path, "demo.db");
        var html = Path.Combine(dir.Path, "demo.html");

        // When
        var (exitCode, output, error) = await CliRun.RunAsync("demo", "--corpus", Corpus, "--db", database, "--html", html);

        // Then
        Assert.True(exitCode == 0, error);
        Assert.True(File.Exists(database));
        Assert.Contains("<html", File.ReadAllText(html), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(html, error, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(output));
    }

    [Fact]
    public async Task Demo_run_twice_adds_nothing_the_second_time()
    {
        using var dir = new TempDirectory();
        var database = Path.Combine(dir.Path, "demo.db");
        var html = Path.Combine(dir.Path, "demo.html");

        await CliRun.RunAsync("demo", "--corpus", Corpus, "--db", database, "--html", html);
        var (exitCode, _, error) = await CliRun.RunAsync("demo", "--corpus", Corpus, "--db", database, "--html", html);

        Assert.Equal(0, exitCode);
        Assert.Contains("(0 new)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_of_the_demo_corpus_shows_shared_quotes_and_the_planted_differences()
    {
        // When
        var (exitCode, output, error) = await CliRun.RunAsync("compare", "--format", "json", Corpus);

        // Then
        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var alignments = json.RootElement.GetProperty("alignments").EnumerateArray().ToList();
        var quoteAlignments = alignments.Where(a => a.GetProperty("kind").GetString() == "quote").ToList();
        Assert.Contains(quoteAlignments, a => a.GetProperty("members").GetArrayLength() >= 4);
        var kinds = alignments
            .SelectMany(a => a.GetProperty("mutations").EnumerateArray())
            .Select(m => m.GetProperty("kind").GetString())
            .ToHashSet();
        Assert.Contains("SpeakerChanged", kinds);
        Assert.Contains("VenueChanged", kinds);
        Assert.Contains("HedgeRemoved", kinds);
    }

    [Fact]
    public async Task Analyze_and_compare_write_csv()
    {
        // When
        var analysis = await CliRun.RunAsync("analyze", "--format", "csv", Path.Combine(Corpus, "05-evening-blaze-rewrite.md"));
        var comparison = await CliRun.RunAsync("compare", "--format", "csv", Corpus);

        // Then: findings one per row, each with its span; the comparison's changes on the rows of the changed versions
        Assert.True(analysis.ExitCode == 0, analysis.Error);
        var rows = analysis.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("article,outlet,published,type,label,text,start,length,speaker,cue,venue,source,score,detail", rows[0]);
        Assert.Contains(rows, r => r.Contains(",signal,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(",quote,direct,", StringComparison.Ordinal));
        Assert.True(comparison.ExitCode == 0, comparison.Error);
        Assert.Contains("HedgeRemoved", comparison.Output, StringComparison.Ordinal);
        Assert.Contains("VenueChanged", comparison.Output, StringComparison.Ordinal);
    }
}
