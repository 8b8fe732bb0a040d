using System.CommandLine;
using System.Globalization;
using Crosscheck.Workspace;
using Spectre.Console;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck ingest PATH...</c>: reads, analyses and stores articles, streaming, in batched transactions.</summary>
internal static class IngestCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories (text, Markdown, HTML, JSONL, RSS/Atom, WARC, .gz); '-' reads JSONL from standard input.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "PATH",
        };
        var database = CommonOptions.Database(CrosscheckWorkspace.DefaultDatabasePath);
        var format = CommonOptions.Format("text", "json");
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Articles stored per transaction; a crash loses at most one batch.",
            DefaultValueFactory = _ => IngestOptions.Default.BatchSize,
            HelpName = "N",
        };
        var noAnalyze = new Option<bool>("--no-analyze")
        {
            Description = "Store the articles without analysing them.",
        };
        var command = new Command(
            "ingest",
            "Read, analyse and store articles. Streams any amount of input; already stored articles (same content id) are skipped, so a re-run stores only what is missing.")
        {
            paths, database, format, batchSize, noAnalyze,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var size = parseResult.GetValue(batchSize);
            if (size is < 1 or > 100_000)
            {
                throw new UsageException($"--batch-size must be between 1 and 100000, not {size}.");
            }
            var inputs = parseResult.GetValue(paths)!;
            if (inputs.Count(p => p == "-") > 1)
            {
                throw new UsageException("standard input ('-') can be read only once.");
            }
            var db = parseResult.GetValue(database)!;
            var options = new IngestOptions
            {
                BatchSize = size,
                Analyze = !parseResult.GetValue(noAnalyze),
                StandardInput = console.Input,
            };
            var workspace = new CrosscheckWorkspace();
            var store = await OpenAsync(db, cancellationToken).ConfigureAwait(false);
            IngestSummary summary;
            await using (store.ConfigureAwait(false))
            {
                summary = await WithProgressAsync(console, progress =>
                    workspace.IngestAsync(store, inputs, options, progress, cancellationToken)).ConfigureAwait(false);
            }
            console.ReportErrors(summary.Errors);
            var where = CrosscheckWorkspace.DescribeDatabase(db);
            if (parseResult.GetValue(format) == "json")
            {
                ResultJson.WriteIngestSummary(summary, where, console.Output);
            }
            else
            {
                var rate = summary.Elapsed > TimeSpan.Zero ? summary.Read / summary.Elapsed.TotalSeconds : 0;
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{summary.Read} read, {summary.Added} new, {summary.Skipped} skipped, {summary.Failed} failed into {where} " +
                    $"in {summary.Elapsed.TotalSeconds:0.0} s ({rate:0} articles/s)"));
            }
            console.Output.Flush();
            return summary.Failed > 0 ? ExitCodes.InputFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Opens the store, turning an unparsable PostgreSQL address into a usage error.</summary>
    internal static async Task<Storage.IArticleStore> OpenAsync(string database, CancellationToken cancellationToken)
    {
        try
        {
            return await CrosscheckWorkspace.OpenStoreAsync(database, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--db: {WithoutParameterName(ex)}");
        }
    }

    /// <summary>An argument exception's message without the " (Parameter 'x')" that .NET appends.</summary>
    internal static string WithoutParameterName(ArgumentException exception) =>
        exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : exception.Message;

    private static async Task<IngestSummary> WithProgressAsync(CliConsole console, Func<IProgress<IngestProgress>?, Task<IngestSummary>> work)
    {
        if (!console.Diagnostics.Profile.Capabilities.Interactive)
        {
            return await work(null).ConfigureAwait(false);
        }
        IngestSummary summary = null!;
        await console.Diagnostics.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting");
                task.IsIndeterminate = true;
                var progress = new Progress<IngestProgress>(p => task.Description = string.Create(CultureInfo.InvariantCulture,
                    $"Ingesting: {p.Read:N0} read, {p.Added:N0} new, {p.Skipped:N0} skipped, {p.Failed:N0} failed, {p.ArticlesPerSecond:N0} articles/s"));
                summary = await work(progress).ConfigureAwait(false);
                task.StopTask();
            }).ConfigureAwait(false);
        return summary;
    }
}
