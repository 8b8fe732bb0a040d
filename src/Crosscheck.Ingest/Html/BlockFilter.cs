using System.Collections.Frozen;
using Crosscheck.Lexicons;

namespace Crosscheck.Ingest.Html;

/// <summary>
/// Drops the furniture that survives inside an article's container: paragraphs that are mostly links ("Read more:
/// …", tag lists, related-story lists), short lines opening with a furniture phrase ("Tags:", "Share this article",
/// "© 2024"), and headings whose section turned out to be such furniture.
/// </summary>
internal static class BlockFilter
{
    // Past this length a paragraph is prose whatever it starts with.
    private const int MaxFurnitureLength = 250;

    private const double MaxLinkDensity = 0.5;

    private static readonly IReadOnlyList<string> Phrases = Lexicon.Lines("html-furniture-phrases");

    private static readonly FrozenSet<string> ExactLines = Lexicon.Set("html-furniture-lines");

    // Each entry's parts, to be found in order: "download * app" is ["download", "app"].
    private static readonly string[][] TailPhrases = [.. Lexicon.Lines("html-tail-phrases").Select(line => line.Split(" * ", StringSplitOptions.TrimEntries))];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWords =
        Lexicon.Set("html-date-words").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthsAndDays =
        Lexicon.Set("html-date-months").GetAlternateLookup<ReadOnlySpan<char>>();

    // "Wednesday, 14 September 2022 at 10:45 a.m. UTC" is the longest dateline worth catching.
    private const int MaxDateLineLength = 60;

    /// <summary>The texts of the blocks to keep, in order.</summary>
    public static List<string> Keep(List<TextBlock> blocks)
    {
        var keep = new bool[blocks.Count];
        var dateline = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            dateline[i] = IsDateLine(blocks[i]);
            keep[i] = !dateline[i] && !IsFurniture(blocks[i]);
        }
        // A heading introduces what follows: when that is furniture (or nothing), the heading goes too. A dateline
        // under a headline says nothing about the section, so the heading is judged by the block after it.
        for (var i = blocks.Count - 2; i >= 0; i--)
        {
            var next = i + 1;
            while (next < blocks.Count - 1 && dateline[next])
            {
                next++;
            }
            if (keep[i] && blocks[i].Heading && !keep[next])
            {
                keep[i] = false;
            }
        }
        DropTrailingNotices(blocks, keep);
        var texts = new List<string>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (keep[i])
            {
                texts.Add(blocks[i].Text);
            }
        }
        return texts;
    }

    // "For breaking news download our app", "This article is the copyrighted property of …", "Follow us on Twitter":
    // notices after the story's last paragraph. Searched from the end only, so the same words inside the story stay.
    private static void DropTrailingNotices(List<TextBlock> blocks, bool[] keep)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (!keep[i])
            {
                continue;
            }
            if (blocks[i].Text.Length > MaxFurnitureLength || !HasTailPhrase(blocks[i].Text))
            {
                return;
            }
            keep[i] = false;
        }
    }

    private static bool HasTailPhrase(string text)
    {
        foreach (var parts in TailPhrases)
        {
            var at = 0;
            var found = true;
            foreach (var part in parts)
            {
                var index = text.IndexOf(part, at, StringComparison.OrdinalIgnoreCase);
                while (index >= 0 && !WordBounded(text, index, part.Length))
                {
                    index = text.IndexOf(part, index + 1, StringComparison.OrdinalIgnoreCase);
                }
                if (index < 0)
                {
                    found = false;
                    break;
                }
                at = index + part.Length;
            }
            if (found)
            {
                return true;
            }
        }
        return false;
    }

    // "app" is not "apple", "x" not "next".
    private static bool WordBounded(string text, int index, int length) =>
        (index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (index + length == text.Length || !char.IsLetterOrDigit(text[index + length]));

    private static ReadOnlySpan<char> TrimNonAlphanumeric(string text, bool trimEnd = true)
    {
        var span = text.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && !char.IsLetterOrDigit(span[start]))
        {
            start++;
        }
        while (trimEnd && end > start && !char.IsLetterOrDigit(span[end - 1]))
        {
            end--;
        }
        return span[start..end];
    }

    // A paragraph stating only a date or time ("11 Jan 2019", "Posted on Oct 9, 2019 at 10:15 am", "20:37") is a
    // dateline: the publication date is read from the page's metadata, and the line is no part of the story. A date
    // as a heading opens a section of a timeline, and in a table cell it is data. Plain numbers ("1", "243.8",
    // "0-10") are not dates: they may be a ranking or a score.
    private static bool IsDateLine(TextBlock block)
    {
        var span = block.Text.AsSpan();
        if (span.Length > MaxDateLineLength || block.Heading || block.Cell)
        {
            return false;
        }
        var month = false;
        var number = false;
        var dated = false;
        var start = 0;
        for (var i = 0; i <= span.Length; i++)
        {
            if (i < span.Length && !char.IsWhiteSpace(span[i]) && span[i] is not ('|' or '·' or '•'))
            {
                continue;
            }
            var token = span[start..i].TrimStart('(').TrimEnd(")],.");
            start = i + 1;
            if (token.Length == 0 || token is "-" or "–" or "—" or "/")
            {
                continue;
            }
            if (MonthsAndDays.Contains(token))
            {
                month = true;
                continue;
            }
            if (DateWords.Contains(token))
            {
                continue;
            }
            if (!IsNumeral(token, out var dateOrTime))
            {
                return false;
            }
            number = true;
            dated |= dateOrTime;
        }
        return dated || (month && number);
    }

    // "2019", "9", "18th", "3." are numerals; "10:15", "19.01.2020", "2020-01-19", "1/19/20" are times and dates.
    private static bool IsNumeral(ReadOnlySpan<char> token, out bool dateOrTime)
    {
        dateOrTime = false;
        Span<int> parts = stackalloc int[4];
        var count = 0;
        var digits = 0;
        var colon = false;
        var i = 0;
        for (; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                continue;
            }
            if (c is not (':' or '.' or '/' or '-') || digits == 0 || count == parts.Length - 1)
            {
                break;
            }
            colon |= c == ':';
            parts[count++] = digits;
            digits = 0;
        }
        if (digits > 0)
        {
            parts[count++] = digits;
        }
        var suffix = token[i..];
        if (count == 0 || !(suffix.Length == 0 || suffix is "st" or "nd" or "rd" or "th" or "h"))
        {
            return false;
        }
        // A time has two-digit minutes; a date three parts of day/month (1–2 digits) and year (2 or 4 digits).
        dateOrTime = (colon && count >= 2 && parts[1] == 2)
            || (count == 3 && (parts[0] is 1 or 2 or 4) && parts[1] is 1 or 2 && parts[2] is 1 or 2 or 4);
        return true;
    }

    private static bool IsFurniture(TextBlock block)
    {
        var text = block.Text;
        if (text.Length > MaxFurnitureLength)
        {
            return false;
        }
        if (block.LinkDensity > MaxLinkDensity)
        {
            return true;
        }
        // Separators and dashes around a label ("- Advertisement -", "[Share]") do not make it prose.
        var label = TrimNonAlphanumeric(text);
        // In a table cell a lone symbol ("✓", "–") is data.
        if (ExactLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label) || (label.Length == 0 && !block.Cell))
        {
            return true;
        }
        // "(Credit: …)", "[Read more: …]": brackets before a furniture opening do not make it prose either.
        var opening = text.AsSpan(text.Length - TrimNonAlphanumeric(text, trimEnd: false).Length);
        foreach (var phrase in Phrases)
        {
            if (text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                || opening.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
