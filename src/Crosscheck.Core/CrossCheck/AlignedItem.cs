namespace Crosscheck.CrossCheck;

/// <summary>One quote or claim as it appears across several articles.</summary>
/// <param name="Kind">Quote or claim.</param>
/// <param name="Members">Each article's version, earliest article first.</param>
/// <param name="Mutations">Changes between versions.</param>
public sealed record AlignedItem(AlignedItemKind Kind, IReadOnlyList<AlignedMember> Members, IReadOnlyList<Mutation> Mutations)
{
    /// <summary>
    /// The independent origins: members that neither copy nor cite one another for this item, each with the members
    /// that derive from it. Empty when no provenance was computed.
    /// </summary>
    public IReadOnlyList<ItemOrigin> Origins { get; init; } = [];

    /// <summary>How many independent origins the item has (at least one once provenance is computed).</summary>
    public int IndependentOrigins => Origins.Count;
}
