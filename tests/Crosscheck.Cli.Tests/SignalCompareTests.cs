using System.Text.Json;

namespace Crosscheck.Cli.Tests;

public sealed class SignalCompareTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "samples", "corpus");

    [Fact]
    public async Task Compare_shows_more_signals_in_the_sensational_rewrite_linked_to_its_claims()
    {
        // Given the sober interview report and its tabloid rewrite from the demo corpus
        var sober = Path.Combine(Corpus, "01-daily-ledger-interview.md");
        var rewrite = Path.Combine(Corpus, "05-evening-blaze-rewrite.md");

        // When compared as JSON
        var (exitCode, output, error) = await CliRun.RunAsync("compare", sober, rewrite, "--format", "json");

        // Then the rewrite carries more signals and a higher sensationalism, and some of its claims list the signals
        // touching them as valid indexes into its signals array
        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        var soberArticle = articles.Single(a => a.GetProperty("source").GetString()!.Contains("01-", StringComparison.Ordinal));
        var rewriteArticle = articles.Single(a => a.GetProperty("source").GetString()!.Contains("05-", StringComparison.Ordinal));
        var soberSignals = soberArticle.GetProperty("signals").GetArrayLength();
        var rewriteSignals = rewriteArticle.GetProperty("signals").GetArrayLength();
        Assert.True(rewriteSignals > soberSignals + 3, $"rewrite {rewriteSignals} signals, sober {soberSignals}");
        Assert.True(rewriteArticle.GetProperty("scores").GetProperty("sensationalism").GetDouble()
            > soberArticle.GetProperty("scores").GetProperty("sensationalism").GetDouble() + 0.4);
        var links = rewriteArticle.GetProperty("claims").EnumerateArray()
            .SelectMany(c => c.GetProperty("signals").EnumerateArray().Select(i => i.GetInt32())).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, i => Assert.InRange(i, 0, rewriteSignals - 1));
    }
}
