namespace Crosscheck.Text;

/// <summary>Regular English word endings, for lexicons that list base forms only.</summary>
internal static class Inflection
{
    /// <summary>
    /// The word with the regular "-s" ending, which is both a noun's plural and a verb's third person: "analyst" →
    /// "analysts", "deputy" → "deputies", "coach" → "coaches", "veto" → "vetoes".
    /// </summary>
    public static string WithS(string word)
    {
        var last = word[^1];
        if (last == 'y' && word.Length > 1 && "aeiouAEIOU".IndexOf(word[^2], StringComparison.Ordinal) < 0)
        {
            return word[..^1] + "ies";
        }
        return word.EndsWith('s') || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) || last is 'x' or 'z' or 'o'
            ? word + "es"
            : word + "s";
    }
}
