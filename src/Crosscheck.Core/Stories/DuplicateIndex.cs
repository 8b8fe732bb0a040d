using System.Runtime.InteropServices;

namespace Crosscheck.Stories;

/// <summary>
/// An incremental near-duplicate index: each added text is compared with the earlier ones that share an LSH band
/// (near copies) or enough anchor shingles (partial copies), and the copies found are returned at once.
/// </summary>
/// <remarks>
/// Not thread-safe: add from one thread (signatures can be computed in parallel beforehand with <see cref="Hasher"/>).
/// Memory per text, about 610 bytes at the defaults: the signature folded to 16 bits a bin (256 bytes; verification
/// only counts equal bins, and two different 32-bit minima fold alike with probability 2^-16), and one 8-byte slot per
/// band and per anchor in two open-addressing tables kept at most 80% full.
/// </remarks>
public sealed class DuplicateIndex
{
    private const int ChunkTexts = 4096;

    private readonly DuplicateOptions _options;
    private readonly List<ushort[]> _signatureChunks = [];
    private readonly List<int> _shingleCounts = [];
    private readonly HashMultimap _bands = new();
    private readonly HashMultimap _anchors = new();
    private readonly HashSet<int> _candidates = [];
    private readonly Dictionary<int, int> _anchorHits = [];
    private readonly List<int> _ordered = [];
    private readonly ushort[] _folded;

    /// <summary>Creates an empty index.</summary>
    public DuplicateIndex(DuplicateOptions? options = null)
    {
        _options = options ?? DuplicateOptions.Default;
        Hasher = new MinHasher(_options.SignatureSize, _options.ShingleSize, _options.AnchorRate);
        Banding = LshBanding.ForThreshold(_options.JaccardThreshold - _options.EstimateMargin, _options.SignatureSize);
        _folded = new ushort[_options.SignatureSize];
    }

    /// <summary>The hasher whose signatures this index takes.</summary>
    public MinHasher Hasher { get; }

    /// <summary>The LSH banding chosen from the threshold.</summary>
    public LshBanding Banding { get; }

    /// <summary>How many texts were added.</summary>
    public int Count => _shingleCounts.Count;

    /// <summary>Hashes and adds a text; see <see cref="Add(MinHashSignature, List{DuplicateMatch})"/>.</summary>
    public int Add(ReadOnlySpan<char> text, List<DuplicateMatch> matches) => Add(Hasher.Compute(text), matches);

    /// <summary>Adds a text's signature and appends to <paramref name="matches"/> every earlier text it copies.</summary>
    /// <returns>The text's index (insertion order).</returns>
    public int Add(MinHashSignature signature, List<DuplicateMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(matches);
        var index = Count;
        var size = _options.SignatureSize;
        if (index % ChunkTexts == 0)
        {
            _signatureChunks.Add(new ushort[ChunkTexts * size]);
        }
        Fold(signature.Values, _folded);
        _folded.CopyTo(_signatureChunks[index / ChunkTexts].AsSpan(index % ChunkTexts * size, size));
        _shingleCounts.Add(signature.ShingleCount);
        if (signature.ShingleCount < _options.MinShingles)
        {
            return index;
        }

        _candidates.Clear();
        _anchorHits.Clear();
        var rows = Banding.Rows;
        for (var band = 0; band < Banding.Bands; band++)
        {
            var key = BandKey(signature.Values.AsSpan(band * rows, rows), band);
            var slot = _bands.Start(key);
            for (var other = _bands.Next(key, ref slot); other >= 0; other = _bands.Next(key, ref slot))
            {
                _candidates.Add(other);
            }
            _bands.InsertAt(slot, key, index);
        }
        // Two of this text's own band keys can share a fingerprint (one text in a million or so), so it can meet itself.
        _candidates.Remove(index);
        foreach (var anchor in signature.Anchors)
        {
            var slot = _anchors.Start(anchor);
            var postings = 0;
            for (var other = _anchors.Next(anchor, ref slot); other >= 0; other = _anchors.Next(anchor, ref slot))
            {
                if (other == index)
                {
                    continue;
                }
                ref var hits = ref CollectionsMarshal.GetValueRefOrAddDefault(_anchorHits, other, out _);
                hits++;
                postings++;
            }
            if (postings < _options.MaxAnchorPostings)
            {
                _anchors.InsertAt(slot, anchor, index);
            }
        }
        foreach (var (other, shared) in _anchorHits)
        {
            // Enough of the smaller text's expected anchors must be shared for a partial copy to be worth checking.
            var expected = Math.Min(signature.Anchors.Length, _shingleCounts[other] / (double)_options.AnchorRate);
            if (shared >= 2 && shared >= 0.4 * expected)
            {
                _candidates.Add(other);
            }
        }

        _ordered.Clear();
        _ordered.AddRange(_candidates);
        _ordered.Sort();
        var minimumJaccard = _options.JaccardThreshold - _options.EstimateMargin;
        var minimumContainment = _options.ContainmentThreshold - _options.EstimateMargin;
        foreach (var other in _ordered)
        {
            if (_shingleCounts[other] < _options.MinShingles)
            {
                continue;
            }
            var jaccard = EstimateJaccard(_folded, other);
            var containment = EstimateContainment(signature.ShingleCount, _shingleCounts[other], jaccard);
            // A clear Jaccard makes a near copy; below it, a high containment says the texts differ by whole passages
            // (a partial copy); an estimate just under the threshold with no such passage is a near copy with edits.
            if (jaccard >= _options.JaccardThreshold)
            {
                matches.Add(new DuplicateMatch(other, index, jaccard, containment, DuplicateKind.NearCopy));
            }
            else if (containment >= minimumContainment)
            {
                matches.Add(new DuplicateMatch(other, index, jaccard, containment, DuplicateKind.PartialCopy));
            }
            else if (jaccard >= minimumJaccard)
            {
                matches.Add(new DuplicateMatch(other, index, jaccard, containment, DuplicateKind.NearCopy));
            }
        }
        return index;
    }

    /// <summary>The estimated Jaccard similarity of two added texts.</summary>
    public double EstimateJaccard(int a, int b) => EstimateJaccard(Signature(a), b);

    /// <summary>Bytes held by the index's arrays (signatures, shingle counts and both tables), for benchmarks.</summary>
    public long MemoryBytes =>
        (long)_signatureChunks.Count * ChunkTexts * _options.SignatureSize * sizeof(ushort)
        + (long)_shingleCounts.Capacity * sizeof(int) + _bands.MemoryBytes + _anchors.MemoryBytes;

    /// <summary>
    /// Folds 32-bit minima to 16 bits: equal minima stay equal and unequal ones collide with probability about 2^-16,
    /// which biases a Jaccard estimate by at most 0.00002 and halves the largest part of the index.
    /// </summary>
    private static void Fold(ReadOnlySpan<uint> values, Span<ushort> folded)
    {
        for (var i = 0; i < values.Length; i++)
        {
            folded[i] = (ushort)(values[i] ^ (values[i] >> 16));
        }
    }

    private ReadOnlySpan<ushort> Signature(int index)
    {
        var size = _options.SignatureSize;
        return _signatureChunks[index / ChunkTexts].AsSpan(index % ChunkTexts * size, size);
    }

    private double EstimateJaccard(ReadOnlySpan<ushort> values, int other)
    {
        var theirs = Signature(other);
        var same = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == theirs[i])
            {
                same++;
            }
        }
        return (double)same / values.Length;
    }

    private static double EstimateContainment(int sizeA, int sizeB, double jaccard)
    {
        var smaller = Math.Min(sizeA, sizeB);
        return smaller == 0 ? 0 : Math.Min(1, jaccard * (sizeA + sizeB) / (1 + jaccard) / smaller);
    }

    private static ulong BandKey(ReadOnlySpan<uint> rows, int band)
    {
        var h = (ulong)band * 0x9E3779B97F4A7C15UL;
        foreach (var value in rows)
        {
            h = WordHashing.Mix(h ^ value);
        }
        return h;
    }

    /// <summary>
    /// A multimap from 64-bit keys to text indices in one flat array of 8-byte slots (open addressing, linear probing,
    /// equal keys in the same probe run): the key's high 32 bits are stored beside the text and also pick the slot, so
    /// the table can grow without the keys. Almost every band and anchor key is unique, so an entry per key and a
    /// linked posting (as a dictionary would need) cost three to four times more. Two different keys with the same
    /// high bits (at a million texts, well under one probe in a hundred) only make a spare candidate, which the
    /// signature check then rejects.
    /// </summary>
    private sealed class HashMultimap
    {
        private ulong[] _slots = new ulong[1024];
        private int _count;

        public long MemoryBytes => (long)_slots.Length * sizeof(ulong);

        /// <summary>The first slot to probe for <paramref name="key"/>; grows the table first when it is 80% full.</summary>
        public int Start(ulong key)
        {
            if (_count >= _slots.Length / 5 * 4)
            {
                Grow();
            }
            return (int)(key >> 32) & (_slots.Length - 1);
        }

        /// <summary>
        /// The next text stored under <paramref name="key"/> from <paramref name="slot"/> on, or −1 at the end of the
        /// run, where <paramref name="slot"/> is then the free slot for <see cref="InsertAt"/>.
        /// </summary>
        public int Next(ulong key, ref int slot)
        {
            var mask = _slots.Length - 1;
            var fingerprint = key >> 32;
            while (true)
            {
                var entry = _slots[slot];
                if (entry == 0)
                {
                    return -1;
                }
                slot = (slot + 1) & mask;
                if (entry >> 32 == fingerprint)
                {
                    return (int)(uint)entry - 1;
                }
            }
        }

        /// <summary>Stores <paramref name="text"/> under <paramref name="key"/> in the free slot <see cref="Next"/> stopped at.</summary>
        public void InsertAt(int slot, ulong key, int text)
        {
            _slots[slot] = (key >> 32 << 32) | (uint)(text + 1);
            _count++;
        }

        private void Grow()
        {
            var old = _slots;
            _slots = new ulong[old.Length * 2];
            var mask = _slots.Length - 1;
            // Order within a run does not matter: matches are collected into a set and sorted by text index.
            foreach (var entry in old)
            {
                if (entry != 0)
                {
                    var slot = (int)(entry >> 32) & mask;
                    while (_slots[slot] != 0)
                    {
                        slot = (slot + 1) & mask;
                    }
                    _slots[slot] = entry;
                }
            }
        }
    }
}
