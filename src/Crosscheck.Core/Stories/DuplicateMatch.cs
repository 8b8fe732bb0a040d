namespace Crosscheck.Stories;

/// <summary>A later text found to copy an earlier one.</summary>
/// <param name="Earlier">Index (insertion order) of the earlier text.</param>
/// <param name="Later">Index of the later text.</param>
/// <param name="Jaccard">Estimated Jaccard similarity of the shingle sets.</param>
/// <param name="Containment">Estimated share of the smaller text's shingles found in the other.</param>
/// <param name="Kind">Near copy or partial copy.</param>
public readonly record struct DuplicateMatch(int Earlier, int Later, double Jaccard, double Containment, DuplicateKind Kind);
