namespace Crosscheck.Signals;

/// <summary>Options of the signals stage.</summary>
public sealed record SignalOptions
{
    /// <summary>Default options.</summary>
    public static SignalOptions Default { get; } = new();
}
