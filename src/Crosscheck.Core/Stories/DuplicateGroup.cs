namespace Crosscheck.Stories;

/// <summary>Articles that are copies of one another: the earliest is the original, the rest are its copies.</summary>
/// <param name="OriginalId">The earliest member.</param>
/// <param name="Copies">The later members, in time order.</param>
public sealed record DuplicateGroup(string OriginalId, IReadOnlyList<DuplicateMember> Copies);
