using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscheck.Evaluation.Attribution;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// <c>crosscheck eval attribution --data DIR</c>: per-role Source/Cue/Content span P/R/F1 (exact and overlap) and
/// relation-level P/R/F1 of the attribution stage against brat gold such as PolNeAR.
/// </summary>
internal static class EvalAttributionCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data")
        {
            Description = "Annotated folder: PolNeAR layout (text/NAME.txt, attributions/NAME_ANNOTATOR.ann, metadata.tsv beside or " +
                          "above it) or plain brat (NAME.txt beside NAME.ann).",
            Required = true,
            HelpName = "DIR",
        };
        var format = CommonOptions.Format("text", "json");
        var command = new Command(
            "attribution",
            "Analyse each annotated article and score its quotes against the gold attribution relations: Source, Cue and " +
            "Content span precision/recall/F1 (exact and overlap), and relation-level P/R/F1 where a relation counts when its " +
            "content overlaps the gold content and its speaker span overlaps the gold source. See docs/accuracy.md.")
        {
            data, format,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(data)!;
            if (!Directory.Exists(path))
            {
                throw new UsageException($"data folder '{path}' does not exist.");
            }
            AttributionEvaluation evaluation;
            try
            {
                var workspace = new CrosscheckWorkspace();
                evaluation = console.WithProgress("Analysing", progress => workspace.EvaluateAttribution(path, progress, cancellationToken));
            }
            catch (InvalidDataException invalid)
            {
                console.Error.WriteLine($"crosscheck: {invalid.Message}");
                return Task.FromResult(ExitCodes.InputFailed);
            }
            console.Output.Write(parseResult.GetValue(format) == "json" ? Json(path, evaluation) : Table(path, evaluation));
            console.Output.Flush();
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>A plain-text table of the result.</summary>
    internal static string Table(string path, AttributionEvaluation evaluation)
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(invariant, $"Attribution on {path}: {evaluation.Documents} documents, {evaluation.Relation.Gold} gold relations, {evaluation.Relation.Predicted} predicted");
        text.AppendLine();
        text.AppendLine("measure                  precision  recall     F1   gold   pred  match");
        Row(text, "Source exact", evaluation.Source.Exact);
        Row(text, "Source overlap", evaluation.Source.Overlap);
        Row(text, "Cue exact", evaluation.Cue.Exact);
        Row(text, "Cue overlap", evaluation.Cue.Overlap);
        Row(text, "Content exact", evaluation.Content.Exact);
        Row(text, "Content overlap", evaluation.Content.Overlap);
        Row(text, "Relation (content+speaker)", evaluation.Relation);
        Row(text, "Relation, speaker by name", evaluation.RelationByName);
        Row(text, "Relation, content only", evaluation.ContentOnly);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, PrecisionRecall score) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{name,-26} {score.Precision,7:0.000}  {score.Recall,6:0.000}  {score.F1,5:0.000}  {score.Gold,5}  {score.Predicted,5}  {score.Correct,5}");

    /// <summary>The result as one JSON object.</summary>
    internal static string Json(string path, AttributionEvaluation evaluation)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("task", "attribution");
            writer.WriteString("data", path);
            writer.WriteNumber("documents", evaluation.Documents);
            Role(writer, "source", evaluation.Source);
            Role(writer, "cue", evaluation.Cue);
            Role(writer, "content", evaluation.Content);
            Score(writer, "relation", evaluation.Relation);
            Score(writer, "relationByName", evaluation.RelationByName);
            Score(writer, "contentOnly", evaluation.ContentOnly);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static void Role(Utf8JsonWriter writer, string name, RoleScore role)
    {
        writer.WriteStartObject(name);
        Score(writer, "exact", role.Exact);
        Score(writer, "overlap", role.Overlap);
        writer.WriteEndObject();
    }

    private static void Score(Utf8JsonWriter writer, string name, PrecisionRecall score)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("precision", Math.Round(score.Precision, 4));
        writer.WriteNumber("recall", Math.Round(score.Recall, 4));
        writer.WriteNumber("f1", Math.Round(score.F1, 4));
        writer.WriteNumber("gold", score.Gold);
        writer.WriteNumber("predicted", score.Predicted);
        writer.WriteNumber("correct", score.Correct);
        writer.WriteEndObject();
    }
}
