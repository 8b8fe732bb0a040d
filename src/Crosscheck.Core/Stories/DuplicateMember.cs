namespace Crosscheck.Stories;

/// <summary>A copy inside a <see cref="DuplicateGroup"/>.</summary>
/// <param name="ArticleId">The copy.</param>
/// <param name="MatchedId">The earlier article it was found to copy (the original, or another copy of it).</param>
/// <param name="Jaccard">Estimated Jaccard similarity with <paramref name="MatchedId"/>.</param>
/// <param name="Containment">Estimated share of the smaller of the two found in the other.</param>
/// <param name="Kind">Near copy or partial copy.</param>
public sealed record DuplicateMember(string ArticleId, string MatchedId, double Jaccard, double Containment, DuplicateKind Kind);
