using System.Collections.Frozen;

namespace Crosscheck.Entities;

/// <summary>A descriptor role noun and the title heads it may denote.</summary>
/// <param name="Role">The role as listed ("leader").</param>
/// <param name="Heads">Title heads a person must hold for the descriptor to denote them.</param>
internal sealed record DescriptorRole(string Role, FrozenSet<string> Heads);
