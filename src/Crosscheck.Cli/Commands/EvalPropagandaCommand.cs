using System.CommandLine;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// <c>crosscheck eval propaganda --data DIR [--folds K [--seed N]]</c>: span-identification and labelled-span F1 on PTC-format
/// data (SemEval-2020 Task 11 partial-overlap credit).
/// </summary>
internal static class EvalPropagandaCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data")
        {
            Description = "PTC-format directory: articles/article<ID>.txt and *.labels (technique labels preferred).",
            Required = true,
            HelpName = "DIR",
        };
        var folds = new Option<int>("--folds")
        {
            Description = "Cross-validate: train on K-1 folds, score the held-out fold, for each fold (0 = score the embedded model).",
            HelpName = "K",
        };
        var threshold = new Option<double?>("--threshold")
        {
            Description = "Threshold for model spans: the segment score for models with a segment scorer, else the token probability (default: the model's own).",
            HelpName = "P",
        };
        var clauseThreshold = new Option<double?>("--clause-threshold")
        {
            Description = "Clause-probability threshold for whole-clause model spans (default: the model's own).",
            HelpName = "P",
        };
        var seed = new Option<int?>("--seed")
        {
            Description = "Seed of the fold assignment and of training, for a second split of the cross-validation (default: the training default).",
            HelpName = "N",
        };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("propaganda", "Score propaganda-span detection: SI F1 with partial-overlap credit and labelled-span F1 (SemEval-2020 Task 11).")
        {
            data, folds, threshold, clauseThreshold, seed, format,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var k = parseResult.GetValue(folds);
            if (k is < 0 or 1)
            {
                throw new UsageException("--folds must be 0 (no cross-validation) or at least 2.");
            }
            if (parseResult.GetValue(seed) is not null && k < 2)
            {
                throw new UsageException("--seed needs --folds: the embedded model is scored as it is.");
            }
            foreach (var option in (Option<double?>[])[threshold, clauseThreshold])
            {
                if (parseResult.GetValue(option) is { } p && p is <= 0 or > 1)
                {
                    throw new UsageException($"{option.Name} must be in (0, 1].");
                }
            }
            var documents = Read(parseResult.GetValue(data)!);
            var evaluation = console.WithProgress("Scoring", progress =>
                CrosscheckWorkspace.EvaluatePropaganda(documents, k, parseResult.GetValue(threshold), parseResult.GetValue(clauseThreshold),
                    parseResult.GetValue(seed) is { } n ? Signals.PropagandaTrainingOptions.Default with { Seed = n } : null, progress, cancellationToken));
            CrosscheckWorkspace.WritePropagandaEvaluation(evaluation, parseResult.GetValue(format) == "json", console.Output);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>Reads the data, turning a malformed directory into a usage error.</summary>
    internal static IReadOnlyList<Signals.PropagandaDocument> Read(string directory)
    {
        try
        {
            return CrosscheckWorkspace.ReadPropagandaCorpus(directory);
        }
        catch (DirectoryNotFoundException missing)
        {
            throw new UsageException(missing.Message);
        }
        catch (InvalidDataException invalid)
        {
            throw new UsageException(invalid.Message);
        }
    }
}
