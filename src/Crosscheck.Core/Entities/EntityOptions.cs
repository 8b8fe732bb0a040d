namespace Crosscheck.Entities;

/// <summary>Options of the entities stage.</summary>
public sealed record EntityOptions
{
    /// <summary>Default options.</summary>
    public static EntityOptions Default { get; } = new();

    /// <summary>Whether descriptors such as "the Serbian leader" become mentions of the person they denote.</summary>
    public bool ResolveDescriptors { get; init; } = true;

    /// <summary>Whether anonymous groups ("three Western diplomats", "officials") become <see cref="EntityKind.Group"/> mentions.</summary>
    public bool IncludeGroups { get; init; } = true;

    /// <summary>Whether an unknown all-capitals word of two to five letters ("NYPD") is taken for an organisation.</summary>
    public bool AcronymsAsOrganizations { get; init; } = true;

    /// <summary>The most words a person's name may have, particles ("van", "de") not counted.</summary>
    public int MaxNameWords { get; init; } = 4;
}
