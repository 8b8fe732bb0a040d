using System.Text.Json;

namespace Crosscheck.Cli.Tests;

public sealed class EvalAttributionTests
{
    private const string Text = "“The ferry will run all winter,” said Harbourmaster Ilse Brandt.\n";

    [Fact]
    public async Task Scores_a_brat_folder_as_json()
    {
        // Given: one fictional article with its gold relation
        using var folder = new TempDirectory();
        folder.Write("ferry.txt", Text);
        var content = Text.IndexOf('“', StringComparison.Ordinal);
        var contentEnd = Text.IndexOf('”', StringComparison.Ordinal) + 1;
        var cue = Text.IndexOf("said", StringComparison.Ordinal);
        var source = Text.IndexOf("Harbourmaster", StringComparison.Ordinal);
        folder.Write("ferry.ann",
            $"T1\tContent {content} {contentEnd}\tx\nT2\tCue {cue} {cue + 4}\tsaid\nT3\tSource {source} {Text.IndexOf('.', source)}\tx\n" +
            "E1\tContent:T1 Cue:T2 Source:T3\n");

        // When
        var (exitCode, output, _) = await CliRun.RunAsync("eval", "attribution", "--data", folder.Path, "--format", "json");

        // Then
        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("relation").GetProperty("gold").GetInt32());
        Assert.Equal(1.0, json.RootElement.GetProperty("contentOnly").GetProperty("recall").GetDouble());
    }

    [Fact]
    public async Task Prints_a_table_by_default()
    {
        using var folder = new TempDirectory();
        folder.Write("ferry.txt", Text);
        folder.Write("ferry.ann", "");

        var (exitCode, output, _) = await CliRun.RunAsync("eval", "attribution", "--data", folder.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains("Content overlap", output, StringComparison.Ordinal);
        Assert.Contains("Relation (content+speaker)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_folder_is_a_usage_error()
    {
        var (exitCode, _, error) = await CliRun.RunAsync("eval", "attribution", "--data", "/no/such/folder");

        Assert.Equal(2, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }
}
