namespace Crosscheck.CrossCheck;

/// <summary>A change between two versions of an aligned item, with evidence a person can check.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="From">The earlier (or reference) version.</param>
/// <param name="To">The changed version.</param>
/// <param name="Detail">One line saying what changed ("speaker 'Ana Petrovic' → 'Marko Ilic'").</param>
public sealed record Mutation(MutationKind Kind, AlignedMember From, AlignedMember To, string Detail)
{
    /// <summary>The word diff from <see cref="From"/>'s text to <see cref="To"/>'s text (empty when they are one member).</summary>
    public IReadOnlyList<DiffSegment> Diff { get; init; } = [];
}
