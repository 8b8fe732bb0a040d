namespace Crosscheck.Stories;

/// <summary>How one text copies another.</summary>
public enum DuplicateKind
{
    /// <summary>Near-identical: the shingle sets' Jaccard similarity reaches the threshold.</summary>
    NearCopy,
    /// <summary>Most of the smaller text occurs in the larger one (trimmed, or with added paragraphs).</summary>
    PartialCopy,
}
