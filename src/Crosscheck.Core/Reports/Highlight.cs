using Crosscheck.Documents;

namespace Crosscheck.Reports;

/// <summary>One span to highlight, with a one-line description for its tooltip.</summary>
internal readonly record struct Highlight(TextSpan Span, HighlightLayer Layer, string Description);
