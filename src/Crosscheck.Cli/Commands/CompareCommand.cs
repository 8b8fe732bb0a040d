using System.CommandLine;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck compare PATH PATH [PATH...]</c>: analyses plus aligned quotes and claims and their differences.</summary>
internal static class CompareCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Two or more article files, or directories holding them.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "PATH",
        };
        var format = CommonOptions.Format("text", "json", "md", "html", "csv");
        var output = CommonOptions.Output();
        var command = new Command("compare", "Compare articles about one story: shared quotes and claims, and how speaker, venue, hedges and wording differ.")
        {
            paths, format, output,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var workspace = new CrosscheckWorkspace();
            var batch = console.WithProgress("Analysing", progress => workspace.Analyze(parseResult.GetValue(paths)!, progress, cancellationToken));
            console.ReportErrors(batch.Errors);
            if (batch.Articles.Count < 2)
            {
                var message = $"compare needs at least two articles; {batch.Articles.Count} could be read.";
                if (batch.Errors.Count > 0)
                {
                    console.Error.WriteLine($"crosscheck: {message}");
                    return Task.FromResult(ExitCodes.InputFailed);
                }
                throw new UsageException(message);
            }
            var report = workspace.Compare(batch.Articles, cancellationToken);
            CommonOptions.WriteReport(console, parseResult.GetValue(output),
                writer => CrosscheckWorkspace.WriteComparison(report, CommonOptions.ParseFormat(parseResult.GetValue(format)!), writer));
            return Task.FromResult(batch.Errors.Count > 0 ? ExitCodes.InputFailed : ExitCodes.Ok);
        });
        return command;
    }
}
