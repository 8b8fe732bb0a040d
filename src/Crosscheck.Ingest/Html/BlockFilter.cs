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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWords =
        Lexicon.Set("html-date-words").GetAlternateLookup<ReadOnlySpan<char>>();

    // "Wednesday, 14 September 2022 at 10:45 a.m. UTC" is the longest dateline worth catching.
    private const int MaxDateLineLength = 60;

    /// <summary>The texts of the blocks to keep, in order.</summary>
    public static List<string> Keep(List<TextBlock> blocks)
    {
        var keep = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            keep[i] = !IsFurniture(blocks[i]);
        }
        // A heading introduces what follows: when that is furniture (or nothing), the heading goes too.
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (keep[i] && blocks[i].Heading && (i == blocks.Count - 1 || !keep[i + 1]) && i < blocks.Count - 1)
            {
                keep[i] = false;
            }
        }
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

    private static ReadOnlySpan<char> TrimNonAlphanumeric(string text)
    {
        var span = text.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && !char.IsLetterOrDigit(span[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetterOrDigit(span[end - 1]))
        {
            end--;
        }
        return span[start..end];
    }

    // A line stating only a date or time ("11 Jan 2019", "Oct 9, 2019 at 10:15 am", "20:37") is a dateline: the
    // publication date is read from the page's metadata, and the line is no part of the story.
    private static bool IsDateLine(string text)
    {
        if (text.Length > MaxDateLineLength)
        {
            return false;
        }
        var hasNumber = false;
        var span = text.AsSpan();
        var start = 0;
        for (var i = 0; i <= span.Length; i++)
        {
            if (i < span.Length && !char.IsWhiteSpace(span[i]) && span[i] is not ('|' or '·' or '•'))
            {
                continue;
            }
            var token = span[start..i].TrimEnd(",.").TrimStart("(").TrimEnd(")");
            start = i + 1;
            if (token.Length == 0 || token is "-" or "–" or "—" or "/")
            {
                continue;
            }
            if (IsNumeral(token))
            {
                hasNumber = true;
            }
            else if (!DateWords.Contains(token))
            {
                return false;
            }
        }
        return hasNumber;
    }

    // "2019", "9", "10:15", "2019-01-11", "11.01.2019", "18th", "3."
    private static bool IsNumeral(ReadOnlySpan<char> token)
    {
        var digits = 0;
        var i = 0;
        for (; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (':' or '.' or '/' or '-'))
            {
                break;
            }
        }
        if (digits == 0)
        {
            return false;
        }
        var suffix = token[i..];
        return suffix.Length == 0 || suffix is "st" or "nd" or "rd" or "th" or "h";
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
        // A date as a heading starts a section of a timeline; as a paragraph it is a dateline.
        if (label.Length == 0 || ExactLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label) || (!block.Heading && IsDateLine(text)))
        {
            return true;
        }
        foreach (var phrase in Phrases)
        {
            if (text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
