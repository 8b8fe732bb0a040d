namespace Crosscheck.Entities;

/// <summary>Options of the entities stage.</summary>
public sealed record EntityOptions
{
    /// <summary>Default options.</summary>
    public static EntityOptions Default { get; } = new();
}
