using System.CommandLine;
using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck train attribution --data DIR</c>: derives the attribution cue lexicon from annotated data.</summary>
internal static class TrainAttributionCommand
{
    /// <summary>The lexicon file in the repository, relative to its root.</summary>
    private const string DefaultOutput = "src/Crosscheck.Core/Lexicons/" + LearnedCueLexicon.LexiconName + ".txt";

    /// <summary>Creates the subcommand.</summary>
    public static Command Create(CliConsole console)
    {
        var defaults = CueLexiconTrainingOptions.Default;
        var data = new Option<string>("--data")
        {
            Description = "Brat attribution folder: PolNeAR's text/ and attributions/ (e.g. its train split), or NAME.txt beside NAME.ann.",
            Required = true,
            HelpName = "DIR",
        };
        var output = new Option<string>("--out")
        {
            Description = $"Where to write the lexicon (default: {DefaultOutput}, embedded at the next build).",
            DefaultValueFactory = _ => DefaultOutput,
            HelpName = "FILE",
        };
        var minCues = new Option<int>("--min-cues") { Description = "The fewest gold cues a word must head.", DefaultValueFactory = _ => defaults.MinCues };
        var minPrecision = new Option<double>("--min-precision")
        {
            Description = "The smallest share of a word's lower-case occurrences that must head a gold cue (0 to 1).",
            DefaultValueFactory = _ => defaults.MinPrecision,
        };
        var command = new Command("attribution", "Learn the attribution stage's cue words (with counts) from brat attribution annotations such as PolNeAR train.")
        {
            data, output, minCues, minPrecision,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var directory = parseResult.GetValue(data)!;
            if (!Directory.Exists(directory))
            {
                throw new UsageException($"data folder '{directory}' does not exist.");
            }
            var options = new CueLexiconTrainingOptions { MinCues = parseResult.GetValue(minCues), MinPrecision = parseResult.GetValue(minPrecision) };
            if (options.MinCues < 1 || options.MinPrecision is < 0 or > 1)
            {
                throw new UsageException("--min-cues must be at least 1 and --min-precision between 0 and 1.");
            }
            var path = parseResult.GetValue(output)!;
            LearnedCueLexicon lexicon;
            try
            {
                lexicon = CrosscheckWorkspace.TrainAttribution(directory, path, options, cancellationToken);
            }
            catch (InvalidDataException invalid)
            {
                console.Error.WriteLine($"crosscheck: {invalid.Message}");
                return Task.FromResult(ExitCodes.InputFailed);
            }
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Trained on {lexicon.Documents} articles ({lexicon.GoldCues} gold cues): {lexicon.Cues.Count} cue words kept."));
            console.Error.WriteLine($"Wrote {Path.GetFullPath(path)}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
