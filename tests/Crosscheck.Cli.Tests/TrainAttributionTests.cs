namespace Crosscheck.Cli.Tests;

public sealed class TrainAttributionTests
{
    // Invented text: "slammed" heads a cue twice out of three uses.
    private const string Text = "Ana Ruiz slammed the plan. Kovac slammed the door. Lena Horvat slammed the proposal.\n";

    private static void WriteFixture(TempDirectory folder)
    {
        folder.Write("port.txt", Text);
        var annotation = new System.Text.StringBuilder();
        var t = 0;
        var e = 0;
        foreach (var (source, content) in new[] { ("Ana Ruiz", "the plan"), ("Lena Horvat", "the proposal") })
        {
            var s = Text.IndexOf(source, StringComparison.Ordinal);
            var c = Text.IndexOf("slammed", s, StringComparison.Ordinal);
            var x = Text.IndexOf(content, c, StringComparison.Ordinal);
            annotation.Append($"T{++t}\tSource {s} {s + source.Length}\t{source}\n");
            annotation.Append($"T{++t}\tCue {c} {c + 7}\tslammed\n");
            annotation.Append($"T{++t}\tContent {x} {x + content.Length}\t{content}\n");
            annotation.Append($"E{++e}\tAttribution:T{t - 1} Content:T{t} Cue:T{t - 1} Source:T{t - 2}\n");
        }
        folder.Write("port.ann", annotation.ToString());
    }

    [Fact]
    public async Task Writes_the_vocabulary_and_weights_identically_on_every_run()
    {
        // Given: a tiny fictional brat folder
        using var folder = new TempDirectory();
        WriteFixture(folder);
        string Out(string name) => Path.Combine(folder.Path, name);

        // When: trained twice into different files
        var first = await CliRun.RunAsync("train", "attribution", "--data", folder.Path, "--out", Out("v1.txt"), "--model-out", Out("m1.txt"), "--epochs", "3");
        var second = await CliRun.RunAsync("train", "attribution", "--data", folder.Path, "--out", Out("v2.txt"), "--model-out", Out("m2.txt"), "--epochs", "3");

        // Then: both succeed and write the same bytes
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("1 candidate cue words", first.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Out("v1.txt")), File.ReadAllBytes(Out("v2.txt")));
        Assert.Equal(File.ReadAllBytes(Out("m1.txt")), File.ReadAllBytes(Out("m2.txt")));
        Assert.Contains("slammed = speech 2 3", File.ReadAllText(Out("v1.txt")), StringComparison.Ordinal);
        Assert.Contains("w=slammed\t", File.ReadAllText(Out("m1.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zero_epochs_is_a_usage_error()
    {
        using var folder = new TempDirectory();
        WriteFixture(folder);

        var (exitCode, _, error) = await CliRun.RunAsync("train", "attribution", "--data", folder.Path, "--epochs", "0",
            "--out", Path.Combine(folder.Path, "v.txt"), "--model-out", Path.Combine(folder.Path, "m.txt"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--epochs", error, StringComparison.Ordinal);
    }
}
