using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Words that open a time or place adverbial between an intention cue and its infinitive ("promised Monday to …",
    // "sought on Wednesday to …", "vowed last month to …", "pledged at a rally in Lorton to …").
    private static readonly string[] IntentAdverbialStarts = ["on", "at", "in", "during", "last", "this", "earlier", "again", "repeatedly", "once", "yesterday", "today", "tonight"];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    // The longest adverbial read past.
    private const int MaxIntentAdverbialTokens = 10;

    /// <summary>
    /// The "to" of an intention's infinitive after a time or place adverbial ("Ruiz promised Monday to cut the tolls",
    /// "Kovac sought on Wednesday at a rally to ease …"): annotators mark the infinitive as the content, as when it
    /// follows the cue directly. The adverbial holds no punctuation, clause word or verb. -1 when none.
    /// </summary>
    private int InfinitiveAfterAdverbial(CueMatch cue, int limit)
    {
        var start = cue.Last + 1;
        if (start > limit || !(IsOneOf(start, IntentAdverbialStarts) || IsOneOf(start, Weekdays)))
        {
            return -1;
        }
        for (var k = start + 1; k < limit && k <= start + MaxIntentAdverbialTokens; k++)
        {
            if (Is(k, "to"))
            {
                return IsLower(k + 1) && !IsAdverbialTo(k + 1) && !IsOneOf(k + 1, GapDeterminers) ? k : -1;
            }
            var inside = IsWord(k) && !IsOneOf(k, ClauseOpeners) && !Is(k, "who") && !Is(k, "which") && !(IsLower(k) && (IsOneOf(k, FiniteAuxiliaries) || IsCueWord(k) || Word(k).EndsWith("ed", StringComparison.Ordinal)))
                || _tokens[k].Kind == TokenKind.Number || IsAbbreviationDot(k) || IsAttachedMark(k);
            if (!inside)
            {
                return -1;
            }
        }
        return -1;
    }
}
