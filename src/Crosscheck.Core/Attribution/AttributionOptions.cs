namespace Crosscheck.Attribution;

/// <summary>Options of the attribution stage.</summary>
public sealed record AttributionOptions
{
    /// <summary>Default options.</summary>
    public static AttributionOptions Default { get; } = new();

    /// <summary>
    /// The fewest words a quoted run without any speaker must have to count as a quote. Shorter runs are scare
    /// quotes or titles ("so-called “peacekeepers”"). Default 4.
    /// </summary>
    public int MinUnattributedQuoteWords { get; init; } = 4;
}
