using System.CommandLine;
using System.Globalization;
using Crosscheck.Storage.Search;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck search QUERY</c>: full-text search over the stored articles' titles and texts.</summary>
internal static class SearchCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string[]>("query")
        {
            Description = "Words that must all appear; \"quoted phrases\" keep their order; a trailing * matches a prefix (light*).",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "QUERY",
        };
        var limit = new Option<int>("--limit", "-n")
        {
            Description = "How many articles to show, best first.",
            DefaultValueFactory = _ => 20,
            HelpName = "N",
        };
        var database = CommonOptions.Database(CrosscheckWorkspace.DefaultDatabasePath);
        var format = CommonOptions.Format("text", "json");
        var command = new Command("search", "Search the stored articles' titles and texts; prints the best matches with the matching words marked **like this**.")
        {
            query, limit, database, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(limit);
            if (count is < 1 or > 10_000)
            {
                throw new UsageException($"--limit must be between 1 and 10000, not {count}.");
            }
            var text = string.Join(' ', parseResult.GetValue(query)!);
            var store = await IngestCommand.OpenAsync(parseResult.GetValue(database)!, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<SearchHit> hits;
            await using (store.ConfigureAwait(false))
            {
                try
                {
                    hits = await CrosscheckWorkspace.SearchAsync(store, text, count, cancellationToken).ConfigureAwait(false);
                }
                catch (ArgumentException ex)
                {
                    throw new UsageException($"{IngestCommand.WithoutParameterName(ex)}: '{text}'");
                }
            }
            if (parseResult.GetValue(format) == "json")
            {
                ResultJson.WriteSearch(text, hits, console.Output);
            }
            else
            {
                WriteText(hits, console.Output);
            }
            console.Output.Flush();
            if (hits.Count == 0)
            {
                await console.Error.WriteLineAsync($"No article matches '{text}'.").ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(IReadOnlyList<SearchHit> hits, TextWriter output)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var outlet = hit.Outlet.Length > 0 ? $" ({hit.Outlet})" : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {hit.Title}{outlet}  [{hit.ArticleId}]"));
            output.WriteLine($"   {hit.Source}");
            output.WriteLine($"   {hit.Snippet.ReplaceLineEndings(" ")}");
            output.WriteLine();
        }
    }
}
