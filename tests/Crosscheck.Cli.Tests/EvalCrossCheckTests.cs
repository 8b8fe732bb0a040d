using System.Text.Json;

namespace Crosscheck.Cli.Tests;

public sealed class EvalCrossCheckTests
{
    private const string Cases = """
        ## number
        gold: NumberChanged@2
        === The Daily Ledger | 2026-05-25T09:00:00Z
        The forest fire near Tarrow destroyed 40 homes in the Alder valley before it was contained.
        === The Daily Spark | 2026-05-25T16:00:00Z
        The forest fire near Tarrow destroyed 400 homes in the Alder valley before it was contained.
        """;

    [Fact]
    public async Task Prints_per_kind_scores_as_json()
    {
        // Given a one-case set
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, "cases.txt"), Cases);

        // When
        var (exitCode, output, error) = await CliRun.RunAsync("eval", "crosscheck", "--data", dir.Path, "--format", "json");

        // Then
        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var kind = Assert.Single(json.RootElement.GetProperty("kinds").EnumerateArray());
        Assert.Equal("NumberChanged", kind.GetProperty("kind").GetString());
        Assert.Equal(1.0, kind.GetProperty("f1").GetDouble());
    }

    [Fact]
    public async Task A_missing_data_path_is_a_usage_error()
    {
        var (exitCode, _, _) = await CliRun.RunAsync("eval", "crosscheck", "--data", "/nonexistent/crosscheck-eval");
        Assert.Equal(2, exitCode);
    }
}
