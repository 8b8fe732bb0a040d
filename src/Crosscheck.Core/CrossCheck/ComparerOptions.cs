namespace Crosscheck.CrossCheck;

/// <summary>Settings of a comparison.</summary>
public sealed record ComparerOptions
{
    /// <summary>The defaults: copies found by <see cref="MinHashCopyDetector"/>.</summary>
    public static ComparerOptions Default { get; } = new();

    /// <summary>Finds copies among the compared articles; ignored when <see cref="Copies"/> is set.</summary>
    public ICopyDetector CopyDetector { get; init; } = MinHashCopyDetector.Default;

    /// <summary>Copy edges already known (a story's duplicate groups); when set, no detection runs.</summary>
    public IReadOnlyList<ProvenanceLink>? Copies { get; init; }
}
