using System.Collections.Frozen;

namespace Crosscheck.Entities;

/// <summary>A frozen word-to-value table looked up by span, its span lookup taken once (see <see cref="WordSet"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class WordTable
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong _bit;

    public WordTable(FrozenDictionary<string, string> table, WordBits bits)
    {
        _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        _bit = bits.Register(table.Keys);
    }

    /// <summary>The list's lexicon bit (<see cref="WordBits"/>): a word without it is not in the list.</summary>
    public ulong Bit => _bit;

    /// <summary>Whether <paramref name="word"/> has an entry.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>The entry of <paramref name="word"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) =>
        _lookup.TryGetValue(word, out value);

    /// <summary>Whether <paramref name="text"/> (the scanned word <paramref name="word"/>, or its form without a final period) has an entry.</summary>
    public bool ContainsKey(EntityWord word, ReadOnlySpan<char> text) => (word.Lexicons & _bit) != 0 && _lookup.ContainsKey(text);

    /// <summary>The entry of <paramref name="text"/> (the scanned word <paramref name="word"/>, or its form without a final period).</summary>
    public bool TryGetValue(EntityWord word, ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value)
    {
        if ((word.Lexicons & _bit) == 0)
        {
            value = null;
            return false;
        }
        return _lookup.TryGetValue(text, out value);
    }
}
