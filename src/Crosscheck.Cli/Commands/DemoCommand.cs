using System.CommandLine;
using System.Globalization;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck demo</c>: ingests the bundled demo corpus, prints the demo story's comparison, writes an HTML report.</summary>
internal static class DemoCommand
{
    /// <summary>Where the demo stores its articles unless told otherwise.</summary>
    public const string DefaultDatabasePath = "crosscheck-demo.db";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var corpus = new Option<string?>("--corpus")
        {
            Description = "Directory of the corpus to use (default: the bundled samples/corpus).",
            HelpName = "DIR",
        };
        var database = CommonOptions.Database(DefaultDatabasePath);
        var html = new Option<string>("--html")
        {
            Description = "Where to write the HTML report.",
            DefaultValueFactory = _ => "crosscheck-demo.html",
            HelpName = "FILE",
        };
        var format = CommonOptions.Format("text", "json", "md");
        var command = new Command("demo", "Run the demo: ingest the bundled fictional story told by several outlets into a SQLite file (created when missing) and cross-check it.")
        {
            corpus, database, html, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var corpusDirectory = parseResult.GetValue(corpus) ?? FindBundledCorpus()
                ?? throw new UsageException("the demo corpus (samples/corpus) was not found; pass --corpus DIR.");
            if (!Directory.Exists(corpusDirectory))
            {
                throw new UsageException($"corpus directory '{corpusDirectory}' does not exist.");
            }
            var workspace = new CrosscheckWorkspace();
            var result = await workspace.RunDemoAsync(
                corpusDirectory, parseResult.GetValue(database)!, parseResult.GetValue(html)!, null, cancellationToken).ConfigureAwait(false);
            console.ReportErrors(result.Ingest.Errors);
            var reportFormat = CommonOptions.ParseFormat(parseResult.GetValue(format)!);
            CrosscheckWorkspace.WriteComparison(result.Story, reportFormat, console.Output);
            console.Output.Flush();
            var error = console.Error;
            await error.WriteLineAsync(
                $"Ingested {result.Ingest.Read} articles ({result.Ingest.Added} new) into {result.DatabasePath}.").ConfigureAwait(false);
            await error.WriteLineAsync(
                $"The demo story has {result.Story.Articles.Count} articles and {result.Story.Alignments.Count} aligned quotes and claims; " +
                $"{result.Unrelated.Count} unrelated article(s) left out.").ConfigureAwait(false);
            foreach (var group in result.Stories?.Duplicates ?? [])
            {
                foreach (var copy in group.Copies)
                {
                    await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Copy: {SourceOf(result, copy.ArticleId)} copies {SourceOf(result, group.OriginalId)} (Jaccard {copy.Jaccard:0.00}, containment {copy.Containment:0.00}).")).ConfigureAwait(false);
                }
            }
            await error.WriteLineAsync($"HTML report: {result.HtmlPath}").ConfigureAwait(false);
            return result.Ingest.Errors.Count > 0 ? ExitCodes.InputFailed : ExitCodes.Ok;
        });
        return command;
    }

    private static string SourceOf(DemoResult result, string articleId)
    {
        foreach (var article in result.Story.Articles)
        {
            if (article.Article.Id == articleId)
            {
                return Path.GetFileName(article.Article.Source);
            }
        }
        return articleId;
    }

    /// <summary>
    /// <c>samples/corpus</c> in the working directory or a parent (as a relative path, so sources print short), else the
    /// copy bundled beside the executable.
    /// </summary>
    private static string? FindBundledCorpus()
    {
        var current = Directory.GetCurrentDirectory();
        for (var directory = new DirectoryInfo(current); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "corpus");
            if (Directory.Exists(candidate))
            {
                return Path.GetRelativePath(current, candidate);
            }
        }
        var bundled = Path.Combine(AppContext.BaseDirectory, "samples", "corpus");
        return Directory.Exists(bundled) ? bundled : null;
    }
}
