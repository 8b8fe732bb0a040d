namespace Crosscheck.Stories;

/// <summary>How a MinHash signature is cut into bands for locality-sensitive hashing: two texts become candidates when
/// all <see cref="Rows"/> values of at least one band agree, which happens with probability 1 − (1 − J^rows)^bands.</summary>
/// <param name="Bands">Number of bands.</param>
/// <param name="Rows">Signature values per band.</param>
public readonly record struct LshBanding(int Bands, int Rows)
{
    /// <summary>The chance that a pair with Jaccard <paramref name="jaccard"/> shares at least one band.</summary>
    public double CandidateProbability(double jaccard) => 1 - Math.Pow(1 - Math.Pow(jaccard, Rows), Bands);

    /// <summary>
    /// The banding for a target Jaccard threshold: the most rows per band (fewest false candidates) that still makes a
    /// pair exactly at the threshold a candidate with probability ≥ <paramref name="recallAtThreshold"/>. Candidates
    /// are verified against the signature afterwards, so a missed pair costs more than a spare candidate.
    /// </summary>
    public static LshBanding ForThreshold(double threshold, int signatureSize, double recallAtThreshold = 0.995)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        var best = new LshBanding(signatureSize, 1);
        for (var rows = 1; rows <= signatureSize; rows++)
        {
            var candidate = new LshBanding(signatureSize / rows, rows);
            if (candidate.Bands == 0 || candidate.CandidateProbability(threshold) < recallAtThreshold)
            {
                break;
            }
            best = candidate;
        }
        return best;
    }
}
