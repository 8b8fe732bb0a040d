namespace Crosscheck.Text;

/// <summary>The <see cref="WordComparison"/> that matches a string comparer.</summary>
internal static class WordComparisonOf
{
    /// <summary>
    /// <see cref="WordComparison.IgnoreCase"/> for <see cref="StringComparer.OrdinalIgnoreCase"/>,
    /// <see cref="WordComparison.Ordinal"/> for <see cref="StringComparer.Ordinal"/> or the default comparer.
    /// </summary>
    /// <exception cref="ArgumentException">Any other comparer: a culture-aware one has no word-map equivalent.</exception>
    public static WordComparison Comparer(IEqualityComparer<string> comparer) =>
        ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase) ? WordComparison.IgnoreCase
        : ReferenceEquals(comparer, StringComparer.Ordinal) || ReferenceEquals(comparer, EqualityComparer<string>.Default) ? WordComparison.Ordinal
        : throw new ArgumentException($"No word comparison matches the comparer {comparer}.", nameof(comparer));
}
