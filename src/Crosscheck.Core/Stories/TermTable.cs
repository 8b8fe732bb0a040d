namespace Crosscheck.Stories;

/// <summary>
/// Numbers 64-bit term hashes densely, in first-seen order: an open-addressing table (linear probing, at most half full)
/// whose key and number share one 16-byte slot, so a lookup touches one cache line where a dictionary touches two.
/// Story grouping looks up every token of every article here.
/// </summary>
/// <remarks>Not thread-safe. The keys are already well mixed (see <see cref="WordHashing.Mix"/>), so their low bits pick the slot.</remarks>
internal sealed class TermTable
{
    private Slot[] _slots = new Slot[1024];
    private int _count;

    /// <summary>How many terms are numbered.</summary>
    public int Count => _count;

    /// <summary>The number of <paramref name="key"/>, or <paramref name="next"/> after recording it as that number.</summary>
    public int GetOrAdd(ulong key, int next)
    {
        var mask = _slots.Length - 1;
        var slot = (int)key & mask;
        while (true)
        {
            ref var entry = ref _slots[slot];
            if (entry.Number == 0)
            {
                entry.Key = key;
                entry.Number = next + 1;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }
                return next;
            }
            if (entry.Key == key)
            {
                return entry.Number - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Number != 0)
            {
                var slot = (int)entry.Key & mask;
                while (_slots[slot].Number != 0)
                {
                    slot = (slot + 1) & mask;
                }
                _slots[slot] = entry;
            }
        }
    }

    /// <summary>A key and its number plus one (zero marks a free slot).</summary>
    private struct Slot
    {
        public ulong Key;
        public int Number;
    }
}
