namespace Crosscheck.Signals;

/// <summary>A span the model found: tokens [<paramref name="First"/>, <paramref name="End"/>) and its probability.</summary>
/// <param name="First">First token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="Probability">Mean token probability, or the clause classifier's probability.</param>
/// <param name="IsClause">Whether the clause classifier found it (the whole clause) rather than the token tagger.</param>
internal readonly record struct ModelSpan(int First, int End, double Probability, bool IsClause);
