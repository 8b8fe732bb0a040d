namespace Crosscheck.Entities;

/// <summary>A word of a sentence as offsets into the article text, with its shape.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the word, a possessive "'s" excluded.</param>
/// <param name="Shape">How the word is written.</param>
/// <param name="Possessive">Whether "'s" followed the word ("Serbia's").</param>
internal readonly record struct EntityWord(int Start, int End, WordShape Shape, bool Possessive)
{
    public int Length => End - Start;

    /// <summary>The bits (<see cref="WordBits"/>) of the entity lexicons that may match this word.</summary>
    public ulong Lexicons { get; init; }

    public bool Is(WordShape shape) => (Shape & shape) != 0;

    /// <summary>Capitalised or all capitals: a candidate for a name.</summary>
    public bool IsUpper => (Shape & (WordShape.Capitalised | WordShape.AllCaps)) != 0;
}
