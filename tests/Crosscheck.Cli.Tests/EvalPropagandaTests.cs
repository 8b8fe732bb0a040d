using System.Globalization;
using System.Text.Json;

namespace Crosscheck.Cli.Tests;

public sealed class EvalPropagandaTests
{
    // Six invented articles: each has one loaded sentence, labelled, and one plain sentence.
    private static readonly string[] Loaded =
    [
        "The shameless cowards in the Kelm council betrayed every honest family.",
        "These treacherous crooks have stolen the future of Drelsk.",
        "The corrupt elite of Varnholt will stop at nothing to crush the people.",
        "Only a traitor would defend the disgraceful port deal.",
        "The evil regime in Ostrava is destroying our beloved homeland.",
        "This outrageous scandal proves the ministry is rotten to the core.",
    ];

    private static readonly string[] Plain =
    [
        "The council meets on Tuesday in the town hall.",
        "The ferry timetable changes in March.",
        "The port handled 2 million containers last year.",
        "The minister visited the shipyard on Friday.",
        "The library opens at nine in the morning.",
        "Rain is expected in the valley this weekend.",
    ];

    private static TempDirectory Corpus()
    {
        var dir = new TempDirectory();
        var articles = Directory.CreateDirectory(Path.Combine(dir.Path, "articles")).FullName;
        var labels = new System.Text.StringBuilder();
        for (var i = 0; i < Loaded.Length; i++)
        {
            var id = (700000001 + i).ToString(CultureInfo.InvariantCulture);
            var text = $"{Plain[i]}\n\n{Loaded[i]}\n";
            File.WriteAllText(Path.Combine(articles, $"article{id}.txt"), text);
            var start = text.IndexOf(Loaded[i], StringComparison.Ordinal);
            labels.Append(CultureInfo.InvariantCulture, $"{id}\tLoaded_Language\t{start}\t{start + Loaded[i].Length}\n");
        }
        File.WriteAllText(Path.Combine(dir.Path, "toy-TC.labels"), labels.ToString());
        return dir;
    }

    [Fact]
    public async Task Cross_validation_prints_the_seed_and_one_pair_of_figures_per_fold_as_json()
    {
        // Given a six-article PTC-format corpus
        using var dir = Corpus();

        // When cross-validated on 3 folds with a chosen seed
        var (exitCode, output, error) = await CliRun.RunAsync("eval", "propaganda", "--data", dir.Path, "--folds", "3", "--seed", "11", "--format", "json");

        // Then the seed and three per-fold figures come out, each a valid F1
        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(11, json.RootElement.GetProperty("seed").GetInt32());
        var folds = json.RootElement.GetProperty("foldF1").EnumerateArray().ToList();
        Assert.Equal(3, folds.Count);
        foreach (var fold in folds)
        {
            Assert.InRange(fold.GetProperty("si").GetDouble(), 0, 1);
            Assert.InRange(fold.GetProperty("labelled").GetDouble(), 0, 1);
        }
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_figures_and_the_text_output_lists_the_folds()
    {
        using var dir = Corpus();

        var first = await CliRun.RunAsync("eval", "propaganda", "--data", dir.Path, "--folds", "2", "--seed", "5");
        var second = await CliRun.RunAsync("eval", "propaganda", "--data", dir.Path, "--folds", "2", "--seed", "5");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Per held-out fold (seed 5)", first.Output, StringComparison.Ordinal);
        // The elapsed time on the last line differs; the figures must not.
        Assert.Equal(WithoutTime(first.Output), WithoutTime(second.Output));
    }

    [Fact]
    public async Task A_seed_without_folds_is_a_usage_error()
    {
        using var dir = Corpus();

        var (exitCode, _, error) = await CliRun.RunAsync("eval", "propaganda", "--data", dir.Path, "--seed", "5");

        Assert.Equal(2, exitCode);
        Assert.Contains("--seed needs --folds", error, StringComparison.Ordinal);
    }

    private static string WithoutTime(string output) =>
        string.Join('\n', output.Split('\n').Where(line => !line.TrimEnd().EndsWith(" s", StringComparison.Ordinal)));
}
