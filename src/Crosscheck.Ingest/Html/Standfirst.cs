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
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
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
    /// lying before the first of <paramref name="roots"/> or inside one, outside boilerplate other than headers.
    /// </summary>
    public static IElement? Find(IElement body, IReadOnlyList<string> descriptions, IReadOnlyList<IElement> roots)
    {
        if (descriptions.Count == 0 || roots.Count == 0)
        {
            return null;
        }
        var first = roots[0];
        foreach (var element in body.QuerySelectorAll("p, h2"))
        {
            if (element.Contains(first))
            {
                continue;
            }
            // Inside the content, only a paragraph left out for sitting in a header can be missing; past the start of
            // the content and outside it, nothing can be a standfirst any more.
            if (!InAny(roots, element) && (first.CompareDocumentPosition(element) & DocumentPositions.Following) != 0)
            {
                return null;
            }
            var text = Collapse(element.TextContent);
            if (text.Length >= MinLength && Matches(Trimmed(text), descriptions) && !IsHidden(element))
            {
                return element;
            }
        }
        return null;
    }

    private static bool InAny(IReadOnlyList<IElement> roots, IElement element)
    {
        foreach (var root in roots)
        {
            if (root.Contains(element))
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

    // Headers hold the standfirst; every other kind of boilerplate (hidden copies, share widgets, teasers for other
    // articles) rules the paragraph out.
    private static bool IsHidden(IElement element)
    {
        for (var current = element; current is not null && current.LocalName is not "body"; current = current.ParentElement)
        {
            if (current.LocalName != "header" && Boilerplate.IsBoilerplate(current))
            {
                return true;
            }
        }
        return false;
    }

    private static string Trimmed(string text) => text.TrimEnd('.', '…', ' ');

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
