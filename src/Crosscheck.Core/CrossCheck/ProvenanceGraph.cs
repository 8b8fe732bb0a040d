namespace Crosscheck.CrossCheck;

/// <summary>Who published first, who copies whom and who cites whom among compared articles.</summary>
/// <param name="Order">Article ids, earliest publication first (undated last, ties in input order).</param>
/// <param name="Links">Article-level edges: copies, and citations of another compared outlet or of an outside one.</param>
public sealed record ProvenanceGraph(IReadOnlyList<string> Order, IReadOnlyList<ProvenanceLink> Links)
{
    /// <summary>An empty graph.</summary>
    public static ProvenanceGraph Empty { get; } = new([], []);
}
