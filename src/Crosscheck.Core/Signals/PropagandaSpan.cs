using Crosscheck.Documents;

namespace Crosscheck.Signals;

/// <summary>A propaganda span in PTC style: character offsets into an article and the technique's wire name.</summary>
/// <param name="Span">Where the span is (end exclusive).</param>
/// <param name="Technique">The technique's wire name ("Loaded_Language"); empty when unlabelled.</param>
public readonly record struct PropagandaSpan(TextSpan Span, string Technique);
