using System.CommandLine;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck extract PATH...</c>: the article text and metadata each input yields, without analysis.</summary>
internal static class ExtractCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories: HTML, text, Markdown, JSONL, RSS/Atom, WARC. Directories are walked.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "PATH",
        };
        var format = CommonOptions.Format("jsonl", "text");
        var command = new Command("extract", "Print the main text and metadata (title, authors, date, outlet, language, URL) read from each input.")
        {
            paths, format,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var workspace = new CrosscheckWorkspace();
            var jsonl = parseResult.GetValue(format) == "jsonl";
            var failed = 0;
            foreach (var result in workspace.Extract(parseResult.GetValue(paths)!, cancellationToken))
            {
                if (result.Article is { } article)
                {
                    CrosscheckWorkspace.WriteExtracted(article, jsonl, console.Output);
                }
                else if (result.Error is { } error)
                {
                    failed++;
                    console.ReportErrors([error]);
                }
            }
            console.Output.Flush();
            return Task.FromResult(failed > 0 ? ExitCodes.InputFailed : ExitCodes.Ok);
        });
        return command;
    }
}
