namespace Crosscheck.Text;

/// <summary>
/// An immutable map from words, compared as <see cref="WordFold"/> folds them (case and apostrophe style ignored), to
/// values: open addressing over one flat slot array, found by the folded hash and confirmed by comparing characters.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>Thread-safe once built.</remarks>
internal sealed class WordMap<T>
{
    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Indexes the pairs; when a word repeats (once folded), its first value wins.</summary>
    public WordMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
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
            var hash = WordFold.Hash(word);
            var slot = SlotOf(hash);
            while (_slots[slot].Word is { } taken && !(_slots[slot].Hash == hash && WordFold.Equal(taken, word)))
            {
                slot = (slot + 1) & _mask;
            }
            if (_slots[slot].Word is null)
            {
                _slots[slot] = new Slot(hash, word, value);
            }
        }
    }

    /// <summary>The value of <paramref name="word"/>, if the map holds it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out T value) => TryGetValue(word, WordFold.Hash(word), out value);

    /// <summary>The value of <paramref name="word"/>, whose <see cref="WordFold.Hash"/> the caller already has.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, ulong hash, out T value)
    {
        var slot = SlotOf(hash);
        while (true)
        {
            ref readonly var found = ref _slots[slot];
            if (found.Word is null)
            {
                value = default!;
                return false;
            }
            if (found.Hash == hash && WordFold.Equal(found.Word, word))
            {
                value = found.Value;
                return true;
            }
            slot = (slot + 1) & _mask;
        }
    }

    // FNV's low bits are weak: mix before taking the top bits as the slot.
    private int SlotOf(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Slot(ulong Hash, string? Word, T Value);
}
