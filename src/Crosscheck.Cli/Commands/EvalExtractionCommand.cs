using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// <c>crosscheck eval extraction --data DIR</c>: main-content extraction scored on trafilatura-style segment data
/// (must-keep and must-drop segments, micro precision / recall / F1), or, when DIR holds a <c>ground-truth.json</c>,
/// on an article-body benchmark with ScrapingHub's shingle metric.
/// </summary>
internal static class EvalExtractionCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data")
        {
            Description = "Directory holding evaldata*.json ({url: {file, with, without}}) and the pages under html/, "
                + "or ground-truth.json ({id: {articleBody}}) and html/ID.html.gz (scored with 4-word shingles).",
            Required = true,
            HelpName = "DIR",
        };
        var format = CommonOptions.Format("text", "json");
        var details = new Option<bool>("--details")
        {
            Description = "Also list, per page, the must-keep segments missed and the must-drop segments kept (shingle data: "
                + "every page below F1 1, worst first).",
        };
        var command = new Command("extraction", "Score HTML main-content extraction against must-keep / must-drop segments (trafilatura's "
            + "benchmark rules) or gold article bodies (ScrapingHub's shingle rules).")
        {
            data, format, details,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var workspace = new CrosscheckWorkspace();
            var directory = parseResult.GetValue(data)!;
            if (Crosscheck.Ingest.Evaluation.ShingleScorer.IsDataSet(directory))
            {
                return Task.FromResult(RunShingles(console, workspace, directory, parseResult.GetValue(format) == "json", parseResult.GetValue(details), cancellationToken));
            }
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

    private static int RunShingles(CliConsole console, CrosscheckWorkspace workspace, string directory, bool json, bool details, CancellationToken cancellationToken)
    {
        ShingleEvaluation evaluation;
        try
        {
            evaluation = console.WithProgress("Extracting", progress => workspace.EvaluateArticleBodies(directory, progress, cancellationToken));
        }
        catch (InvalidDataException invalid)
        {
            throw new UsageException(invalid.Message);
        }
        var s = evaluation.Score;
        var worst = evaluation.Pages
            .Select(p => (Page: p, F1: F1(p.Counts.Precision, p.Counts.Recall)))
            .Where(p => p.F1 < 1)
            .OrderBy(p => p.F1)
            .ThenBy(p => p.Page.Page.Id, StringComparer.Ordinal)
            .ToList();
        if (json)
        {
            var result = new Dictionary<string, object>
            {
                ["metric"] = "shingles-4",
                ["pages"] = s.Pages,
                ["precision"] = Math.Round(s.Precision, 4),
                ["recall"] = Math.Round(s.Recall, 4),
                ["f1"] = Math.Round(s.F1, 4),
                ["precisionInterval"] = Math.Round(s.PrecisionInterval, 4),
                ["recallInterval"] = Math.Round(s.RecallInterval, 4),
                ["f1Interval"] = Math.Round(s.F1Interval, 4),
                ["failed"] = evaluation.Pages.Count(p => p.Error is not null),
            };
            if (details)
            {
                result["details"] = worst
                    .Select(p => new Dictionary<string, object?>
                    {
                        ["id"] = p.Page.Page.Id,
                        ["precision"] = Math.Round(p.Page.Counts.Precision, 4),
                        ["recall"] = Math.Round(p.Page.Counts.Recall, 4),
                        ["error"] = p.Page.Error,
                    })
                    .ToList();
            }
            console.Output.WriteLine(JsonSerializer.Serialize(result, JsonOptions));
        }
        else
        {
            if (details)
            {
                foreach (var (page, _) in worst)
                {
                    console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{page.Page.Id}  precision {page.Counts.Precision:0.000}  recall {page.Counts.Recall:0.000}{(page.Error is null ? "" : $"  ({page.Error})")}"));
                }
                console.Output.WriteLine();
            }
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pages {s.Pages}  4-word shingles, page means (article-extraction-benchmark rules)"));
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"precision {s.Precision:0.000} ± {s.PrecisionInterval:0.000}  recall {s.Recall:0.000} ± {s.RecallInterval:0.000}  F1 {s.F1:0.000} ± {s.F1Interval:0.000}"));
        }
        console.Output.Flush();
        return ExitCodes.Ok;
    }

    private static double F1(double precision, double recall) => precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;

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
