namespace Crosscheck.Cli.Tests;

public sealed class CheckWorthinessCommandTests
{
    private const string Data =
        "Sentence_id\tText\tclass_label\n" +
        "1\tThe Kelm council cut the bus budget by 12 percent in 2021.\tYes\n" +
        "2\tThank you all for coming tonight.\tNo\n" +
        "3\tThe ministry spent $40 million on the Ostrava bridge.\tYes\n" +
        "4\t\"Well, I think that is a \"\"great\"\" question.\"\tNo\n";

    [Fact]
    public async Task Eval_prints_yes_class_scores_as_a_table()
    {
        using var directory = new TempDirectory();
        var data = directory.Write("toy.tsv", Data);

        var (exitCode, output, _) = await CliRun.RunAsync("eval", "checkworthiness", "--data", data);

        Assert.Equal(0, exitCode);
        Assert.Contains("4 sentences, 2 Yes", output, StringComparison.Ordinal);
        Assert.Contains("precision", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_prints_json_on_request()
    {
        using var directory = new TempDirectory();
        var data = directory.Write("toy.tsv", Data);

        var (exitCode, output, _) = await CliRun.RunAsync("eval", "checkworthiness", "--data", data, "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(4, json.RootElement.GetProperty("sentences").GetInt32());
        var f1 = json.RootElement.GetProperty("yes").GetProperty("f1").GetDouble();
        Assert.InRange(f1, 0, 1);
    }

    [Fact]
    public async Task Eval_of_a_missing_file_is_a_usage_error()
    {
        var (exitCode, _, error) = await CliRun.RunAsync("eval", "checkworthiness", "--data", "no-such-file.tsv");

        Assert.Equal(2, exitCode);
        Assert.Contains("no-such-file.tsv", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_of_a_malformed_file_exits_with_input_failed()
    {
        using var directory = new TempDirectory();
        var data = directory.Write("bad.tsv", "1\tSome text.\tPerhaps\n");

        var (exitCode, _, error) = await CliRun.RunAsync("eval", "checkworthiness", "--data", data);

        Assert.Equal(1, exitCode);
        Assert.Contains("Perhaps", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_writes_a_model_that_eval_can_use()
    {
        using var directory = new TempDirectory();
        var data = directory.Write("toy.tsv", Data);
        var model = Path.Combine(directory.Path, "model.txt");

        var (trainExit, trainOutput, _) = await CliRun.RunAsync(
            "train", "checkworthiness", "--data", data, "--dev", data, "--threshold-folds", "0", "--bits", "12", "--out", model);
        var (evalExit, evalOutput, _) = await CliRun.RunAsync("eval", "checkworthiness", "--data", data, "--model", model, "--format", "json");

        Assert.Equal(0, trainExit);
        Assert.Contains("Trained on 4 sentences", trainOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(model));
        Assert.Equal(0, evalExit);
        using var json = System.Text.Json.JsonDocument.Parse(evalOutput);
        Assert.Equal(1.0, json.RootElement.GetProperty("yes").GetProperty("f1").GetDouble());
    }
}
