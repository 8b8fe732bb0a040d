using System.Text.Json;

namespace Crosscheck.Ingest.Html;

/// <summary>
/// Finds an article in a JSON-LD block: a top-level object, an array, or an <c>@graph</c>. Malformed JSON yields
/// nothing rather than an error, since many pages ship broken blocks.
/// </summary>
internal static class JsonLdParser
{
    private const int MaxDepth = 8;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    // Some sites wrap the block in an HTML comment or CDATA section for old browsers.
    private static readonly (string Open, string Close)[] Wrappers = [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")];

    /// <summary>The best article in <paramref name="json"/>: a <c>NewsArticle</c> before any other article type.</summary>
    public static JsonLdArticle? Parse(string json)
    {
        var cleaned = StripWrappers(json);
        if (cleaned.IsEmpty)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(cleaned.ToString(), Options);
            JsonElement? news = null;
            JsonElement? other = null;
            Find(document.RootElement, 0, ref news, ref other);
            return news is { } n ? Read(n) : other is { } o ? Read(o) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Find(JsonElement element, int depth, ref JsonElement? news, ref JsonElement? other)
    {
        if (depth > MaxDepth || news is not null)
        {
            return;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Find(item, depth + 1, ref news, ref other);
            }
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        switch (ArticleKind(element))
        {
            case 2:
                news = element;
                return;
            case 1:
                other ??= element;
                break;
            default:
                break;
        }
        if (element.TryGetProperty("@graph", out var graph))
        {
            Find(graph, depth + 1, ref news, ref other);
        }
    }

    // 2: a news article; 1: another kind of article; 0: not an article.
    private static int ArticleKind(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return 0;
        }
        var best = 0;
        foreach (var name in Strings(type))
        {
            var kind = name.EndsWith("NewsArticle", StringComparison.OrdinalIgnoreCase) ? 2
                : name.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || name.Equals("BlogPosting", StringComparison.OrdinalIgnoreCase) ? 1
                : 0;
            best = Math.Max(best, kind);
        }
        return best;
    }

    private static JsonLdArticle Read(JsonElement article)
    {
        return new JsonLdArticle
        {
            Headline = Text(article, "headline") ?? Text(article, "name"),
            DatePublished = Text(article, "datePublished"),
            Authors = article.TryGetProperty("author", out var author) ? Names(author) : [],
            Publisher = article.TryGetProperty("publisher", out var publisher) ? Names(publisher) is [var first, ..] ? first : null : null,
            Url = Text(article, "url") ?? (article.TryGetProperty("mainEntityOfPage", out var page) ? Id(page) : null),
            Language = Text(article, "inLanguage"),
        };
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? Id(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object => Text(element, "@id") ?? Text(element, "url"),
        _ => null,
    };

    // "author" may be a string, a Person, or an array of either.
    private static string[] Names(JsonElement element)
    {
        var names = new List<string>();
        void Add(JsonElement item)
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString()?.Trim(),
                JsonValueKind.Object => Text(item, "name"),
                _ => null,
            };
            if (!string.IsNullOrEmpty(name) && !names.Contains(name))
            {
                names.Add(name);
            }
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Add(item);
            }
        }
        else
        {
            Add(element);
        }
        return [.. names];
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            yield return element.GetString() ?? "";
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    yield return item.GetString() ?? "";
                }
            }
        }
    }

    private static ReadOnlySpan<char> StripWrappers(string json)
    {
        var span = json.AsSpan().Trim();
        foreach (var (open, close) in Wrappers)
        {
            if (span.StartsWith(open, StringComparison.Ordinal))
            {
                span = span[open.Length..];
                if (span.TrimEnd().EndsWith(close, StringComparison.Ordinal))
                {
                    span = span.TrimEnd()[..^close.Length];
                }
                span = span.Trim();
            }
        }
        return span;
    }
}
