using System.CommandLine;
using Crosscheck.Workspace;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck story ID</c>: one story's articles, copies and the cross-check of its quotes and claims.</summary>
internal static class StoryCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The story id, as listed by 'crosscheck stories'.", HelpName = "ID" };
        var database = CommonOptions.Database(CrosscheckWorkspace.DefaultDatabasePath);
        var since = StoriesCommand.Since();
        var format = CommonOptions.Format("text", "json", "md", "html", "csv");
        var output = CommonOptions.Output();
        var knobs = new StoryOptionsBinder();
        var command = new Command("story", "Show one story: its articles with copies marked, and how its outlets' quotes and claims agree and differ.")
        {
            id, database, since, format, output,
        };
        knobs.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(database)!;
            StoriesCommand.RequireDatabase(path);
            var storyId = parseResult.GetValue(id)!;
            var store = await CrosscheckWorkspace.OpenStoreAsync(path, cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var detail = await new CrosscheckWorkspace().GetStoryAsync(
                    store, storyId, StoriesCommand.ParseSince(parseResult.GetValue(since)), knobs.Engine(parseResult), cancellationToken).ConfigureAwait(false)
                    ?? throw new UsageException($"no story '{storyId}'; run 'crosscheck stories' for the ids.");
                CommonOptions.WriteReport(console, parseResult.GetValue(output),
                    writer => StoryWriter.WriteDetail(detail, CommonOptions.ParseFormat(parseResult.GetValue(format)!), writer));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
