using Crosscheck.Entities;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// The group a source phrase names when a lower-case plural noun phrase heads it and a lone capitalised word the
    /// entities stage does not know follows the preposition: "Local journalists in Lorton say" is said by journalists,
    /// and "Lorton" is only where they are. The group-noun list cannot hold every plural a reporter writes (adding
    /// fourteen was level on the frozen folds), so the shape decides: one to three words, lower case but for the
    /// sentence's first, none a function word, verb form or cue, the last a plural ending in "s". Null otherwise.
    /// </summary>
    /// <param name="first">The source phrase's first token.</param>
    /// <param name="headLast">The token right before the preposition.</param>
    /// <param name="place">The capitalised word after the preposition.</param>
    private SpeakerPhrase? PluralHeadBeforePlace(int first, int headLast, int place)
    {
        if (headLast < first || headLast - first > 2 || !IsWord(place) || MentionAt(place) is { Kind: EntityKind.Person or EntityKind.Organization or EntityKind.Outlet })
        {
            return null;
        }
        var head = Word(headLast);
        if (head.Length < 4 || head[^1] != 's' || head[^2] is 's' or '\'' or '\u2019' || !IsLower(headLast))
        {
            return null; // "press", "Ruiz's": not a plural
        }
        var sentenceFirst = SentenceTokens(_tokenSentence[first]).First;
        for (var k = first; k <= headLast; k++)
        {
            if (!IsWord(k) || !IsLower(k) && k != sentenceFirst || IsOneOf(k, FunctionWords) || IsOneOf(k, PhraseDeterminers)
                || TryCue(k, out _) || IsVerbForm(k) || MentionAt(k) is not null)
            {
                return null;
            }
        }
        var span = SpanOf(first, headLast);
        return new SpeakerPhrase(first, headLast, span, SpeakerKind.Group, span);
    }
}
