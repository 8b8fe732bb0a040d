using System.Collections;
using System.Runtime.CompilerServices;

namespace Crosscheck.Attribution;

/// <summary>
/// A fixed word list of the attribution rules that a token is tested against in one step: each list has a bit, and
/// <see cref="AttributionExtractor"/> looks a token's word up once in a map of every listed word to the bits of the
/// lists holding it (case ignored, ordinal, as the rules compare words), so a test is a bit test instead of a
/// comparison with each word of the list.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Only for the extractor's static lists, written as collection expressions
/// (<c>private static readonly ListedWords X = ["a", "b"];</c>): each list takes one of 24 bits when it is made, and the
/// map is built from the lists made by then on the extractor's first use, so a list made later throws.
/// </remarks>
[CollectionBuilder(typeof(ListedWords), nameof(Create))]
internal sealed class ListedWords : IEnumerable<string>
{
    /// <summary>The bits below this one belong to the extractor's lexicon lists (see <c>AttributionExtractor.InList</c>).</summary>
    internal const int FirstBit = 7;

    // Bit 31 marks a token whose bits are known. 32 bits, not 64: the extractor keeps them for every token.
    private const int MaxLists = 31 - FirstBit;

    private static readonly List<ListedWords> Made = [];
    private static bool _closed;

    private readonly string[] _words;

    private ListedWords(string[] words, uint bit)
    {
        _words = words;
        Bit = bit;
    }

    /// <summary>The list's bit in a token's bits.</summary>
    public uint Bit { get; }

    /// <summary>Makes a list and gives it its bit (the collection expression's builder).</summary>
    public static ListedWords Create(ReadOnlySpan<string> words)
    {
        lock (Made)
        {
            if (_closed || Made.Count == MaxLists)
            {
                throw new InvalidOperationException(_closed ? "a word list made after the word map was built" : $"more than {MaxLists} word lists");
            }
            var list = new ListedWords(words.ToArray(), 1u << (FirstBit + Made.Count));
            Made.Add(list);
            return list;
        }
    }

    /// <summary>Every list made so far; no list may be made after this is asked (the map would not hold its words).</summary>
    internal static IReadOnlyList<ListedWords> Close()
    {
        lock (Made)
        {
            _closed = true;
            return [.. Made];
        }
    }

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
