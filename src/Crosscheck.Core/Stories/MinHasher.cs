using System.Buffers;
using System.Numerics;

namespace Crosscheck.Stories;

/// <summary>
/// Computes MinHash signatures over word shingles with one-permutation hashing: each shingle is hashed once, its top bits
/// pick a bin and its low bits compete for that bin's minimum, so the cost is one hash per shingle whatever the
/// signature size (k independent hashes would cost k per shingle, 128 times more at the default size).
/// </summary>
/// <remarks>Immutable and thread-safe; buffers come from <see cref="ArrayPool{T}"/>.</remarks>
public sealed class MinHasher
{
    private readonly int _binBits;

    /// <summary>Creates a hasher.</summary>
    /// <param name="signatureSize">Bins in a signature; a power of two from 16 to 1024.</param>
    /// <param name="shingleSize">Words per shingle.</param>
    /// <param name="anchorRate">One shingle in this many (by hash) becomes an anchor; a power of two.</param>
    public MinHasher(int signatureSize = 128, int shingleSize = 5, int anchorRate = 16)
    {
        if (signatureSize is < 16 or > 1024 || !BitOperations.IsPow2(signatureSize))
        {
            throw new ArgumentOutOfRangeException(nameof(signatureSize), signatureSize, "Must be a power of two from 16 to 1024.");
        }
        if (!BitOperations.IsPow2(anchorRate))
        {
            throw new ArgumentOutOfRangeException(nameof(anchorRate), anchorRate, "Must be a power of two.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleSize, 1);
        SignatureSize = signatureSize;
        ShingleSize = shingleSize;
        AnchorRate = anchorRate;
        _binBits = BitOperations.Log2((uint)signatureSize);
    }

    /// <summary>Bins in a signature.</summary>
    public int SignatureSize { get; }

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; }

    /// <summary>One shingle in this many becomes an anchor.</summary>
    public int AnchorRate { get; }

    /// <summary>The signature of <paramref name="text"/>.</summary>
    public MinHashSignature Compute(ReadOnlySpan<char> text)
    {
        var words = ArrayPool<ulong>.Shared.Rent(Math.Max(16, text.Length / 4));
        try
        {
            var count = 0;
            var enumerator = new WordHashing.WordEnumerator(text);
            while (enumerator.MoveNext())
            {
                if (count == words.Length)
                {
                    var larger = ArrayPool<ulong>.Shared.Rent(words.Length * 2);
                    words.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<ulong>.Shared.Return(words);
                    words = larger;
                }
                words[count++] = enumerator.Current.Hash;
            }
            return FromWordHashes(words.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(words);
        }
    }

    /// <summary>The signature of a text given as the hashes of its words.</summary>
    public MinHashSignature FromWordHashes(ReadOnlySpan<ulong> words)
    {
        var size = SignatureSize;
        var values = new uint[size];
        Span<bool> filled = stackalloc bool[size];
        values.AsSpan().Fill(uint.MaxValue);
        var k = Math.Min(ShingleSize, Math.Max(1, words.Length));
        var shingleCount = Math.Max(0, words.Length - k + 1);
        var shingles = ArrayPool<ulong>.Shared.Rent(Math.Max(1, shingleCount));
        try
        {
            var anchorMask = (ulong)(AnchorRate - 1);
            var shift = 64 - _binBits;
            for (var i = 0; i < shingleCount; i++)
            {
                // Order matters in a shingle, so each position is rotated differently before combining.
                var h = 0UL;
                for (var j = 0; j < k; j++)
                {
                    h = BitOperations.RotateLeft(h, 23) ^ words[i + j];
                }
                h = WordHashing.Mix(h);
                shingles[i] = h;
                var bin = (int)(h >> shift);
                var value = (uint)h;
                if (value < values[bin])
                {
                    values[bin] = value;
                }
                filled[bin] = true;
            }
            Densify(values, filled);
            var distinct = shingles.AsSpan(0, shingleCount);
            distinct.Sort();
            var unique = 0;
            var anchorCount = 0;
            for (var i = 0; i < distinct.Length; i++)
            {
                if (i == 0 || distinct[i] != distinct[i - 1])
                {
                    distinct[unique++] = distinct[i];
                    // Anchors use bits the bin and value do not, so they are independent of the signature.
                    if (((distinct[i] >> 32) & anchorMask) == 0)
                    {
                        anchorCount++;
                    }
                }
            }
            var anchors = new ulong[anchorCount];
            var a = 0;
            for (var i = 0; i < unique; i++)
            {
                if (((distinct[i] >> 32) & anchorMask) == 0)
                {
                    anchors[a++] = distinct[i];
                }
            }
            return new MinHashSignature(values, unique, anchors);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(shingles);
        }
    }

    /// <summary>The distinct shingle hashes of <paramref name="text"/>, sorted: for exact Jaccard checks and tests.</summary>
    public ulong[] Shingles(ReadOnlySpan<char> text)
    {
        var words = new List<ulong>();
        WordHashing.Hashes(text, words);
        var k = Math.Min(ShingleSize, Math.Max(1, words.Count));
        var set = new SortedSet<ulong>();
        for (var i = 0; i + k <= words.Count; i++)
        {
            var h = 0UL;
            for (var j = 0; j < k; j++)
            {
                h = BitOperations.RotateLeft(h, 23) ^ words[i + j];
            }
            set.Add(WordHashing.Mix(h));
        }
        return [.. set];
    }

    /// <summary>The exact Jaccard similarity of two sorted distinct shingle sets.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        var union = a.Length + b.Length - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    /// <summary>
    /// Fills empty bins from the next filled bin to the right, salted by the distance (rotation densification,
    /// Shrivastava and Li 2014), so two texts with the same shingles still get equal values in equal bins.
    /// </summary>
    private static void Densify(uint[] values, ReadOnlySpan<bool> filled)
    {
        var size = values.Length;
        var any = false;
        foreach (var f in filled)
        {
            any |= f;
        }
        if (!any)
        {
            return;
        }
        for (var bin = 0; bin < size; bin++)
        {
            if (filled[bin])
            {
                continue;
            }
            var distance = 1;
            while (!filled[(bin + distance) % size])
            {
                distance++;
            }
            values[bin] = (uint)WordHashing.Mix(values[(bin + distance) % size] + ((ulong)distance << 32));
        }
    }
}
