using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // The most words between the comma that ends a post-posed content and the speaker the name rules parse.
    private const int MaxSourceModifierTokens = 8;

    /// <summary>
    /// The comma that ends the content of a post-posed attribution when the words between it and the parsed speaker
    /// are the rest of the source phrase: modifiers the speaker rules leave out ("The album is nearly done, frontman
    /// Tom Ruiz revealed.", "…, Vodena's ambassador to Lorton confirmed.", "…, she and another reporter said.").
    /// The words hold no verb, clause word or punctuation but a possessive mark. -1 when none.
    /// </summary>
    private int CommaBeforeSourceModifiers(int pre, int first)
    {
        for (var k = pre; k > first + 1 && k >= pre - MaxSourceModifierTokens; k--)
        {
            if (IsPunct(k, ','))
            {
                return k < pre + 1 && !InsideRun(_tokens[k].Span.Start) ? k : -1;
            }
            var inside = IsWord(k) && !(IsOneOf(k, ClauseOpeners) && !Is(k, "and")) && !Is(k, "who") && !Is(k, "which") && !Is(k, "than")
                && !(IsLower(k) && (IsOneOf(k, FiniteAuxiliaries) || IsCueWord(k) || Word(k).EndsWith("ed", StringComparison.Ordinal)))
                || _tokens[k].Kind == TokenKind.Number || IsAbbreviationDot(k) || IsAttachedMark(k);
            if (!inside)
            {
                return -1;
            }
        }
        return -1;
    }
}
