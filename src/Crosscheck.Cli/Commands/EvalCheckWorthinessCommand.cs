using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscheck.Claims;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck eval checkworthiness --data FILE.tsv</c>: "Yes"-class precision, recall and F1 of the check-worthiness scorer.</summary>
internal static class EvalCheckWorthinessCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data")
        {
            Description = "CheckThat! 2024 Task 1 file: Sentence_id TAB Text TAB class_label (Yes/No), CSV-style quoting.",
            Required = true,
            HelpName = "FILE.tsv",
        };
        var model = new Option<string?>("--model")
        {
            Description = "Score with a model file written by 'crosscheck train checkworthiness' instead of the embedded one.",
            HelpName = "FILE",
        };
        var threshold = new Option<double>("--threshold")
        {
            Description = "Scores at or above this count as check-worthy (default 0.5, the model's own boundary).",
            DefaultValueFactory = _ => 0.5,
            HelpName = "X",
        };
        var format = CommonOptions.Format("text", "json");
        var command = new Command(
            "checkworthiness",
            "Score each sentence with the claims stage's check-worthiness and report precision, recall and F1 of the " +
            "'Yes' class (the CheckThat! 2024 Task 1 measure).")
        {
            data, model, threshold, format,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(data)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"data file '{path}' does not exist.");
            }
            var modelPath = parseResult.GetValue(model);
            if (modelPath is not null && !File.Exists(modelPath))
            {
                throw new UsageException($"model file '{modelPath}' does not exist.");
            }
            var cut = parseResult.GetValue(threshold);
            if (cut is < 0 or > 1)
            {
                throw new UsageException("--threshold must be between 0 and 1.");
            }
            CheckWorthinessEvaluation evaluation;
            try
            {
                evaluation = CrosscheckWorkspace.EvaluateCheckWorthiness(path, modelPath, cut);
            }
            catch (InvalidDataException invalid)
            {
                console.Error.WriteLine($"crosscheck: {invalid.Message}");
                return ExitCodes.InputFailed;
            }
            console.Output.Write(parseResult.GetValue(format) == "json" ? Json(path, evaluation) : Table(path, evaluation));
            console.Output.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A plain-text table of the result.</summary>
    internal static string Table(string path, CheckWorthinessEvaluation evaluation)
    {
        var score = evaluation.Score;
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(invariant, $"Check-worthiness on {Path.GetFileName(path)}: {evaluation.Sentences} sentences, {evaluation.Positives} Yes, threshold {evaluation.Threshold:0.###}");
        text.AppendLine();
        text.AppendLine("class  precision  recall     F1     TP     FP     FN     TN");
        text.AppendLine(invariant, $"Yes    {score.Precision,9:0.000}  {score.Recall,6:0.000}  {score.F1,5:0.000}  {score.TruePositives,5}  {score.FalsePositives,5}  {score.FalseNegatives,5}  {score.TrueNegatives,5}");
        text.AppendLine();
        text.AppendLine(invariant, $"accuracy {score.Accuracy:0.000}");
        return text.ToString();
    }

    /// <summary>The result as one JSON object.</summary>
    internal static string Json(string path, CheckWorthinessEvaluation evaluation)
    {
        var score = evaluation.Score;
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("task", "checkworthiness");
            writer.WriteString("data", path);
            writer.WriteNumber("sentences", evaluation.Sentences);
            writer.WriteNumber("positives", evaluation.Positives);
            writer.WriteNumber("threshold", evaluation.Threshold);
            writer.WriteStartObject("yes");
            writer.WriteNumber("precision", Math.Round(score.Precision, 4));
            writer.WriteNumber("recall", Math.Round(score.Recall, 4));
            writer.WriteNumber("f1", Math.Round(score.F1, 4));
            writer.WriteNumber("tp", score.TruePositives);
            writer.WriteNumber("fp", score.FalsePositives);
            writer.WriteNumber("fn", score.FalseNegatives);
            writer.WriteNumber("tn", score.TrueNegatives);
            writer.WriteEndObject();
            writer.WriteNumber("accuracy", Math.Round(score.Accuracy, 4));
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }
}
