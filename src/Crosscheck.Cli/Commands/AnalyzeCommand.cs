using System.CommandLine;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck analyze PATH...</c>: one analysis per article.</summary>
internal static class AnalyzeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files or directories (text, Markdown with front matter, HTML). Directories are walked.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "PATH",
        };
        var format = CommonOptions.Format("text", "json", "jsonl", "md", "html", "csv");
        var output = CommonOptions.Output();
        var command = new Command("analyze", "Analyse articles: entities, quotes with speaker and venue, citations, claims with modality, manipulation signals.")
        {
            paths, format, output,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var workspace = new CrosscheckWorkspace();
            var batch = console.WithProgress("Analysing", progress => workspace.Analyze(parseResult.GetValue(paths)!, progress, cancellationToken));
            console.ReportErrors(batch.Errors);
            var reportFormat = CommonOptions.ParseFormat(parseResult.GetValue(format)!);
            if (batch.Articles.Count > 0 || reportFormat is not Reports.ReportFormat.Text)
            {
                CommonOptions.WriteReport(console, parseResult.GetValue(output),
                    writer => CrosscheckWorkspace.WriteAnalyses(batch.Articles, reportFormat, writer));
            }
            return Task.FromResult(batch.Errors.Count > 0 ? ExitCodes.InputFailed : ExitCodes.Ok);
        });
        return command;
    }
}
