namespace Crosscheck.Text;

/// <summary>How a <see cref="WordMap{T}"/> compares words.</summary>
internal enum WordComparison
{
    /// <summary>Character for character (<see cref="StringComparison.Ordinal"/>).</summary>
    Ordinal,

    /// <summary>Ignoring case, as <see cref="StringComparison.OrdinalIgnoreCase"/>.</summary>
    IgnoreCase,

    /// <summary>Ignoring case, and the curly apostrophe equal to the straight one.</summary>
    IgnoreCaseAndApostrophes,
}
