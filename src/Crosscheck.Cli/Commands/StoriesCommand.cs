using System.CommandLine;
using System.Globalization;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck stories</c>: the stored articles grouped into stories, with copies marked.</summary>
internal static class StoriesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var database = CommonOptions.Database(CrosscheckWorkspace.DefaultDatabasePath);
        var since = Since();
        var format = CommonOptions.Format("text", "json", "csv");
        var knobs = new StoryOptionsBinder();
        var command = new Command("stories", "Group the stored articles into stories (one event covered by several outlets) and mark syndicated and near-duplicate copies.")
        {
            database, since, format,
        };
        knobs.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(database)!;
            RequireDatabase(path);
            var store = await CrosscheckWorkspace.OpenStoreAsync(path, cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var stories = await CrosscheckWorkspace.ListStoriesAsync(
                    store, ParseSince(parseResult.GetValue(since)), knobs.Engine(parseResult), cancellationToken).ConfigureAwait(false);
                StoryWriter.WriteList(stories, CommonOptions.ParseFormat(parseResult.GetValue(format)!), console.Output);
                console.Output.Flush();
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The <c>--since DATE</c> option.</summary>
    internal static Option<string?> Since() => new("--since")
    {
        Description = "Only articles published at or after DATE (ISO 8601, e.g. 2026-03-01 or 2026-03-01T12:00Z; UTC when no offset).",
        HelpName = "DATE",
    };

    /// <summary>Parses <c>--since</c>, or fails with a usage error.</summary>
    internal static DateTimeOffset? ParseSince(string? value) =>
        value is null ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since) ? since
        : throw new UsageException($"--since: '{value}' is not a date (use ISO 8601, e.g. 2026-03-01).");

    /// <summary>Listing stories of a database that does not exist would silently create an empty one.</summary>
    internal static void RequireDatabase(string path)
    {
        if (!Crosscheck.Storage.PostgreSql.PostgreSqlConnection.IsPostgreSql(path) && !File.Exists(path))
        {
            throw new UsageException($"database '{path}' does not exist; ingest articles first or pass --db PATH.");
        }
    }
}
