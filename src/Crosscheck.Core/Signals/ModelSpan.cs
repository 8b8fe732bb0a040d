namespace Crosscheck.Signals;

/// <summary>A span the model found: tokens [<paramref name="First"/>, <paramref name="End"/>) and its mean probability.</summary>
internal readonly record struct ModelSpan(int First, int End, double Probability);
