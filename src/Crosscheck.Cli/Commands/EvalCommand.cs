using System.CommandLine;

namespace Crosscheck.Cli.Commands;

/// <summary><c>crosscheck eval TASK --data PATH</c>: scores Crosscheck against public gold data with each task's own metric.</summary>
internal static class EvalCommand
{
    /// <summary>Creates the command with one subcommand per task.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command("eval", "Score Crosscheck against annotated data with the metric the data's authors used.");
        // One line per task; each task's command lives in its own file.
        command.Add(EvalAttributionCommand.Create(console));
        return command;
    }
}
