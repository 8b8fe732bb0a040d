using Crosscheck.Pipeline;

namespace Crosscheck.CrossCheck;

/// <summary>Says which of a set of articles copy which: the copy half of the provenance graph.</summary>
/// <remarks>Implementations must be thread-safe; the comparison calls them once per comparison.</remarks>
public interface ICopyDetector
{
    /// <summary>
    /// Copy edges among <paramref name="articles"/>, each from the later copy to the earlier article it copies
    /// (<see cref="ProvenanceRelation.CopyOf"/>).
    /// </summary>
    IReadOnlyList<ProvenanceLink> Detect(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken = default);
}
