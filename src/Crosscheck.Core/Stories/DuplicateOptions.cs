namespace Crosscheck.Stories;

/// <summary>Settings of near-duplicate detection.</summary>
public sealed record DuplicateOptions
{
    /// <summary>The defaults: Jaccard 0.8 over 5-word shingles, 128-bin signatures.</summary>
    public static DuplicateOptions Default { get; } = new();

    /// <summary>Two texts whose shingle sets have at least this Jaccard similarity are copies.</summary>
    public double JaccardThreshold { get; init; } = 0.8;

    /// <summary>
    /// A text whose shingles are at least this share contained in another's is a partial copy (a trimmed wire story, or
    /// one with an added paragraph), whatever the Jaccard.
    /// </summary>
    public double ContainmentThreshold { get; init; } = 0.8;

    /// <summary>
    /// The MinHash estimate has a standard error of about 0.035 at Jaccard 0.8 with 128 bins; accepting estimates this
    /// far below the threshold keeps recall of true ≥ 0.8 pairs above 99% (an accepted pair is still a heavy copy).
    /// </summary>
    public double EstimateMargin { get; init; } = 0.08;

    /// <summary>Bins per signature (a power of two).</summary>
    public int SignatureSize { get; init; } = 128;

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>One shingle in this many is indexed as an anchor for partial-copy candidates (a power of two).</summary>
    public int AnchorRate { get; init; } = 16;

    /// <summary>
    /// An anchor seen in more texts than this is boilerplate (a sign-off, a standard disclaimer) and stops being indexed:
    /// it says nothing about copying and would make candidate lists quadratic.
    /// </summary>
    public int MaxAnchorPostings { get; init; } = 64;

    /// <summary>Texts with fewer shingles than this (headlines, stubs) are never compared.</summary>
    public int MinShingles { get; init; } = 20;
}
