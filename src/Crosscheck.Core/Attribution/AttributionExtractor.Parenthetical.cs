namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // The longest subject a parenthetical attribution is read with: "Mr. Ana de la Ruiz" is five words and a dot.
    private const int MaxParentheticalSubjectTokens = 6;

    /// <summary>
    /// Whether an attribution set off by commas opens at token <paramref name="i"/>: a subject pronoun or capitalised
    /// name, then a cue, then a comma ("Cost estimates, [she said,] were too low", "He hoped, [he said,] that …"). Asked
    /// where an earlier cue's object would start right after a comma: the clause around the parenthetical is its
    /// content, so the earlier word ("estimates" read as a verb of "Cost", "hoped") does not take the attribution and
    /// its clause as its own content, which left the two quotes each inside the other and both dropped.
    /// </summary>
    private bool ParentheticalAttributionAt(int i, int limit)
    {
        var k = i;
        if (IsOneOf(k, SubjectPronouns))
        {
            k++;
        }
        else
        {
            while (k <= limit && k - i < MaxParentheticalSubjectTokens && (IsCapitalised(k) || IsPunct(k, '.') && IsAbbreviationDot(k)))
            {
                k++;
            }
        }
        if (k == i || k > limit || IsUsedCue(k) || !IsLower(k) || !TryCue(k, out var cue) || cue.Class == CueClass.Intent)
        {
            return false;
        }
        return IsPunct(cue.Last + 1, ',') && cue.Last + 1 < limit;
    }
}
