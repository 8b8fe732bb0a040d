using System.CommandLine;
using System.Text;
using Crosscheck.Signals;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck train TASK --data PATH</c>: trains Crosscheck's statistical models reproducibly (signals, checkworthiness).</summary>
internal static class TrainCommand
{
    /// <summary>The model file in the repository, relative to its root.</summary>
    private const string DefaultOutput = "src/Crosscheck.Core/Lexicons/signals-model.txt";

    /// <summary>Creates the command with one subcommand per trainable model.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command("train", "Train Crosscheck's statistical models from annotated data (CPU only, fixed seed).");
        var data = new Option<string>("--data")
        {
            Description = "PTC-format directory: articles/article<ID>.txt and *.labels.",
            Required = true,
            HelpName = "DIR",
        };
        var output = new Option<string>("--out")
        {
            Description = $"Where to write the weights (default: {DefaultOutput}, embedded at the next build).",
            DefaultValueFactory = _ => DefaultOutput,
            HelpName = "FILE",
        };
        var signals = new Command("signals", "Train the propaganda-span model (logistic-regression tagger and clause classifier, segment scorer, technique classifier) on PTC data.")
        {
            data, output,
        };
        signals.SetAction((parseResult, cancellationToken) =>
        {
            var documents = EvalPropagandaCommand.Read(parseResult.GetValue(data)!);
            var model = CrosscheckWorkspace.TrainSignals(documents, PropagandaTrainingOptions.Default, cancellationToken);
            var path = parseResult.GetValue(output)!;
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }
            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                model.Write(writer);
            }
            var (span, clause, technique) = model.FeatureCounts;
            console.Output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Trained on {documents.Count} articles: {span} token, {clause} clause and {technique} technique features; thresholds {model.Threshold} (token), {model.ClauseThreshold} (clause), {model.SegmentThreshold?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} (segment)."));
            console.Error.WriteLine($"Wrote {Path.GetFullPath(path)}");
            return Task.FromResult(ExitCodes.Ok);
        });
        command.Add(signals);
        command.Add(TrainCheckWorthinessCommand.Create(console));
        command.Add(TrainAttributionCommand.Create(console));
        return command;
    }
}
