namespace Crosscheck.CrossCheck;

/// <summary>How one article depends on another.</summary>
public enum ProvenanceRelation
{
    /// <summary>The article is a near-duplicate (wire copy, syndication) of the earlier one.</summary>
    CopyOf,
    /// <summary>The article names the other's outlet as its source ("as the Daily Ledger reported", "told the FT").</summary>
    Cites,
}
