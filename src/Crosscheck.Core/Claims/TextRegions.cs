using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>Span helpers shared by the claims and signals stages.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class TextRegions
{
    /// <summary>The tokens that start inside <paramref name="span"/>, as an index range [First, End).</summary>
    public static (int First, int End) TokenRange(IReadOnlyList<Token> tokens, TextSpan span)
    {
        var low = 0;
        var high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].Span.Start < span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        var end = low;
        while (end < tokens.Count && tokens[end].Span.Start < span.End)
        {
            end++;
        }
        return (low, end);
    }

    /// <summary>
    /// Content spans between double quotation marks ("…", “…”, «…», „…“). A fallback for when the attribution stage
    /// has not found the quotes; single quotes are left out because they collide with apostrophes.
    /// </summary>
    public static List<TextSpan> QuotationMarkRegions(string text)
    {
        var regions = new List<TextSpan>();
        var open = -1;
        var closer = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open >= 0)
            {
                if (c == closer || closer == '\u201D' && c == '"' || closer == '\u201C' && c == '\u201D')
                {
                    regions.Add(TextSpan.FromBounds(open + 1, i));
                    open = -1;
                }
                else if (c == '\n' && i + 1 < text.Length && IsBlankLineAhead(text, i))
                {
                    // A quote left open across a paragraph break is usually a multi-paragraph quote; stop it here so
                    // one stray mark cannot swallow the rest of the article.
                    regions.Add(TextSpan.FromBounds(open + 1, i));
                    open = -1;
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    open = i;
                    closer = '"';
                    break;
                case '\u201C':
                    open = i;
                    closer = '\u201D';
                    break;
                case '\u00AB':
                    open = i;
                    closer = '\u00BB';
                    break;
                case '\u201E':
                    open = i;
                    closer = '\u201C';
                    break;
                default:
                    break;
            }
        }
        if (open >= 0)
        {
            regions.Add(TextSpan.FromBounds(open + 1, text.Length));
        }
        return regions;
    }

    /// <summary>Whether the sentence ends with a question mark, ignoring closing quotes and brackets.</summary>
    public static bool EndsWithQuestionMark(string text, TextSpan span, out int markOffset)
    {
        var i = span.End - 1;
        while (i >= span.Start && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB'))
        {
            i--;
        }
        markOffset = i;
        return i >= span.Start && text[i] == '?';
    }

    /// <summary>Whether the character before the sentence's end (closers skipped) is sentence-final punctuation.</summary>
    public static bool HasTerminalPunctuation(string text, TextSpan span)
    {
        var i = span.End - 1;
        while (i >= span.Start && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB'))
        {
            i--;
        }
        return i >= span.Start && text[i] is '.' or '!' or '?' or '\u2026' or ':' or ';';
    }

    private static bool IsBlankLineAhead(string text, int newline)
    {
        var i = newline + 1;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }
        return i < text.Length && text[i] == '\n';
    }
}
