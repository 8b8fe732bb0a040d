using Crosscheck.Pipeline;

namespace Crosscheck.CrossCheck;

/// <summary>The analyses of articles given together, and what they share.</summary>
/// <param name="Articles">The analysed articles, in the order given.</param>
/// <param name="Alignments">Quotes and claims found in two or more of the articles.</param>
public sealed record ComparisonReport(IReadOnlyList<AnalyzedArticle> Articles, IReadOnlyList<AlignedItem> Alignments)
{
    /// <summary>Publication order, copies and citations among the articles.</summary>
    public ProvenanceGraph Provenance { get; init; } = ProvenanceGraph.Empty;
}
