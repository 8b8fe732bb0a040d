using Crosscheck.Documents;

namespace Crosscheck.CrossCheck;

/// <summary>One article's version of an aligned quote or claim.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Span">Where the version is in that article's text.</param>
/// <param name="Text">The version as written.</param>
public sealed record AlignedMember(string ArticleId, TextSpan Span, string Text)
{
    /// <summary>The speaker this article gives (quotes only).</summary>
    public string? Speaker { get; init; }

    /// <summary>
    /// The source this article says the quote came through ("Daily Ledger" in "According to the Daily Ledger, Marenko
    /// said …"; <see cref="Attribution.Quote.RelayedBy"/>); null when the article quotes the speaker itself.
    /// </summary>
    public string? RelayedBy { get; init; }

    /// <summary>The venue this article gives (quotes only).</summary>
    public string? Venue { get; init; }

    /// <summary>The modality in this article ("asserted", "hedged", ...), when known.</summary>
    public string? Modality { get; init; }
}
