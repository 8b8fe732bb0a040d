namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// Steps back over a comma set right after a parenthesis and right before the cue: "Sen. Ivo Marek (D-Ore.), said
    /// …" is written with a stray comma after the party label, and the comma hid the subject from the parse, so the
    /// sentence made no quote. Only for a short parenthesis of capitalised words (a party label, an abbreviation) after
    /// a name that opens the clause, so an aside in parentheses before an apposition's comma is not read so.
    /// </summary>
    private int SkipCommaAfterPartyLabel(int b, CueMatch cue, int floor)
    {
        if (b != cue.First - 1 || !IsPunct(b, ',') || !IsPunct(b - 1, ')'))
        {
            return b;
        }
        for (var k = b - 2; k >= floor && k >= b - 8; k--)
        {
            if (IsPunct(k, '('))
            {
                return k > floor && IsCapitalised(k - 1) && IsCapitalised(k + 1) && OnlyNameBefore(k - 1, floor) ? b - 1 : b;
            }
            if (IsWord(k) && !IsCapitalised(k))
            {
                return b;
            }
        }
        return b;
    }

    /// <summary>
    /// Whether tokens <paramref name="floor"/>..<paramref name="last"/> are capitalised words and abbreviation dots
    /// only: a name with its title opens the clause ("Sen. Ivo Marek", "But Sen. Ana J. Vole"). Where a lower-case word
    /// or a comma comes first ("The campaign of Sen. Ivo Marek (Ore.), designed to …", "Ruiz (D-Ore.), who …, Kovac
    /// (R-Ore.), took"), the comma sets off a phrase.
    /// </summary>
    private bool OnlyNameBefore(int last, int floor)
    {
        for (var k = last; k >= floor; k--)
        {
            if (!(IsCapitalised(k) || IsAbbreviationDot(k)))
            {
                return false;
            }
        }
        return true;
    }
}
