namespace Crosscheck.Claims;

/// <summary>Options of the claims stage.</summary>
public sealed record ClaimOptions
{
    /// <summary>Default options.</summary>
    public static ClaimOptions Default { get; } = new();

    /// <summary>
    /// Sentences scoring below this check-worthiness are not reported as claims. 0 keeps every statement that is not
    /// an attribution frame or headline noise. The default drops opinion and filler while keeping plain statements
    /// with a named actor or a checkable verb.
    /// </summary>
    public double MinimumCheckWorthiness { get; init; } = 0.3;
}
