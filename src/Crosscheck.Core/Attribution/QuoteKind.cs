namespace Crosscheck.Attribution;

/// <summary>How attributed content is reported.</summary>
public enum QuoteKind
{
    /// <summary>Verbatim, inside quotation marks.</summary>
    Direct,
    /// <summary>Reported speech without quotation marks ("X said that ...", "according to X, ...").</summary>
    Indirect,
    /// <summary>Reported speech that embeds a quoted fragment ("X said the plan was 'dead on arrival'").</summary>
    Mixed,
}
