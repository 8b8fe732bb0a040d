namespace Crosscheck.Evaluation.Attribution;

/// <summary>Span scores of one role (Source, Cue or Content).</summary>
/// <param name="Exact">A predicted span counts only when it equals a gold span (after trimming boundary whitespace, quotation marks and punctuation).</param>
/// <param name="Overlap">A predicted span counts when it shares a character with a gold span it is paired with one-to-one.</param>
public sealed record RoleScore(PrecisionRecall Exact, PrecisionRecall Overlap)
{
    /// <summary>No items.</summary>
    public static RoleScore Empty { get; } = new(default, default);

    /// <summary>Micro-averaging: the counts of both added.</summary>
    public static RoleScore operator +(RoleScore left, RoleScore right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Exact + right.Exact, left.Overlap + right.Overlap);
    }

    /// <summary>Same as <c>+</c>, for languages without operator overloading.</summary>
    public static RoleScore Add(RoleScore left, RoleScore right) => left + right;
}
