using Crosscheck.Documents;

namespace Crosscheck.Signals;

/// <summary>A span where the article uses a manipulation technique, with a reason a person can check.</summary>
/// <param name="Span">Where the technique is used.</param>
/// <param name="Text">The span's text.</param>
/// <param name="Technique">Which technique.</param>
/// <param name="Weight">How strongly the span signals the technique, in (0, 1].</param>
/// <param name="Reason">One line saying why ("'shockwaves' is a sensational intensifier").</param>
public sealed record Signal(TextSpan Span, string Text, Technique Technique, double Weight, string Reason);
