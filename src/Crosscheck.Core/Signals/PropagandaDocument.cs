namespace Crosscheck.Signals;

/// <summary>An article with gold propaganda spans (PTC style), for training and scoring.</summary>
/// <param name="Id">The article id ("111111111").</param>
/// <param name="Text">The article text the spans index.</param>
/// <param name="Spans">The gold spans with their technique wire names.</param>
public sealed record PropagandaDocument(string Id, string Text, IReadOnlyList<PropagandaSpan> Spans);
