using System.Runtime.InteropServices;

namespace Crosscheck.Stories;

/// <summary>
/// An incremental near-duplicate index: each added text is compared with the earlier ones that share an LSH band
/// (near copies) or enough anchor shingles (partial copies), and the copies found are returned at once.
/// </summary>
/// <remarks>
/// Not thread-safe: add from one thread (signatures can be computed in parallel beforehand with <see cref="Hasher"/>).
/// Memory per text: the signature (4 bytes a bin) plus one band posting per band and one per anchor.
/// </remarks>
public sealed class DuplicateIndex
{
    private const int ChunkTexts = 4096;

    private readonly DuplicateOptions _options;
    private readonly List<uint[]> _signatureChunks = [];
    private readonly List<int> _shingleCounts = [];
    private readonly Dictionary<ulong, int> _bandHeads = [];
    private readonly Dictionary<ulong, (int Head, int Count)> _anchorHeads = [];
    private readonly Postings _postings = new();
    private readonly HashSet<int> _candidates = [];
    private readonly Dictionary<int, int> _anchorHits = [];
    private readonly List<int> _ordered = [];

    /// <summary>Creates an empty index.</summary>
    public DuplicateIndex(DuplicateOptions? options = null)
    {
        _options = options ?? DuplicateOptions.Default;
        Hasher = new MinHasher(_options.SignatureSize, _options.ShingleSize, _options.AnchorRate);
        Banding = LshBanding.ForThreshold(_options.JaccardThreshold - _options.EstimateMargin, _options.SignatureSize);
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
            _signatureChunks.Add(new uint[ChunkTexts * size]);
        }
        signature.Values.CopyTo(_signatureChunks[index / ChunkTexts].AsSpan(index % ChunkTexts * size, size));
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
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_bandHeads, key, out var exists);
            if (exists)
            {
                for (var p = head; p >= 0; p = _postings.Next(p))
                {
                    _candidates.Add(_postings.Text(p));
                }
                head = _postings.Push(index, head);
            }
            else
            {
                head = _postings.Push(index, -1);
            }
        }
        foreach (var anchor in signature.Anchors)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_anchorHeads, anchor, out var exists);
            if (!exists)
            {
                list = (_postings.Push(index, -1), 1);
                continue;
            }
            for (var p = list.Head; p >= 0; p = _postings.Next(p))
            {
                ref var hits = ref CollectionsMarshal.GetValueRefOrAddDefault(_anchorHits, _postings.Text(p), out _);
                hits++;
            }
            if (list.Count < _options.MaxAnchorPostings)
            {
                list = (_postings.Push(index, list.Head), list.Count + 1);
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
            var jaccard = EstimateJaccard(signature.Values, other);
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

    private ReadOnlySpan<uint> Signature(int index)
    {
        var size = _options.SignatureSize;
        return _signatureChunks[index / ChunkTexts].AsSpan(index % ChunkTexts * size, size);
    }

    private double EstimateJaccard(ReadOnlySpan<uint> values, int other)
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

    /// <summary>Singly linked posting lists in two flat arrays, so millions of postings cost 8 bytes each and no objects.</summary>
    private sealed class Postings
    {
        private int[] _texts = new int[1024];
        private int[] _next = new int[1024];
        private int _count;

        public int Text(int posting) => _texts[posting];

        public int Next(int posting) => _next[posting];

        public int Push(int text, int next)
        {
            if (_count == _texts.Length)
            {
                Array.Resize(ref _texts, _count * 2);
                Array.Resize(ref _next, _count * 2);
            }
            _texts[_count] = text;
            _next[_count] = next;
            return _count++;
        }
    }
}
