using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscheck.CrossCheck.Evaluation;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck eval crosscheck --data DIR</c>: per-kind precision, recall and F1 of mutation classification.</summary>
internal static class EvalCrossCheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data")
        {
            Description = "Directory holding cases.txt (the labelled cross-check set), or the file itself.",
            Required = true,
            HelpName = "PATH",
        };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("crosscheck", "Score mutation classification (speaker, venue, hedge, number, ... changes) per kind against a labelled set of stories.")
        {
            data, format,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(data)!;
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                throw new UsageException($"'{path}' does not exist.");
            }
            CrossCheckEvalResult result;
            try
            {
                result = new CrosscheckWorkspace().EvaluateCrossCheck(path, cancellationToken);
            }
            catch (Exception e) when (e is FormatException or FileNotFoundException)
            {
                console.Error.WriteLine($"crosscheck: {e.Message}");
                return Task.FromResult(ExitCodes.InputFailed);
            }
            if (parseResult.GetValue(format) == "json")
            {
                WriteJson(result, console.Output);
            }
            else
            {
                WriteText(result, console.Output);
            }
            console.Output.Flush();
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static void WriteText(CrossCheckEvalResult result, TextWriter output)
    {
        output.Write($"{result.Cases} cases\n\n");
        output.Write($"{"kind",-18} {"P",6} {"R",6} {"F1",6} {"TP",4} {"FP",4} {"FN",4}\n");
        foreach (var kind in result.Kinds)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"{kind.Kind,-18} {kind.Precision,6:0.000} {kind.Recall,6:0.000} {kind.F1,6:0.000} {kind.TruePositives,4} {kind.FalsePositives,4} {kind.FalseNegatives,4}\n"));
        }
        output.Write(string.Create(CultureInfo.InvariantCulture, $"\nmicro F1 {result.MicroF1:0.000}\n"));
        output.Write($"verbatim copies: {result.VerbatimCopyMutations} mutation(s) reported in {result.VerbatimCopyCases} case(s)\n");
        if (result.Errors.Count > 0)
        {
            output.Write("\nerrors:\n");
            foreach (var error in result.Errors)
            {
                output.Write($"  {error}\n");
            }
        }
    }

    private static void WriteJson(CrossCheckEvalResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("task", "crosscheck");
            writer.WriteNumber("cases", result.Cases);
            writer.WriteStartArray("kinds");
            foreach (var kind in result.Kinds)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", kind.Kind.ToString());
                writer.WriteNumber("precision", Math.Round(kind.Precision, 4));
                writer.WriteNumber("recall", Math.Round(kind.Recall, 4));
                writer.WriteNumber("f1", Math.Round(kind.F1, 4));
                writer.WriteNumber("tp", kind.TruePositives);
                writer.WriteNumber("fp", kind.FalsePositives);
                writer.WriteNumber("fn", kind.FalseNegatives);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteNumber("microF1", Math.Round(result.MicroF1, 4));
            writer.WriteStartObject("verbatimCopies");
            writer.WriteNumber("cases", result.VerbatimCopyCases);
            writer.WriteNumber("mutations", result.VerbatimCopyMutations);
            writer.WriteEndObject();
            writer.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                writer.WriteStringValue(error);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }
}
