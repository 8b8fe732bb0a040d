using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Crosscheck.Ingest.Html;

/// <summary>
/// Finds an article's standfirst (dek, teaser text) when it sits outside the chosen content, often in the article's
/// <c>&lt;header&gt;</c>: the paragraph before the content whose text is the summary the page gives in its
/// <c>og:description</c> or <c>description</c> meta tag. The publisher itself says that paragraph sums up the
/// article, so it is article text, not a teaser for another page.
/// </summary>
internal static class Standfirst
{
    // Short descriptions ("Latest news from Calder Bay") are site slogans, not summaries.
    private const int MinLength = 40;

    /// <summary>The page's summaries from its meta tags, whitespace collapsed and trailing ellipses cut.</summary>
    public static List<string> Descriptions(IHtmlDocument document)
    {
        var found = new List<string>(2);
        // Summaries sit in the head; a selector over the whole body would cost as much as the extraction's own walk.
        if (document.Head is not { } head)
        {
            return found;
        }
        foreach (var meta in head.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (key is null
                || !(key.Equals("og:description", StringComparison.OrdinalIgnoreCase)
                     || key.Equals("description", StringComparison.OrdinalIgnoreCase)
                     || key.Equals("twitter:description", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            var text = Trimmed(Collapse(meta.GetAttribute("content") ?? ""));
            if (text.Length >= MinLength && !found.Contains(text))
            {
                found.Add(text);
            }
        }
        return found;
    }

    /// <summary>
    /// The paragraph or subheading of <paramref name="body"/> whose text is one of <paramref name="descriptions"/>,
    /// lying before the first of <paramref name="roots"/> or in a header inside it, outside boilerplate other than
    /// headers.
    /// </summary>
    public static IElement? Find(IElement body, IReadOnlyList<string> descriptions, IReadOnlyList<IElement> roots)
    {
        if (descriptions.Count == 0 || roots.Count == 0)
        {
            return null;
        }
        var first = roots[0];
        // Document order up to the content. Headers hold the standfirst; any other boilerplate around a match
        // (hidden copies, share widgets, teasers for other articles) rules it out.
        for (var element = body.FirstElementChild; element is not null; element = Next(element, body))
        {
            if (element == first)
            {
                // Inside the content only a paragraph left out for sitting in a header can be missing.
                for (var inner = first.FirstElementChild; inner is not null; inner = Next(inner, first))
                {
                    if (inner.LocalName is "p" or "h2" && inner.Closest("header") is not null
                        && Qualifies(inner, descriptions) && !InBoilerplate(inner, body))
                    {
                        return inner;
                    }
                }
                return null;
            }
            if (element.LocalName is "p" or "h2" && Qualifies(element, descriptions) && !InBoilerplate(element, body))
            {
                return element;
            }
        }
        return null;
    }

    // The element after <paramref name="element"/> in document order, within <paramref name="scope"/>; sibling
    // pointers, since building child collections on every step costs more than the whole search.
    private static IElement? Next(IElement element, IElement scope)
    {
        if (element.FirstElementChild is { } child)
        {
            return child;
        }
        for (var current = element; current is not null && current != scope; current = current.ParentElement)
        {
            if (current.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }
        return null;
    }

    private static bool Qualifies(IElement element, IReadOnlyList<string> descriptions)
    {
        // Cheap rejections first: most paragraphs before the content are short, or start unlike any description.
        var raw = element.TextContent;
        var start = 0;
        while (start < raw.Length && char.IsWhiteSpace(raw[start]))
        {
            start++;
        }
        if (raw.Length - start < MinLength || !StartsAny(raw[start], descriptions))
        {
            return false;
        }
        var text = Collapse(raw);
        return text.Length >= MinLength && Matches(Trimmed(text), descriptions);
    }

    private static bool StartsAny(char c, IReadOnlyList<string> descriptions)
    {
        foreach (var description in descriptions)
        {
            if (description[0] == c)
            {
                return true;
            }
        }
        return false;
    }

    private static bool InBoilerplate(IElement element, IElement body)
    {
        for (var current = element; current is not null && current != body; current = current.ParentElement)
        {
            if (current.LocalName != "header" && Boilerplate.IsBoilerplate(current))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Matches(string text, IReadOnlyList<string> descriptions)
    {
        foreach (var description in descriptions)
        {
            // Meta descriptions are often cut short, so a prefix of at least 80% of the paragraph also matches.
            var shorter = Math.Min(text.Length, description.Length);
            if (shorter >= Math.Max(text.Length, description.Length) * 0.8
                && text.AsSpan(0, shorter).SequenceEqual(description.AsSpan(0, shorter)))
            {
                return true;
            }
        }
        return false;
    }

    private static string Trimmed(string text) => text.TrimEnd('.', '…', ' ');

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
