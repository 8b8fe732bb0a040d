using Crosscheck.Stories;

namespace Crosscheck.CrossCheck;

/// <summary>One edge of a provenance graph: <see cref="ArticleId"/> depends on <see cref="SourceId"/>.</summary>
/// <param name="ArticleId">The later, dependent article.</param>
/// <param name="SourceId">
/// The article it copies or cites; for a cited outlet that has no article among those compared, <c>outlet:</c> followed
/// by the cited name.
/// </param>
/// <param name="Relation">Copy or citation.</param>
/// <param name="Evidence">What shows it: the citing phrase as written, or the copy's similarity ("Jaccard 0.91").</param>
public sealed record ProvenanceLink(string ArticleId, string SourceId, ProvenanceRelation Relation, string Evidence)
{
    /// <summary>The prefix of a <see cref="SourceId"/> that names a cited outlet outside the comparison.</summary>
    public const string OutletPrefix = "outlet:";

    /// <summary>Whether <see cref="SourceId"/> is an outlet outside the comparison rather than an article id.</summary>
    public bool IsExternal => SourceId.StartsWith(OutletPrefix, StringComparison.Ordinal);

    /// <summary>The copy edges stated by near-duplicate groups (each copy depends on the article it was matched to).</summary>
    /// <remarks>Lets story grouping's <see cref="DuplicateGroup"/>s feed the cross-check without detecting copies twice.</remarks>
    public static IReadOnlyList<ProvenanceLink> FromDuplicateGroups(IEnumerable<DuplicateGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var links = new List<ProvenanceLink>();
        foreach (var group in groups)
        {
            foreach (var copy in group.Copies)
            {
                links.Add(new ProvenanceLink(copy.ArticleId, copy.MatchedId, ProvenanceRelation.CopyOf,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"{(copy.Kind == DuplicateKind.NearCopy ? "near copy" : "partial copy")}, Jaccard {copy.Jaccard:0.00}")));
            }
        }
        return links;
    }
}
