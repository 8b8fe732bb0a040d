namespace Crosscheck.Stories;

/// <summary>The MinHash sketch of one text: the signature, how many shingles it had and its sampled anchor shingles.</summary>
/// <param name="Values">One minimum per bin (one-permutation hashing, densified).</param>
/// <param name="ShingleCount">How many distinct shingles the text has (for containment estimates).</param>
/// <param name="Anchors">Shingle hashes picked by content (a fixed bit pattern), so two texts sharing a passage share its anchors.</param>
public sealed record MinHashSignature(uint[] Values, int ShingleCount, ulong[] Anchors)
{
    /// <summary>The share of bins where both signatures hold the same minimum: an unbiased estimate of the Jaccard similarity.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ShingleCount == 0 || other.ShingleCount == 0 || Values.Length != other.Values.Length)
        {
            return 0;
        }
        var a = Values.AsSpan();
        var b = other.Values.AsSpan();
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }
        return (double)same / a.Length;
    }

    /// <summary>The estimated share of the smaller text's shingles that also occur in the other text.</summary>
    /// <remarks>From |A∩B| = J(|A|+|B|)/(1+J), which holds exactly for the true Jaccard J.</remarks>
    public double EstimateContainment(MinHashSignature other, double jaccard)
    {
        ArgumentNullException.ThrowIfNull(other);
        var smaller = Math.Min(ShingleCount, other.ShingleCount);
        if (smaller == 0)
        {
            return 0;
        }
        var shared = jaccard * (ShingleCount + other.ShingleCount) / (1 + jaccard);
        return Math.Min(1, shared / smaller);
    }
}
