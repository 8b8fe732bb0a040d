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
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var metaAuthors = new List<string>();
        foreach (var element in document.QuerySelectorAll("meta"))
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

        var jsonLd = ReadJsonLd(document);
        var canonical = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")?.Trim();
        var outlet = Get(meta, "og:site_name") ?? jsonLd?.Publisher ?? Get(meta, "application-name");
        var title = jsonLd?.Headline
            ?? Get(meta, "og:title")
            ?? Get(meta, "twitter:title")
            ?? WithoutSiteName(NonEmpty(Collapse(document.Title)), outlet)
            ?? NonEmpty(Collapse(document.QuerySelector("h1")?.TextContent));
        return new HtmlMetadata
        {
            Title = title,
            Outlet = outlet,
            Url = Get(meta, "og:url") ?? NonEmpty(canonical) ?? jsonLd?.Url,
            PublishedAt = IsoDate.ParseLenient(Get(meta, "article:published_time"))
                ?? IsoDate.ParseLenient(jsonLd?.DatePublished)
                ?? IsoDate.ParseLenient(Get(meta, "date") ?? Get(meta, "pubdate") ?? Get(meta, "datePublished"))
                ?? IsoDate.ParseLenient(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            Authors = jsonLd is { Authors.Count: > 0 } ? jsonLd.Authors : metaAuthors,
            Language = LanguageCode.Normalise(document.DocumentElement?.GetAttribute("lang"))
                ?? LanguageCode.Normalise(jsonLd?.Language)
                ?? LanguageCode.Normalise(Get(meta, "og:locale")),
            Description = Get(meta, "description") ?? Get(meta, "og:description"),
        };
    }

    private static JsonLdArticle? ReadJsonLd(IHtmlDocument document)
    {
        JsonLdArticle? found = null;
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type")?.Trim();
            if (type is null || !type.Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (JsonLdParser.Parse(script.TextContent) is { } article)
            {
                // Several blocks are common (breadcrumbs, organisation, article); the first article wins.
                found ??= article;
            }
        }
        return found;
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
