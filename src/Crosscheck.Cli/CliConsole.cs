using Crosscheck.Ingest.Reading;
using Crosscheck.Workspace;
using Spectre.Console;

namespace Crosscheck.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Output"/> (stdout, machine-readable when asked), progress and
/// diagnostics to <see cref="Error"/> (stderr) so that piping results never mixes in either.
/// </summary>
/// <param name="output">The results writer.</param>
/// <param name="error">The diagnostics writer.</param>
/// <param name="input">Opens standard input (the process's own when null).</param>
internal sealed class CliConsole(TextWriter output, TextWriter error, Func<Stream>? input = null)
{
    /// <summary>Opens standard input, for commands that read <c>-</c>.</summary>
    public Func<Stream> Input { get; } = input ?? Console.OpenStandardInput;

    /// <summary>The results writer.</summary>
    public TextWriter Output { get; } = output;

    /// <summary>The diagnostics writer.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>A Spectre console over <see cref="Error"/>, interactive only when stderr is a real terminal.</summary>
    public IAnsiConsole Diagnostics { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(error),
        Interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected
            ? InteractionSupport.Detect
            : InteractionSupport.No,
        Ansi = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? AnsiSupport.Detect : AnsiSupport.No,
    });

    /// <summary>Writes one line per failed input: "crosscheck: error: FILE: reason".</summary>
    public void ReportErrors(IEnumerable<IngestError> errors)
    {
        foreach (var failure in errors)
        {
            Error.WriteLine($"crosscheck: error: {failure.Source}: {failure.Reason}");
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a live progress line on stderr when it is a terminal; silently otherwise.
    /// </summary>
    public T WithProgress<T>(string description, Func<IProgress<BatchProgress>?, T> work)
    {
        if (!Diagnostics.Profile.Capabilities.Interactive)
        {
            return work(null);
        }
        T result = default!;
        Diagnostics.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description);
                task.IsIndeterminate = true;
                var progress = new Progress<BatchProgress>(p =>
                    task.Description = $"{description}: {p.Done} done, {p.Failed} failed ({Markup.Escape(Path.GetFileName(p.Current))})");
                result = work(progress);
                task.StopTask();
            });
        return result;
    }
}
