using System.CommandLine;
using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck train attribution --data DIR</c>: trains the attribution cue model (vocabulary and weights) from annotated data.</summary>
internal static class TrainAttributionCommand
{
    /// <summary>The vocabulary file in the repository, relative to its root.</summary>
    private const string DefaultOutput = "src/Crosscheck.Core/Lexicons/" + LearnedCueLexicon.LexiconName + ".txt";

    /// <summary>The weights file in the repository, relative to its root.</summary>
    private const string DefaultModelOutput = "src/Crosscheck.Core/Lexicons/" + CueModel.WeightsName + ".txt";

    /// <summary>Creates the subcommand.</summary>
    public static Command Create(CliConsole console)
    {
        var defaults = CueLexiconTrainingOptions.Default;
        var modelDefaults = CueModelTrainingOptions.Default;
        var data = new Option<string>("--data")
        {
            Description = "Brat attribution folder: PolNeAR's text/ and attributions/ (e.g. its train split), or NAME.txt beside NAME.ann.",
            Required = true,
            HelpName = "DIR",
        };
        var output = new Option<string>("--out")
        {
            Description = $"Where to write the candidate cue words with their counts (default: {DefaultOutput}, embedded at the next build).",
            DefaultValueFactory = _ => DefaultOutput,
            HelpName = "FILE",
        };
        var modelOutput = new Option<string>("--model-out")
        {
            Description = $"Where to write the weights of the cue, source-boundary and quote-filter models (default: {DefaultModelOutput}, embedded at the next build).",
            DefaultValueFactory = _ => DefaultModelOutput,
            HelpName = "FILE",
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes of the perceptron over the training examples.", DefaultValueFactory = _ => modelDefaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the example order (same data and seed: same files).", DefaultValueFactory = _ => modelDefaults.Seed };
        var models = new Option<int>("--models") { Description = "Perceptrons averaged per model, each shuffled by its own seed drawn from --seed.", DefaultValueFactory = _ => modelDefaults.Models };
        var minCues = new Option<int>("--min-cues") { Description = "The fewest gold cues a word must head.", DefaultValueFactory = _ => defaults.MinCues };
        var minPrecision = new Option<double>("--min-precision")
        {
            Description = "The smallest share of a word's lower-case occurrences that must head a gold cue (0 to 1).",
            DefaultValueFactory = _ => defaults.MinPrecision,
        };
        var command = new Command("attribution", "Train the attribution stage's models (candidate cue words with counts; perceptron weights for cues, source boundaries and the quote filter) from brat attribution annotations such as PolNeAR train.")
        {
            data, output, modelOutput, minCues, minPrecision, epochs, seed, models,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var directory = parseResult.GetValue(data)!;
            if (!Directory.Exists(directory))
            {
                throw new UsageException($"data folder '{directory}' does not exist.");
            }
            var vocabulary = new CueLexiconTrainingOptions { MinCues = parseResult.GetValue(minCues), MinPrecision = parseResult.GetValue(minPrecision) };
            if (vocabulary.MinCues < 1 || vocabulary.MinPrecision is < 0 or > 1)
            {
                throw new UsageException("--min-cues must be at least 1 and --min-precision between 0 and 1.");
            }
            var options = modelDefaults with { Vocabulary = vocabulary, Epochs = parseResult.GetValue(epochs), Seed = parseResult.GetValue(seed), Models = parseResult.GetValue(models) };
            if (options.Epochs < 1 || options.Models < 1)
            {
                throw new UsageException("--epochs and --models must be at least 1.");
            }
            var path = parseResult.GetValue(output)!;
            var modelPath = parseResult.GetValue(modelOutput)!;
            CueModel model;
            try
            {
                model = CrosscheckWorkspace.TrainAttribution(directory, path, modelPath, options, cancellationToken);
            }
            catch (InvalidDataException invalid)
            {
                console.Error.WriteLine($"crosscheck: {invalid.Message}");
                return Task.FromResult(ExitCodes.InputFailed);
            }
            var lexicon = model.Vocabulary;
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Trained on {lexicon.Documents} articles ({lexicon.GoldCues} gold cues): {lexicon.Cues.Count} candidate cue words, {model.Weights.Count} weights."));
            console.Error.WriteLine($"Wrote {Path.GetFullPath(path)}");
            console.Error.WriteLine($"Wrote {Path.GetFullPath(modelPath)}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
