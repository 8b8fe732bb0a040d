namespace Crosscheck.Claims;

/// <summary>Options of the claims stage.</summary>
public sealed record ClaimOptions
{
    /// <summary>Default options.</summary>
    public static ClaimOptions Default { get; } = new();
}
