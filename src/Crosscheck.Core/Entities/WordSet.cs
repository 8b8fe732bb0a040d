using System.Collections.Frozen;
using Crosscheck.Text;

namespace Crosscheck.Entities;

/// <summary>
/// A word list looked up by span, compared as the frozen set it is built from compares (ordinal, or ignoring case):
/// held in a <see cref="WordMap{T}"/>, whose look-up hashes the span once, where the frozen set's case-insensitive path
/// cost several times as much.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class WordSet
{
    private readonly WordMap<bool> _lookup;
    private readonly ulong _bit;

    public WordSet(FrozenSet<string> words, WordBits bits)
    {
        _lookup = new WordMap<bool>(words.Select(w => new KeyValuePair<string, bool>(w, true)), WordComparisonOf.Comparer(words.Comparer));
        _bit = bits.Register(words);
    }

    /// <summary>Whether <paramref name="word"/> is in the list, compared as the list was built.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>Whether <paramref name="text"/> (the scanned word <paramref name="word"/>, or its form without a final period) is in the list.</summary>
    public bool Contains(EntityWord word, ReadOnlySpan<char> text) => (word.Lexicons & _bit) != 0 && _lookup.ContainsKey(text);
}
