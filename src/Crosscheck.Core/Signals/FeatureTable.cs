namespace Crosscheck.Signals;

/// <summary>
/// Feature key to value: open addressing with linear probing over one flat array of 8-byte (fingerprint, value) slots, so
/// a look-up is a shift and usually a single cache line, and the table stays small enough for the cache. The slot comes
/// from the key's top bits and the fingerprint is its low 32 bits, so a feature the model lacks passes for one it has
/// with odds of about one in four billion per look-up. Immutable once built.
/// </summary>
/// <typeparam name="T">The value: a weight, or the row of a weight matrix.</typeparam>
internal sealed class FeatureTable<T>
    where T : struct
{
    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _mask;
    private readonly ulong[]? _sketch;
    private readonly int _sketchMask;

    /// <summary>
    /// Indexes the pairs; a repeated key keeps its first value. With <paramref name="sketch"/>, a bit per key in an array
    /// an eighth the table's size lets <see cref="TryGet"/> answer most misses without touching the table: worth it for
    /// a table looked up mostly with keys it lacks, once its slots have left the cache.
    /// </summary>
    public FeatureTable(IReadOnlyList<(ulong Key, T Value)> entries, bool sketch = false)
    {
        var bits = 4;
        // At most 60 % full: a miss then probes about three slots, mostly in the same cache line, and the table is half
        // the size a 50 % bound gives for some models, so more of it stays in cache between articles.
        while ((1 << bits) * 3 < entries.Count * 5)
        {
            bits++;
        }
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
        foreach (var (key, value) in entries)
        {
            var slot = SlotOf(key);
            var print = Fingerprint(key);
            while (_slots[slot].Print != 0 && _slots[slot].Print != print)
            {
                slot = (slot + 1) & _mask;
            }
            if (_slots[slot].Print == 0)
            {
                _slots[slot] = new Slot(print, value);
            }
        }
        if (sketch)
        {
            // At least 8 bits per key, so about one miss in nine still reaches the table.
            var sketchBits = 6;
            while ((1 << sketchBits) < entries.Count * 8)
            {
                sketchBits++;
            }
            _sketch = new ulong[(1 << sketchBits) >> 6];
            _sketchMask = (1 << sketchBits) - 1;
            foreach (var (key, _) in entries)
            {
                var bit = SketchBit(key);
                _sketch[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, if it has one.</summary>
    public bool TryGet(ulong key, out T value)
    {
        // Keys come out of FeatureHash already mixed: the top bits are a good slot.
        if (_sketch is not null)
        {
            var bit = SketchBit(key);
            if ((_sketch[bit >> 6] & (1UL << bit)) == 0)
            {
                value = default;
                return false;
            }
        }
        var slot = SlotOf(key);
        var print = Fingerprint(key);
        while (true)
        {
            ref readonly var found = ref _slots[slot];
            if (found.Print == print)
            {
                value = found.Value;
                return true;
            }
            if (found.Print == 0)
            {
                value = default;
                return false;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// The values of <paramref name="keys"/> (at most <see cref="MaxBatch"/>) into <paramref name="values"/>, default
    /// where the table has none: the same answers as <see cref="TryGet"/> key by key, found faster.
    /// </summary>
    public void GetAll(ReadOnlySpan<ulong> keys, Span<T> values)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keys.Length, MaxBatch);
        Span<int> slots = stackalloc int[keys.Length];
        Span<uint> prints = stackalloc uint[keys.Length];
        // Every key's home slot first, in a loop without branches: the loads do not wait on each other, so the CPU
        // overlaps their cache misses. Looked up one by one, each miss waited behind the previous key's compare.
        for (var j = 0; j < keys.Length; j++)
        {
            slots[j] = SlotOf(keys[j]);
            prints[j] = _slots[slots[j]].Print;
        }
        for (var j = 0; j < keys.Length; j++)
        {
            var print = Fingerprint(keys[j]);
            if (prints[j] == print)
            {
                values[j] = _slots[slots[j]].Value;
            }
            else if (prints[j] == 0)
            {
                values[j] = default;
            }
            else
            {
                // Another key holds the home slot: probe on from the next one (usually in the same cache line), as TryGet
                // does after the home slot (which asks the sketch first, where there is one).
                values[j] = _sketch is null ? ProbeFrom((slots[j] + 1) & _mask, print) : TryGet(keys[j], out var value) ? value : default;
            }
        }
    }

    /// <summary>The value of the key with fingerprint <paramref name="print"/>, probing from <paramref name="slot"/>.</summary>
    private T ProbeFrom(int slot, uint print)
    {
        while (true)
        {
            ref readonly var found = ref _slots[slot];
            if (found.Print == print)
            {
                return found.Value;
            }
            if (found.Print == 0)
            {
                return default;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The most keys one <see cref="GetAll"/> takes.</summary>
    public const int MaxBatch = 64;

    private int SlotOf(ulong key) => (int)(key >> _shift);

    // Bits 32 and up of the key: independent of the fingerprint (the low 32) and, for large tables, mostly of the slot.
    private int SketchBit(ulong key) => (int)(key >> 32) & _sketchMask;

    private static uint Fingerprint(ulong key) => (uint)key | 1;

    private readonly record struct Slot(uint Print, T Value);
}
