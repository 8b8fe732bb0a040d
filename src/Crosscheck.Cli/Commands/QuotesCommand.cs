using System.CommandLine;
using Crosscheck.Attribution;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck quotes [--speaker X]</c>: the stored articles' quotes, filtered by speaker and by what they report.</summary>
internal static class QuotesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var speaker = new Option<string?>("--speaker", "-s")
        {
            Description = "Only quotes whose speaker's name or source phrase holds all these words (case and accents ignored): \"Vidric\", \"white house official\".",
            HelpName = "NAME",
        };
        var reports = new Option<string[]>("--reports", "-r")
        {
            Description = "Only quotes that report these: speech (words said or written), belief (a stance), intent (a plan or refusal), act (a deed, \"ordered\", \"signed\"). Comma-separated or repeated.",
            HelpName = "speech|belief|intent|act",
            AllowMultipleArgumentsPerToken = true,
        };
        var kinds = new Option<string[]>("--kind", "-k")
        {
            Description = "Only quotes of these kinds: direct (in quotation marks), indirect, mixed. Comma-separated or repeated.",
            HelpName = "direct|indirect|mixed",
            AllowMultipleArgumentsPerToken = true,
        };
        var database = CommonOptions.Database(CrosscheckWorkspace.DefaultDatabasePath);
        var since = StoriesCommand.Since();
        var format = CommonOptions.Format("text", "json", "csv", "md");
        var output = CommonOptions.Output();
        var by = new Option<string?>("--by")
        {
            Description = "Group the matching quotes: 'speaker' prints one row per speaker (quotes, articles, outlets, what they report, first and last date) instead of the quotes.",
            HelpName = "speaker",
        };
        by.AcceptOnlyFromAmong("speaker");
        var reanalyze = new Option<bool>("--reanalyze")
        {
            Description = "Analyse every article again instead of reading the analyses stored at ingest (slower; use after changing the pipeline's models by hand).",
        };
        var command = new Command("quotes", "List who said what across the stored articles: each quote with its speaker, cue, venue, what it reports and its article; filter by speaker, by what is reported and by kind.")
        {
            speaker, reports, kinds, database, since, format, output, by, reanalyze,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(database)!;
            StoriesCommand.RequireDatabase(path);
            var name = parseResult.GetValue(speaker);
            if (name is not null && !name.Any(char.IsLetterOrDigit))
            {
                throw new UsageException($"--speaker: '{name}' has no letters or digits.");
            }
            QuoteQuery query;
            try
            {
                query = new QuoteQuery(
                    name,
                    QuoteQuery.ParseSet<Reported>("--reports", parseResult.GetValue(reports)),
                    QuoteQuery.ParseSet<QuoteKind>("--kind", parseResult.GetValue(kinds)),
                    StoriesCommand.ParseSince(parseResult.GetValue(since)));
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message);
            }
            var store = await CrosscheckWorkspace.OpenStoreAsync(path, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<FoundQuote> quotes;
            await using (store.ConfigureAwait(false))
            {
                var workspace = new CrosscheckWorkspace();
                quotes = console.WithProgress("Reading quotes", progress =>
                    workspace.FindQuotesAsync(store, query, parseResult.GetValue(reanalyze), progress, cancellationToken).GetAwaiter().GetResult());
            }
            var chosen = parseResult.GetValue(format)!;
            if (parseResult.GetValue(by) is not null)
            {
                var speakers = SpeakerTally.Count(quotes);
                CommonOptions.WriteReport(console, parseResult.GetValue(output), writer => QuoteWriter.WriteSpeakers(speakers, query, chosen, writer));
                return ExitCodes.Ok;
            }
            CommonOptions.WriteReport(console, parseResult.GetValue(output), writer =>
            {
                switch (chosen)
                {
                    case "json": QuoteWriter.WriteJson(quotes, query, writer); break;
                    case "csv": QuoteWriter.WriteCsv(quotes, writer); break;
                    case "md": QuoteWriter.WriteMarkdown(quotes, writer); break;
                    default: QuoteWriter.WriteText(quotes, writer); break;
                }
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
