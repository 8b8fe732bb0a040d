using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck eval stories --data FILE</c>: story grouping against gold story ids.</summary>
internal static class EvalStoriesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data")
        {
            Description = "JSONL with a gold story id per article: headline clusters {Id, clusterNo, textCleaned}, story pages " +
                "{id, date, news: {left|center|right: {newsSource, newsTitle, newBody}}} or records {id, story, title, text, outlet, date}. " +
                "Articles are grouped in file order (stable by date when dates are given).",
            Required = true,
            HelpName = "FILE",
        };
        var format = CommonOptions.Format("text", "json");
        var knobs = new StoryOptionsBinder();
        var command = new Command("stories", "Score story grouping: pairwise and B-cubed precision/recall/F1, adjusted Rand index and NMI.")
        {
            data, format,
        };
        knobs.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(data)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"--data: '{path}' does not exist.");
            }
            StoryEvaluation result;
            try
            {
                result = CrosscheckWorkspace.EvaluateStories(path, knobs.Engine(parseResult), cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException or JsonException)
            {
                console.Error.WriteLine($"crosscheck: {e.Message}");
                return Task.FromResult(ExitCodes.InputFailed);
            }
            var s = result.Scores;
            var output = console.Output;
            if (parseResult.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    format = result.Format, items = s.Items, goldStories = s.GoldClusters, predictedStories = s.PredictedClusters,
                    pairwise = new { precision = s.PairPrecision, recall = s.PairRecall, f1 = s.PairF1 },
                    bcubed = new { precision = s.BCubedPrecision, recall = s.BCubedRecall, f1 = s.BCubedF1 },
                    ari = s.AdjustedRandIndex, nmi = s.Nmi, copies = result.DuplicatePairs, seconds = result.Elapsed.TotalSeconds,
                }));
            }
            else
            {
                var c = CultureInfo.InvariantCulture;
                output.WriteLine(string.Create(c, $"data       {path} ({result.Format}): {s.Items} articles, {s.GoldClusters} gold stories"));
                output.WriteLine(string.Create(c, $"predicted  {s.PredictedClusters} stories, {result.DuplicatePairs} copies marked, {result.Elapsed.TotalSeconds:0.00} s"));
                output.WriteLine(string.Create(c, $"pairwise   P {s.PairPrecision:0.000}  R {s.PairRecall:0.000}  F1 {s.PairF1:0.000}"));
                output.WriteLine(string.Create(c, $"B-cubed    P {s.BCubedPrecision:0.000}  R {s.BCubedRecall:0.000}  F1 {s.BCubedF1:0.000}"));
                output.WriteLine(string.Create(c, $"ARI        {s.AdjustedRandIndex:0.000}"));
                output.WriteLine(string.Create(c, $"NMI        {s.Nmi:0.000}"));
            }
            output.Flush();
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
