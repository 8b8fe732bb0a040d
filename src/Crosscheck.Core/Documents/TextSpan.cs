namespace Crosscheck.Documents;

/// <summary>A range of UTF-16 code units in an article's text.</summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no text.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from a start and an exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether <paramref name="offset"/> lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <summary>The text this span covers in <paramref name="text"/>, as a new string.</summary>
    public string Substring(string text) => text.Substring(Start, Length);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
