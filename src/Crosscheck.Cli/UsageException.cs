namespace Crosscheck.Cli;

/// <summary>A command line that parsed but cannot be run as given; reported in one line with exit code 2.</summary>
/// <param name="message">What is wrong, for the user.</param>
internal sealed class UsageException(string message) : Exception(message);
