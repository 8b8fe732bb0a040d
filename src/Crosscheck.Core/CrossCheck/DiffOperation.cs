namespace Crosscheck.CrossCheck;

/// <summary>One step of a token diff.</summary>
public enum DiffOperation
{
    /// <summary>Words in both versions.</summary>
    Equal,
    /// <summary>Words only in the later version.</summary>
    Insert,
    /// <summary>Words only in the earlier version.</summary>
    Delete,
}
