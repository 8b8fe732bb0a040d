using System.Collections.Frozen;

namespace Crosscheck.Entities;

/// <summary>
/// A frozen word list looked up by span. The span lookup is taken once here: asking a frozen set for it on every
/// call type-checks and fetches a delegate each time, which cost a fifth of the entity stage.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong _bit;

    public WordSet(FrozenSet<string> words, WordBits bits)
    {
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _bit = bits.Register(words);
    }

    /// <summary>The list's lexicon bit (<see cref="WordBits"/>): a word without it is not in the list.</summary>
    public ulong Bit => _bit;

    /// <summary>Whether <paramref name="word"/> is in the list, compared as the list was built.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Whether <paramref name="text"/> (the scanned word <paramref name="word"/>, or its form without a final period) is in the list.</summary>
    public bool Contains(EntityWord word, ReadOnlySpan<char> text) => (word.Lexicons & _bit) != 0 && _lookup.Contains(text);
}
