using System.Text;
using System.Text.Json;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Tests;

public sealed class IngestTests
{
    [Fact]
    public async Task Ingest_stores_new_articles_and_skips_them_on_a_rerun()
    {
        // Given
        using var dir = new TempDirectory();
        var corpus = WriteArticles(dir, 7);
        var database = Path.Combine(dir.Path, "news.db");

        // When
        var first = await CliRun.RunAsync("ingest", corpus, "--db", database, "--batch-size", "3");
        var second = await CliRun.RunAsync("ingest", corpus, "--db", database, "--format", "json");

        // Then
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.StartsWith("7 read, 7 new, 0 skipped, 0 failed into ", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        using var summary = JsonDocument.Parse(second.Output);
        Assert.Equal(7, summary.RootElement.GetProperty("read").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(7, summary.RootElement.GetProperty("skipped").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("failed").GetInt32());
        Assert.Equal(Path.GetFullPath(database), summary.RootElement.GetProperty("database").GetString());
        await using var store = await CrosscheckWorkspace.OpenStoreAsync(database);
        Assert.Equal(7, await store.CountArticlesAsync());
    }

    [Fact]
    public async Task Ingest_stores_each_analysis_with_its_article()
    {
        // Given
        using var dir = new TempDirectory();
        var corpus = WriteArticles(dir, 2);
        var database = Path.Combine(dir.Path, "news.db");

        // When
        await CliRun.RunAsync("ingest", corpus, "--db", database);

        // Then
        await using var store = await CrosscheckWorkspace.OpenStoreAsync(database);
        await foreach (var article in store.ListArticlesAsync())
        {
            Assert.Contains("\"quotes\"", await store.GetAnalysisAsync(article.Id, CrosscheckWorkspace.PipelineVersion), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_analyze_stores_articles_only()
    {
        // Given
        using var dir = new TempDirectory();
        var corpus = WriteArticles(dir, 2);
        var database = Path.Combine(dir.Path, "news.db");

        // When
        var (exitCode, _, error) = await CliRun.RunAsync("ingest", corpus, "--db", database, "--no-analyze");

        // Then
        Assert.True(exitCode == 0, error);
        await using var store = await CrosscheckWorkspace.OpenStoreAsync(database);
        Assert.Equal(2, await store.CountArticlesAsync());
        await foreach (var article in store.ListArticlesAsync())
        {
            Assert.Null(await store.GetAnalysisAsync(article.Id, CrosscheckWorkspace.PipelineVersion));
        }
    }

    [Fact]
    public async Task A_failed_input_is_reported_in_one_line_and_the_rest_is_stored()
    {
        // Given
        using var dir = new TempDirectory();
        var corpus = WriteArticles(dir, 3);
        var missing = Path.Combine(dir.Path, "missing.txt");
        var database = Path.Combine(dir.Path, "news.db");

        // When
        var (exitCode, output, error) = await CliRun.RunAsync("ingest", missing, corpus, "--db", database, "--format", "json");

        // Then
        Assert.Equal(1, exitCode);
        Assert.Equal($"crosscheck: error: {missing}: file not found", error.Trim());
        using var summary = JsonDocument.Parse(output);
        Assert.Equal(3, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(1, summary.RootElement.GetProperty("failed").GetInt32());
        Assert.Equal(missing, summary.RootElement.GetProperty("errors")[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task Dash_reads_jsonl_from_standard_input()
    {
        // Given
        using var dir = new TempDirectory();
        var database = Path.Combine(dir.Path, "news.db");
        var jsonl =
            """{"title":"Quay repaired","maintext":"The council of Vennholm repaired the quay on Monday, the mayor said.","source_domain":"vennholm-courier.example"}""" + "\n" +
            "[1, 2, 3]\n" +
            """{"title":"Night bus saved","maintext":"The night bus in Solberg will keep running, the transport director said."}""" + "\n";
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When
        var exitCode = await CliApplication.RunAsync(
            ["ingest", "-", "--db", database], output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(jsonl)));

        // Then: the line that is not an object fails alone
        Assert.Equal(1, exitCode);
        Assert.StartsWith("2 read, 2 new, 0 skipped, 1 failed", output.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("crosscheck: error: -:2: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--batch-size", "0")]
    [InlineData("--db", "postgres://[broken")]
    public async Task Bad_options_are_usage_errors(string option, string value)
    {
        using var dir = new TempDirectory();
        var corpus = WriteArticles(dir, 1);

        var (exitCode, _, error) = await CliRun.RunAsync("ingest", corpus, option, value);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("crosscheck: ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Search_prints_the_best_matches_with_marked_snippets()
    {
        // Given
        using var dir = new TempDirectory();
        var database = Path.Combine(dir.Path, "news.db");
        await CliRun.RunAsync("ingest", WriteArticles(dir, 5), "--db", database, "--no-analyze");

        // When
        var text = await CliRun.RunAsync("search", "lighthouse", "--db", database);
        var json = await CliRun.RunAsync("search", "\"night bus\"", "Town3", "--db", database, "--format", "json", "--limit", "1");

        // Then
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("**lighthouse**", text.Output, StringComparison.Ordinal);
        Assert.StartsWith("1. ", text.Output, StringComparison.Ordinal);
        using var hits = JsonDocument.Parse(json.Output);
        var hit = Assert.Single(hits.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal("Night bus in Town3", hit.GetProperty("title").GetString());
        Assert.Contains("**night bus**", hit.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("* ( )")]
    public async Task Search_without_words_is_a_usage_error(string query)
    {
        using var dir = new TempDirectory();
        var database = Path.Combine(dir.Path, "news.db");

        var (exitCode, _, error) = await CliRun.RunAsync("search", query, "--db", database);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("crosscheck: the search query has no words to look for", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_syntax_in_a_query_is_searched_as_words()
    {
        using var dir = new TempDirectory();
        var database = Path.Combine(dir.Path, "news.db");
        await CliRun.RunAsync("ingest", WriteArticles(dir, 2), "--db", database, "--no-analyze");

        var (exitCode, _, error) = await CliRun.RunAsync("search", "bus OR NEAR(a b) title:x \"unclosed", "--db", database);

        Assert.Equal(0, exitCode);
        Assert.Contains("No article matches", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_lists_a_speakers_quotes_as_text_json_and_csv()
    {
        using var dir = new TempDirectory();
        var database = Path.Combine(dir.Path, "news.db");
        await CliRun.RunAsync("ingest", WriteArticles(dir, 3), "--db", database);

        var text = await CliRun.RunAsync("quotes", "--db", database);
        var json = await CliRun.RunAsync("quotes", "--speaker", "BRANDT1", "--kind", "direct", "--reports", "speech", "--db", database, "--format", "json");
        var csv = await CliRun.RunAsync("quotes", "--db", database, "--format", "csv");
        var csvAfresh = await CliRun.RunAsync("quotes", "--db", database, "--format", "csv", "--reanalyze");
        var bySpeaker = await CliRun.RunAsync("quotes", "--db", database, "--by", "speaker", "--format", "json");
        var badReports = await CliRun.RunAsync("quotes", "--db", database, "--reports", "speech,gossip");
        var noDatabase = await CliRun.RunAsync("quotes", "--db", Path.Combine(dir.Path, "absent.db"));

        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("3 quotes.", text.Output, StringComparison.Ordinal);
        using var found = JsonDocument.Parse(json.Output);
        var quote = Assert.Single(found.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal("Lena Brandt1", quote.GetProperty("speaker").GetString());
        Assert.Equal("We heard the riders,", quote.GetProperty("text").GetString());
        Assert.Equal("speech", quote.GetProperty("reports").GetString());
        var rows = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("article,outlet,published,title,speaker,sourceText,cue,reports,kind,venue,text,start,length", rows[0]);
        Assert.Equal(4, rows.Length);
        Assert.Equal(csv.Output, csvAfresh.Output);
        using var speakers = JsonDocument.Parse(bySpeaker.Output);
        Assert.Equal(3, speakers.RootElement.GetProperty("speakers").EnumerateArray().Sum(s => s.GetProperty("quotes").GetInt32()));
        Assert.Equal(2, badReports.ExitCode);
        Assert.Contains("--reports: 'gossip' is not one of speech, belief, intent, act.", badReports.Error, StringComparison.Ordinal);
        Assert.Equal(2, noDatabase.ExitCode);
    }

    /// <summary>Writes <paramref name="count"/> distinct fictional articles into a folder of the temp directory.</summary>
    internal static string WriteArticles(TempDirectory dir, int count)
    {
        var corpus = Path.Combine(dir.Path, "corpus");
        Directory.CreateDirectory(corpus);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(corpus, $"{i:D5}.txt"),
                $"Night bus in Town{i}\n\n" +
                $"The council of Town{i} voted on Monday to keep the night bus running. \"We heard the riders,\" " +
                $"mayor Lena Brandt{i} said. The route passes the old lighthouse and costs {i + 3} million crowns a year.\n");
        }
        return corpus;
    }
}
