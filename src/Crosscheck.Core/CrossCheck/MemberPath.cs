namespace Crosscheck.CrossCheck;

/// <summary>How one member of an aligned item traces back to its origin.</summary>
/// <param name="ArticleId">The member's article.</param>
/// <param name="Steps">The edges from the member to the origin, nearest first; empty for the origin itself.</param>
public sealed record MemberPath(string ArticleId, IReadOnlyList<ProvenanceLink> Steps);
