namespace Crosscheck.Text;

/// <summary>
/// Recognises the dateline that opens a wire story's first paragraph: "VELL, May 4 (Northgate Observer) - Talks …",
/// "WASHINGTON (AP) — …", "MANCHESTER, N.H. - …", "New York (AFP) – …".
/// </summary>
/// <remarks>
/// The dateline says where the story was filed and for whom; it is not part of the first sentence. Left in, it became
/// the start of that sentence's claim and of any quote content that runs from the sentence's start ("VELL, May 4
/// (Northgate Observer) - Talks broke down, three diplomats said"), and its capitalised city read as an organisation.
/// The grammar is narrow on purpose, because a wrong match cuts a real sentence in two: a place of one to four words in
/// capitals (or any capitalised place when a parenthesised credit follows), up to two comma parts (a region or a date),
/// an optional parenthesised credit, then a dash between spaces. A single linear scan; no regex.
/// </remarks>
public static class Dateline
{
    /// <summary>The longest dateline accepted; a real one is short.</summary>
    private const int MaxLength = 100;

    private const int MaxPlaceWords = 4;

    private static readonly System.Collections.Frozen.FrozenSet<string> Labels = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "OPINION", "ANALYSIS", "EDITORIAL", "COMMENT",
         "WATCH", "VIDEO", "PHOTOS", "LIVE", "REVIEW", "FACT CHECK", "EDITOR'S NOTE"], StringComparer.Ordinal);

    /// <summary>
    /// Matches a dateline at the start of <paramref name="text"/>.
    /// </summary>
    /// <param name="text">Text starting where a paragraph's first sentence starts.</param>
    /// <param name="placeLength">The length of the place part ("VELL", "LAS VEGAS", "New York"); 0 for a label such as "UPDATE".</param>
    /// <param name="headLength">The length of the dateline up to and including its dash ("VELL, May 4 (Northgate Observer) -").</param>
    /// <returns>Where the sentence after the dateline starts (past the spaces after the dash), or 0 when there is no dateline.</returns>
    public static int Match(ReadOnlySpan<char> text, out int placeLength, out int headLength)
    {
        placeLength = 0;
        headLength = 0;
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }
        var i = 0;
        var capitals = true;
        var words = 0;
        while (true)
        {
            var end = WordEnd(text, i);
            if (end == i || !char.IsUpper(text[i]) || !HasLetter(text[i..end]))
            {
                return 0;
            }
            capitals &= !HasLower(text[i..end]);
            words++;
            i = end;
            if (words > MaxPlaceWords)
            {
                return 0;
            }
            if (i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]))
            {
                i++;
                continue;
            }
            break;
        }
        // "UPDATE - …", "EXCLUSIVE — …" open a story the same way but name no place.
        placeLength = capitals && Labels.Contains(text[..i].ToString()) ? 0 : i;
        // ", N.H.", ", May 4": a region or a date.
        for (var part = 0; part < 2 && i + 1 < text.Length && text[i] == ',' && text[i + 1] == ' '; part++)
        {
            var j = i + 2;
            var partWords = 0;
            while (partWords < 3)
            {
                var end = WordEnd(text, j);
                if (end == j || !(char.IsUpper(text[j]) || char.IsDigit(text[j])))
                {
                    break;
                }
                partWords++;
                j = end;
                if (j + 1 < text.Length && text[j] == ' ' && char.IsLetterOrDigit(text[j + 1]) && !char.IsLower(text[j + 1]))
                {
                    j++;
                    continue;
                }
                break;
            }
            if (partWords == 0)
            {
                return 0;
            }
            i = j;
        }
        // " (Reuters)", " (Northgate Observer)": who filed it.
        var credit = false;
        if (i + 2 < text.Length && text[i] == ' ' && text[i + 1] == '(' && char.IsUpper(text[i + 2]))
        {
            var close = text[(i + 2)..].IndexOf(')');
            if (close < 0 || close > 40 || text.Slice(i + 2, close).IndexOfAny('(', '\n') >= 0)
            {
                return 0;
            }
            credit = true;
            i += 2 + close + 1;
        }
        if (!capitals && !credit)
        {
            // "Cleveland — " could as well be a sentence's subject and a dash.
            return 0;
        }
        var spaced = i < text.Length && text[i] == ' ';
        if (spaced)
        {
            i++;
        }
        var dash = DashLength(text, i);
        // A hyphen only between spaces: "U.S.-led" is no dateline.
        if (dash == 0 || (!spaced && text[i] == '-'))
        {
            return 0;
        }
        i += dash;
        headLength = i;
        var next = i;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }
        if (next == i && text[i - 1] == '-' || next >= text.Length)
        {
            return 0;
        }
        // The story starts in capitals, a number or a quotation.
        var first = text[next];
        return char.IsUpper(first) || char.IsDigit(first) || first is '"' or '\u201C' or '\'' or '\u2018' ? next : 0;
    }

    private static int DashLength(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length)
        {
            return 0;
        }
        if (text[i] is '\u2014' or '\u2013')
        {
            return 1;
        }
        if (text[i] == '-')
        {
            return i + 1 < text.Length && text[i + 1] == '-' ? 2 : 1;
        }
        return 0;
    }

    /// <summary>The end of a word of letters, digits and the marks inside names ("N.H.", "O'HARE", "WILKES-BARRE").</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '\'' or '\u2019'
            || text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))
        {
            i++;
        }
        return i;
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }
}
