namespace Crosscheck.CrossCheck;

/// <summary>A run of words with one diff operation.</summary>
/// <param name="Operation">Equal, inserted or deleted.</param>
/// <param name="Text">The words as written, separated by single spaces.</param>
public sealed record DiffSegment(DiffOperation Operation, string Text);
