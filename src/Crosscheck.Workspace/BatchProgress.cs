namespace Crosscheck.Workspace;

/// <summary>How far a batch of reading and analysis has got.</summary>
/// <param name="Done">Inputs handled so far (articles analysed plus inputs that failed).</param>
/// <param name="Failed">Inputs that failed so far.</param>
/// <param name="Current">The input handled last.</param>
public readonly record struct BatchProgress(int Done, int Failed, string Current);
