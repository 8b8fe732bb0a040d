using System.CommandLine;
using Crosscheck.Cli.Commands;
using Crosscheck.Storage;

namespace Crosscheck.Cli;

/// <summary>Builds the <c>crosscheck</c> command tree and runs it with the exit-code contract (0 ok, 1 input failed, 2 usage).</summary>
internal static class CliApplication
{
    /// <summary>Parses and runs <paramref name="args"/>, writing results to <paramref name="output"/> and diagnostics to <paramref name="error"/>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, null, cancellationToken);

    /// <summary>Parses and runs <paramref name="args"/>, reading standard input from <paramref name="input"/> (the process's own when null).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<Stream>? input, CancellationToken cancellationToken = default)
    {
        var console = new CliConsole(output, error, input);
        var root = BuildRootCommand(console);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"crosscheck: {parseError.Message}").ConfigureAwait(false);
            }
            await error.WriteLineAsync("Run 'crosscheck --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException usage)
        {
            await error.WriteLineAsync($"crosscheck: {usage.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (StoreException store)
        {
            await error.WriteLineAsync($"crosscheck: {store.Message}").ConfigureAwait(false);
            return ExitCodes.InputFailed;
        }
        catch (IOException io)
        {
            await error.WriteLineAsync($"crosscheck: {io.Message}").ConfigureAwait(false);
            return ExitCodes.InputFailed;
        }
        catch (UnauthorizedAccessException denied)
        {
            await error.WriteLineAsync($"crosscheck: {denied.Message}").ConfigureAwait(false);
            return ExitCodes.InputFailed;
        }
    }

    /// <summary>The command tree.</summary>
    internal static RootCommand BuildRootCommand(CliConsole console)
    {
        var root = new RootCommand(
            "Crosscheck cross-checks news coverage: who is quoted saying what and where, which sources are cited, which " +
            "claims each article makes and how firmly, and how quotes and claims changed between outlets.");
        root.Add(AnalyzeCommand.Create(console));
        root.Add(CompareCommand.Create(console));
        root.Add(DemoCommand.Create(console));
        root.Add(EvalCommand.Create(console));
        root.Add(ExtractCommand.Create(console));
        root.Add(IngestCommand.Create(console));
        root.Add(QuotesCommand.Create(console));
        root.Add(SearchCommand.Create(console));
        root.Add(ServeCommand.Create(console));
        root.Add(StoriesCommand.Create(console));
        root.Add(StoryCommand.Create(console));
        root.Add(TrainCommand.Create(console));
        return root;
    }
}
