using Crosscheck.Documents;

namespace Crosscheck.Text;

/// <summary>The coarse class of a token.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner apostrophes or hyphens ("don't", "well-known").</summary>
    Word,
    /// <summary>Digits, possibly with separators ("1,200", "3.5").</summary>
    Number,
    /// <summary>Any single punctuation or symbol character.</summary>
    Punctuation,
}

/// <summary>A token: an offset range into the article text and its class; never a copied string.</summary>
/// <param name="Span">Where the token is.</param>
/// <param name="Kind">What kind of token it is.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind);
