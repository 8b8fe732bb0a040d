namespace Crosscheck.Text;

/// <summary>
/// An immutable map from words to values, words compared as a <see cref="WordComparison"/> says (folded by
/// <see cref="WordFold"/> when case is ignored): open addressing over one flat slot array, found by the word's hash and
/// confirmed by comparing characters.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>Thread-safe once built.</remarks>
internal sealed class WordMap<T>
{
    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _mask;
    private readonly WordComparison _comparison;

    /// <summary>Indexes the pairs; when a word repeats (as <paramref name="comparison"/> compares), its first value wins.</summary>
    public WordMap(IEnumerable<KeyValuePair<string, T>> entries, WordComparison comparison = WordComparison.IgnoreCaseAndApostrophes)
    {
        _comparison = comparison;
        var list = entries as IReadOnlyCollection<KeyValuePair<string, T>> ?? [.. entries];
        var bits = 4;
        while ((1 << bits) < list.Count * 2)
        {
            bits++;
        }
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
        foreach (var (word, value) in list)
        {
            var hash = Hash(word);
            var slot = SlotOf(hash);
            while (_slots[slot].Word is { } taken && !(_slots[slot].Hash == hash && Equal(taken, word)))
            {
                slot = (slot + 1) & _mask;
            }
            if (_slots[slot].Word is null)
            {
                _slots[slot] = new Slot(hash, word, value);
            }
        }
    }

    /// <summary>How the map compares words.</summary>
    public WordComparison Comparison => _comparison;

    /// <summary>Whether the map holds <paramref name="word"/>.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    /// <summary>The value of <paramref name="word"/>, if the map holds it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        var hash = Hash(word);
        var slot = SlotOf(hash);
        while (true)
        {
            ref readonly var found = ref _slots[slot];
            if (found.Word is null)
            {
                value = default!;
                return false;
            }
            if (found.Hash == hash && Equal(found.Word, word))
            {
                value = found.Value;
                return true;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private ulong Hash(ReadOnlySpan<char> word) => _comparison switch
    {
        WordComparison.Ordinal => WordFold.OrdinalHash(word),
        WordComparison.IgnoreCase => WordFold.Hash(word, apostrophes: false),
        _ => WordFold.Hash(word),
    };

    private bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => _comparison switch
    {
        WordComparison.Ordinal => a.SequenceEqual(b),
        WordComparison.IgnoreCase => WordFold.Equal(a, b, apostrophes: false),
        _ => WordFold.Equal(a, b),
    };

    // FNV's low bits are weak: mix before taking the top bits as the slot.
    private int SlotOf(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Slot(ulong Hash, string? Word, T Value);
}
