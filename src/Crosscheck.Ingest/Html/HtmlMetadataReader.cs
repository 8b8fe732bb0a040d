using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Html;

/// <summary>
/// Reads page metadata. Precedence per field: JSON-LD article, then OpenGraph / article meta, then plain meta tags and
/// <c>&lt;title&gt;</c>, since structured data is written for machines and the title tag often carries the site name.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "];

    /// <summary>The metadata of <paramref name="document"/>; read before boilerplate removal, which drops scripts.</summary>
    public static HtmlMetadata Read(IHtmlDocument document)
    {
        var found = Collect(document);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var metaAuthors = new List<string>();
        foreach (var element in found.Metas)
        {
            var key = (element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop"))?.Trim();
            var content = element.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(content))
            {
                continue;
            }
            if (key.Equals("author", StringComparison.OrdinalIgnoreCase))
            {
                AddAuthors(metaAuthors, content);
            }
            meta.TryAdd(key, content);
        }

        var jsonLd = ReadJsonLd(found.JsonLdScripts);
        var canonical = found.Canonical?.GetAttribute("href")?.Trim();
        var outlet = Get(meta, "og:site_name") ?? jsonLd?.Publisher ?? Get(meta, "application-name");
        var title = jsonLd?.Headline
            ?? Get(meta, "og:title")
            ?? Get(meta, "twitter:title")
            ?? WithoutSiteName(NonEmpty(Collapse(document.Title)), outlet)
            ?? NonEmpty(Collapse(found.FirstHeading?.TextContent));
        return new HtmlMetadata
        {
            Title = title,
            Outlet = outlet,
            Url = Get(meta, "og:url") ?? NonEmpty(canonical) ?? jsonLd?.Url,
            PublishedAt = IsoDate.ParseLenient(Get(meta, "article:published_time"))
                ?? IsoDate.ParseLenient(jsonLd?.DatePublished)
                ?? IsoDate.ParseLenient(Get(meta, "date") ?? Get(meta, "pubdate") ?? Get(meta, "datePublished"))
                ?? IsoDate.ParseLenient(found.FirstTime?.GetAttribute("datetime")),
            Authors = jsonLd is { Authors.Count: > 0 } ? jsonLd.Authors : metaAuthors,
            Language = LanguageCode.Normalise(document.DocumentElement?.GetAttribute("lang"))
                ?? LanguageCode.Normalise(jsonLd?.Language)
                ?? LanguageCode.Normalise(Get(meta, "og:locale")),
            Description = Get(meta, "description") ?? Get(meta, "og:description"),
        };
    }

    // One walk of the tree in document order instead of a selector query per field: on large pages each query is a
    // full traversal, and five of them cost more than reading the metadata itself.
    private static Found Collect(IHtmlDocument document)
    {
        var found = new Found();
        var element = document.DocumentElement;
        while (element is not null)
        {
            switch (element.LocalName)
            {
                case "meta":
                    found.Metas.Add(element);
                    break;
                case "script" when element.GetAttribute("type")?.Trim() is { } type
                    && type.Equals("application/ld+json", StringComparison.OrdinalIgnoreCase):
                    found.JsonLdScripts.Add(element);
                    break;
                case "link" when found.Canonical is null && IsCanonical(element.GetAttribute("rel")):
                    found.Canonical = element;
                    break;
                case "h1":
                    found.FirstHeading ??= element;
                    break;
                case "time" when found.FirstTime is null && element.HasAttribute("datetime"):
                    found.FirstTime = element;
                    break;
            }
            element = Next(element);
        }
        return found;
    }

    // The element after <paramref name="element"/> in document order: its first child, else the next sibling of it
    // or of its nearest ancestor that has one.
    private static IElement? Next(IElement element)
    {
        if (element.FirstElementChild is { } child)
        {
            return child;
        }
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }
        return null;
    }

    // HTML compares rel values without regard to case.
    private static bool IsCanonical(string? rel) => rel is not null && rel.Trim().Equals("canonical", StringComparison.OrdinalIgnoreCase);

    private static JsonLdArticle? ReadJsonLd(List<IElement> scripts)
    {
        JsonLdArticle? found = null;
        foreach (var script in scripts)
        {
            if (JsonLdParser.Parse(script.TextContent) is { } article)
            {
                // Several blocks are common (breadcrumbs, organisation, article); the first article wins.
                found ??= article;
            }
        }
        return found;
    }

    /// <summary>The elements metadata is read from, in document order.</summary>
    private sealed class Found
    {
        public List<IElement> Metas { get; } = [];

        public List<IElement> JsonLdScripts { get; } = [];

        public IElement? Canonical { get; set; }

        public IElement? FirstHeading { get; set; }

        public IElement? FirstTime { get; set; }
    }

    private static void AddAuthors(List<string> authors, string content)
    {
        foreach (var part in content.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!authors.Contains(part))
            {
                authors.Add(part);
            }
        }
    }

    // "<title>Ferry deal delayed | The Gazette</title>": the site name is not part of the headline.
    private static string? WithoutSiteName(string? title, string? outlet)
    {
        if (title is null || string.IsNullOrEmpty(outlet))
        {
            return title;
        }
        foreach (var separator in TitleSeparators)
        {
            var suffix = separator + outlet;
            if (title.Length > suffix.Length && title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return title[..^suffix.Length].TrimEnd();
            }
        }
        return title;
    }

    private static string? Get(Dictionary<string, string> meta, string key) => meta.GetValueOrDefault(key);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Collapse(string? value) => value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
