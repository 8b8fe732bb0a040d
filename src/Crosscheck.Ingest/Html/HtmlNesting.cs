using System.Collections.Frozen;

namespace Crosscheck.Ingest.Html;

/// <summary>
/// Estimates how deeply a page nests its elements, in one linear scan, before the parser sees it. The HTML tree
/// builder checks the stack of open elements for every start tag, so parsing time grows with the square of the depth:
/// 20,000 nested divs take AngleSharp about 17 seconds, 100,000 several minutes. Browsers cap the depth for the same
/// reason; a page past the cap is refused with one clear error.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>The deepest nesting read; real pages stay in the low hundreds.</summary>
    public const int MaxDepth = 5000;

    private static readonly FrozenSet<string> VoidOrOptionalEnd = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "command", "basefont", "bgsound", "frame", "image",
        // End tags the parser implies: counting them would make sloppy but shallow pages look deep.
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp",
        "html", "head", "body", "colgroup", "caption");

    private static readonly FrozenSet<string> RawText = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext");

    /// <summary>Whether the estimated depth of open elements in <paramref name="html"/> exceeds <paramref name="limit"/>.</summary>
    public static bool Exceeds(string html, int limit = MaxDepth)
    {
        var depth = 0;
        var i = 0;
        var lookup = VoidOrOptionalEnd.GetAlternateLookup<ReadOnlySpan<char>>();
        var raw = RawText.GetAlternateLookup<ReadOnlySpan<char>>();
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!')
            {
                var close = html.AsSpan(i).StartsWith("<!--") ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i + 2);
                if (close < 0)
                {
                    return false;
                }
                i = close + 1;
                continue;
            }
            var closing = next == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }
            if (end == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }
            var name = html.AsSpan(start, end - start);
            var tagEnd = html.IndexOf('>', end);
            if (tagEnd < 0)
            {
                return false;
            }
            if (closing)
            {
                if (!lookup.Contains(name) && depth > 0)
                {
                    depth--;
                }
            }
            else if (raw.Contains(name))
            {
                // Markup inside scripts and styles is text; skip to the element's end tag.
                var endTag = EndTag(html, name, tagEnd);
                if (endTag < 0)
                {
                    return false;
                }
                i = endTag + 2;
                continue;
            }
            else if (!lookup.Contains(name) && html[tagEnd - 1] != '/' && ++depth > limit)
            {
                return true;
            }
            i = tagEnd + 1;
        }
        return false;
    }

    // Where "</name" starts after from, or -1. An ordinal search for "</" with the name compared in place: no string
    // is built per element, and the common case (a script with no "</" inside) is one vectorised scan.
    private static int EndTag(string html, ReadOnlySpan<char> name, int from)
    {
        while ((from = html.IndexOf("</", from, StringComparison.Ordinal)) >= 0)
        {
            var start = from + 2;
            if (html.Length - start >= name.Length && html.AsSpan(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return from;
            }
            from = start;
        }
        return -1;
    }
}
