namespace Crosscheck.CrossCheck;

/// <summary>One quote or claim as it appears across several articles.</summary>
/// <param name="Kind">Quote or claim.</param>
/// <param name="Members">Each article's version, earliest article first.</param>
/// <param name="Mutations">Changes between versions.</param>
public sealed record AlignedItem(AlignedItemKind Kind, IReadOnlyList<AlignedMember> Members, IReadOnlyList<Mutation> Mutations);
