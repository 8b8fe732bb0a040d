namespace Crosscheck.Cli;

/// <summary>The process exit codes every command uses.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>Some input failed; the rest was processed.</summary>
    public const int InputFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
