namespace Crosscheck.Cli.Tests;

public sealed class BadInputTests
{
    private const string GoodArticle =
        "Harbour strike ends\n\nDock workers in Port Telmar returned to work on Tuesday. " +
        "\"The deal is fair,\" union leader Petra Lind told the Telmar Courier.\n";

    [Fact]
    public async Task Missing_empty_binary_and_unknown_files_each_get_one_line_and_the_rest_is_analysed()
    {
        // Given
        using var dir = new TempDirectory();
        var good = dir.Write("good.txt", GoodArticle);
        var empty = dir.Write("empty.txt", "");
        var binary = dir.WriteBytes("blob.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x7F, 0x00, 0x00]);
        var unknown = dir.Write("scan.pdf", "%PDF-1.7 not really");
        var missing = Path.Combine(dir.Path, "missing.txt");

        // When
        var (exitCode, output, error) = await CliRun.RunAsync("analyze", "--format", "jsonl", good, empty, binary, unknown, missing);

        // Then
        Assert.Equal(1, exitCode);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains("empty.txt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("blob.txt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("scan.pdf", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("missing.txt", StringComparison.Ordinal));
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(results);
        Assert.Contains("good.txt", results[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_file_that_is_not_sqlite_is_one_clear_line_and_is_left_untouched()
    {
        // Given
        using var dir = new TempDirectory();
        var corpus = Path.Combine(dir.Path, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "a.txt"), GoodArticle);
        var database = dir.Write("notes.db", "these are my notes, not a database\n");
        var before = File.ReadAllBytes(database);

        // When
        var (exitCode, _, error) = await CliRun.RunAsync(
            "demo", "--corpus", corpus, "--db", database, "--html", Path.Combine(dir.Path, "out.html"));

        // Then: a file that is not ours is reported and never overwritten.
        Assert.NotEqual(0, exitCode);
        Assert.Contains("notes.db", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(database));
    }
}
