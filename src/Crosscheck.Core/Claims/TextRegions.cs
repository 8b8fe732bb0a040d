using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>Span helpers shared by the claims and signals stages.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class TextRegions
{
    /// <summary>The marks that open a region.</summary>
    private static readonly System.Buffers.SearchValues<char> OpeningMarks = System.Buffers.SearchValues.Create("\"\u201C\u00AB\u201E");

    /// <summary>Inside a region: every closing mark any opener takes, and the line break that may end a paragraph.</summary>
    private static readonly System.Buffers.SearchValues<char> InsideMarks = System.Buffers.SearchValues.Create("\"\u201D\u00BB\u201C\n");

    /// <summary>The tokens that start inside <paramref name="span"/>, as an index range [First, End).</summary>
    public static (int First, int End) TokenRange(IReadOnlyList<Token> tokens, TextSpan span) => TokenRange(TokenList.AsSpan(tokens), span);

    /// <inheritdoc cref="TokenRange(IReadOnlyList{Token}, TextSpan)"/>
    public static (int First, int End) TokenRange(ReadOnlySpan<Token> tokens, TextSpan span)
    {
        var low = 0;
        var high = tokens.Length;
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
        while (end < tokens.Length && tokens[end].Span.Start < span.End)
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
        var i = 0;
        while (i < text.Length)
        {
            // Jump to the next character that can open or close a region (or end a paragraph inside one): the scan
            // runs vectorised over the long stretches between quotation marks.
            var next = text.AsSpan(i).IndexOfAny(open >= 0 ? InsideMarks : OpeningMarks);
            if (next < 0)
            {
                break;
            }
            i += next;
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
                i++;
                continue;
            }
            (open, closer) = c switch
            {
                '"' => (i, '"'),
                '\u201C' => (i, '\u201D'),
                '\u00AB' => (i, '\u00BB'),
                _ => (i, '\u201C'), // '\u201E'
            };
            i++;
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
