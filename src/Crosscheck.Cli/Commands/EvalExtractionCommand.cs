using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// <c>crosscheck eval extraction --data DIR</c>: main-content extraction scored on trafilatura-style segment data
/// (must-keep and must-drop segments, micro precision / recall / F1).
/// </summary>
internal static class EvalExtractionCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data")
        {
            Description = "Directory holding evaldata*.json ({url: {file, with, without}}) and the pages under html/.",
            Required = true,
            HelpName = "DIR",
        };
        var format = CommonOptions.Format("text", "json");
        var details = new Option<bool>("--details")
        {
            Description = "Also list, per page, the must-keep segments missed and the must-drop segments kept.",
        };
        var command = new Command("extraction", "Score HTML main-content extraction against must-keep / must-drop segments (trafilatura's benchmark rules).")
        {
            data, format, details,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var workspace = new CrosscheckWorkspace();
            ExtractionEvaluation evaluation;
            try
            {
                evaluation = console.WithProgress("Extracting", progress => workspace.EvaluateExtraction(parseResult.GetValue(data)!, progress, cancellationToken));
            }
            catch (InvalidDataException invalid)
            {
                throw new UsageException(invalid.Message);
            }
            var showDetails = parseResult.GetValue(details);
            if (parseResult.GetValue(format) == "json")
            {
                WriteJson(console.Output, evaluation, showDetails);
            }
            else
            {
                WriteText(console.Output, evaluation, showDetails);
            }
            console.Output.Flush();
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static void WriteText(TextWriter output, ExtractionEvaluation evaluation, bool details)
    {
        if (details)
        {
            foreach (var page in evaluation.Pages)
            {
                if (page.Missed.Count == 0 && page.Leaked.Count == 0)
                {
                    continue;
                }
                output.WriteLine($"{Path.GetFileName(page.Page.File)}{(page.Error is null ? "" : $" ({page.Error})")}");
                foreach (var missed in page.Missed)
                {
                    output.WriteLine($"  - missed: {missed}");
                }
                foreach (var leaked in page.Leaked)
                {
                    output.WriteLine($"  + leaked: {leaked}");
                }
            }
            output.WriteLine();
        }
        var s = evaluation.Score;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages {s.Pages}  segments keep {s.TruePositives + s.FalseNegatives} drop {s.FalsePositives + s.TrueNegatives}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TP {s.TruePositives}  FN {s.FalseNegatives}  FP {s.FalsePositives}  TN {s.TrueNegatives}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"precision {s.Precision:0.000}  recall {s.Recall:0.000}  accuracy {s.Accuracy:0.000}  F1 {s.F1:0.000}"));
    }

    private static void WriteJson(TextWriter output, ExtractionEvaluation evaluation, bool details)
    {
        var s = evaluation.Score;
        var result = new Dictionary<string, object>
        {
            ["pages"] = s.Pages,
            ["truePositives"] = s.TruePositives,
            ["falseNegatives"] = s.FalseNegatives,
            ["falsePositives"] = s.FalsePositives,
            ["trueNegatives"] = s.TrueNegatives,
            ["precision"] = Math.Round(s.Precision, 4),
            ["recall"] = Math.Round(s.Recall, 4),
            ["accuracy"] = Math.Round(s.Accuracy, 4),
            ["f1"] = Math.Round(s.F1, 4),
        };
        if (details)
        {
            result["details"] = evaluation.Pages
                .Where(p => p.Missed.Count > 0 || p.Leaked.Count > 0)
                .Select(p => new Dictionary<string, object?> { ["file"] = Path.GetFileName(p.Page.File), ["missed"] = p.Missed, ["leaked"] = p.Leaked, ["error"] = p.Error })
                .ToList();
        }
        output.WriteLine(JsonSerializer.Serialize(result, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
