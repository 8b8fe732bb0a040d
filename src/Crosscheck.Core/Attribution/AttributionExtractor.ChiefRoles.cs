namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Role nouns that also modify the role after them ("the chief executive", "its chief technology officer").
    private static readonly string[] ModifyingRoleNouns = ["chief"];

    /// <summary>
    /// The last word of the role after a modifying role noun ("the chief" + "executive"), or -1: the role lexicon
    /// lists "chief" alone, so "said the company's chief executive." parsed "the company's chief", found "executive"
    /// where the phrase should end, and made no quote. Up to two lower-case words, which must end the noun phrase.
    /// </summary>
    private int RoleAfterModifyingRole(SpeakerPhrase phrase, int limit)
    {
        if (phrase.Kind == SpeakerKind.Name || !IsLower(phrase.Last) || !IsOneOf(phrase.Last, ModifyingRoleNouns))
        {
            return -1;
        }
        var last = -1;
        for (var k = phrase.Last + 1; k <= limit && k <= phrase.Last + 2; k++)
        {
            if (!IsLower(k) || IsCueWord(k) || IsFunctionWord(k) || IsLeftBoundary(k) || AttributionLexicons.StopwordLookup.Contains(Word(k))
                || Word(k).EndsWith("ly", StringComparison.Ordinal) || Word(k).EndsWith("ing", StringComparison.Ordinal) || Word(k).EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }
            last = k;
        }
        return last >= 0 && EndsNounPhrase(last + 1, limit) ? last : -1;
    }
}
