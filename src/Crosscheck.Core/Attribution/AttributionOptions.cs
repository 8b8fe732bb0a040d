namespace Crosscheck.Attribution;

/// <summary>Options of the attribution stage.</summary>
public sealed record AttributionOptions
{
    /// <summary>Default options.</summary>
    public static AttributionOptions Default { get; } = new();
}
