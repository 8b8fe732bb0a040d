using System.CommandLine;
using System.Globalization;
using Crosscheck.Claims;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck train checkworthiness --data TRAIN.tsv</c>: trains the check-worthiness model reproducibly.</summary>
internal static class TrainCheckWorthinessCommand
{
    /// <summary>Creates the subcommand.</summary>
    public static Command Create(CliConsole console)
    {
        var defaults = CheckWorthinessTrainingOptions.Default;
        var data = new Option<string>("--data")
        {
            Description = "Training file in the CheckThat! 2024 Task 1 format (Sentence_id TAB Text TAB class_label).",
            Required = true,
            HelpName = "TRAIN.tsv",
        };
        var dev = new Option<string?>("--dev")
        {
            Description = "Dev file, same format: added to the training data and reported by its out-of-fold score (see --merge-dev); with --threshold-folds 0 the threshold maximises its Yes-class F1 instead.",
            HelpName = "DEV.tsv",
        };
        var output = new Option<string>("--out")
        {
            Description = $"Where to write the model (to ship it: src/Crosscheck.Core/Lexicons/{CheckWorthinessScorer.ModelLexicon}.txt).",
            DefaultValueFactory = _ => CheckWorthinessScorer.ModelLexicon + ".txt",
            HelpName = "FILE",
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data.", DefaultValueFactory = _ => defaults.Epochs };
        var bits = new Option<int>("--bits") { Description = "Hash bits (2^bits weights, 10 to 24).", DefaultValueFactory = _ => defaults.Bits };
        var rate = new Option<double>("--learning-rate") { Description = "AdaGrad base rate.", DefaultValueFactory = _ => defaults.LearningRate };
        var l2 = new Option<double>("--l2") { Description = "L2 penalty.", DefaultValueFactory = _ => defaults.L2 };
        var positive = new Option<double>("--positive-weight") { Description = "Cost of a missed Yes relative to a false alarm.", DefaultValueFactory = _ => defaults.PositiveWeight };
        var folds = new Option<int>("--threshold-folds")
        {
            Description = "Choose the threshold on K-fold out-of-fold predictions over the training data (0: on --dev instead; --dev is then only reported).",
            DefaultValueFactory = _ => defaults.ThresholdFolds,
            HelpName = "K",
        };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed.", DefaultValueFactory = _ => defaults.Seed };
        var seeds = new Option<int>("--seeds") { Description = "Models, each with its own shuffle, averaged into the weights.", DefaultValueFactory = _ => defaults.Seeds };
        var mergeDev = new Option<bool>("--merge-dev")
        {
            Description = "Train on the dev sentences too (they join the cross-validation folds); false: dev is only scored.",
            DefaultValueFactory = _ => defaults.MergeDev,
        };
        var lengthPower = new Option<double>("--length-power")
        {
            Description = "Scale the summed word-feature weights by (60 / their count)^P, in training and scoring; 0: no length normalisation.",
            DefaultValueFactory = _ => defaults.LengthPower,
            HelpName = "P",
        };
        var command = new Command(
            "checkworthiness",
            "Train the claims stage's check-worthiness model (logistic regression over hashed n-grams and rule features) " +
            "and write it as a lexicon file.")
        {
            data, dev, output, epochs, bits, rate, l2, positive, folds, seed, seeds, mergeDev, lengthPower,
        };
        command.SetAction(parseResult =>
        {
            var trainingPath = parseResult.GetValue(data)!;
            var devPath = parseResult.GetValue(dev);
            foreach (var path in new[] { trainingPath, devPath })
            {
                if (path is not null && !File.Exists(path))
                {
                    throw new UsageException($"data file '{path}' does not exist.");
                }
            }
            var options = new CheckWorthinessTrainingOptions
            {
                Epochs = parseResult.GetValue(epochs),
                Bits = parseResult.GetValue(bits),
                LearningRate = parseResult.GetValue(rate),
                L2 = parseResult.GetValue(l2),
                PositiveWeight = parseResult.GetValue(positive),
                Seed = parseResult.GetValue(seed),
                ThresholdFolds = parseResult.GetValue(folds),
                Seeds = parseResult.GetValue(seeds),
                MergeDev = parseResult.GetValue(mergeDev),
                LengthPower = parseResult.GetValue(lengthPower),
            };
            if (options.Epochs < 1 || options.Bits is < 10 or > 24 || options.LearningRate <= 0 || options.L2 < 0 || options.PositiveWeight <= 0 || options.ThresholdFolds < 0 || options.Seeds < 1
                || options.LengthPower is < 0 or > 2)
            {
                throw new UsageException("--epochs must be at least 1, --bits 10 to 24, --learning-rate and --positive-weight positive, --l2 and --threshold-folds not negative, --seeds at least 1, --length-power 0 to 2.");
            }
            var outPath = parseResult.GetValue(output)!;
            CheckWorthinessTraining result;
            try
            {
                result = CrosscheckWorkspace.TrainCheckWorthiness(trainingPath, devPath, outPath, options);
            }
            catch (InvalidDataException invalid)
            {
                console.Error.WriteLine($"crosscheck: {invalid.Message}");
                return ExitCodes.InputFailed;
            }
            var invariant = CultureInfo.InvariantCulture;
            console.Output.WriteLine(string.Create(invariant, $"Trained on {result.TrainingSentences} sentences; threshold {result.Threshold:0.####}; training F1 {result.Training.F1:0.000}."));
            if (result.CrossValidation is { } cv)
            {
                console.Output.WriteLine(result.CrossValidationSummary(cv));
            }
            if (result.Dev is { } devScore)
            {
                var label = result.DevTrainedOn ? "Dev (out-of-fold)" : "Dev";
                console.Output.WriteLine(string.Create(invariant, $"{label}: precision {devScore.Precision:0.000}, recall {devScore.Recall:0.000}, F1 {devScore.F1:0.000}."));
            }
            console.Output.Flush();
            console.Error.WriteLine($"Wrote {Path.GetFullPath(outPath)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
