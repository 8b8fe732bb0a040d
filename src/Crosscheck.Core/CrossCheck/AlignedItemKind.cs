namespace Crosscheck.CrossCheck;

/// <summary>What an aligned item is.</summary>
public enum AlignedItemKind
{
    /// <summary>A quote (attribution relation).</summary>
    Quote,
    /// <summary>A claim.</summary>
    Claim,
}
