using System.Xml;
using System.Xml.Linq;
using Crosscheck.Documents;
using Crosscheck.Ingest.Html;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Feeds;

/// <summary>
/// Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: full content (<c>content:encoded</c>, Atom
/// <c>content</c>) when present, else the summary (<c>description</c>, <c>summary</c>), converted from HTML to text;
/// title, link, date and authors per item, the feed's title as outlet.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. The XML reader refuses any DTD, so entity expansion ("billion laughs") and external
/// entities never happen, and it resolves nothing over the network. Items are read one at a time; malformed XML stops
/// the feed with one failure and the items read before it are kept. Each item's source is <c>FILE#N</c> (1-based).
/// </remarks>
internal sealed class FeedArticleReader : IArticleStreamFormat
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024 * 1024,
        // One item may be large, but a feed without end must not grow without bound.
        MaxCharactersInDocument = 512L * 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private FeedArticleReader()
    {
    }

    /// <summary>The one instance.</summary>
    public static FeedArticleReader Instance { get; } = new();

    /// <inheritdoc/>
    public IEnumerable<IngestResult> Read(string source, Stream stream, CancellationToken cancellationToken)
    {
        XmlReader reader;
        string? failure = null;
        var state = new FeedState();
        try
        {
            reader = XmlReader.Create(stream, Settings);
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("rss" or "feed" or "RDF"))
            {
                failure = reader.NodeType == XmlNodeType.Element
                    ? $"not an RSS or Atom feed (root element <{reader.LocalName}>)"
                    : "not an RSS or Atom feed";
            }
            state.Atom = reader.LocalName == "feed";
            state.Language = reader.XmlLang;
        }
        catch (XmlException ex)
        {
            reader = null!;
            failure = Describe(ex);
        }
        if (failure is not null)
        {
            reader?.Dispose();
            yield return IngestResult.Failure(source, failure);
            yield break;
        }
        using (reader)
        {
            var items = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                XElement? item;
                try
                {
                    item = NextItem(reader, state);
                }
                catch (XmlException ex)
                {
                    failure = Describe(ex);
                    item = null;
                }
                if (failure is not null)
                {
                    yield return IngestResult.Failure(items == 0 ? source : $"{source}#{items + 1}", failure);
                    yield break;
                }
                if (item is null)
                {
                    break;
                }
                items++;
                yield return ReadItem($"{source}#{items}", item, state, cancellationToken);
            }
            if (items == 0)
            {
                yield return IngestResult.Failure(source, "feed has no items");
            }
        }
    }

    // Advances to the next item or entry, picking up the feed's title and language on the way.
    private static XElement? NextItem(XmlReader reader, FeedState state)
    {
        var advanced = reader.Read();
        while (advanced)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                advanced = reader.Read();
                continue;
            }
            if (reader.LocalName is "item" or "entry")
            {
                return (XElement)XNode.ReadFrom(reader);
            }
            // The feed's own title sits at depth 1 (Atom) or 2 (RSS channel); deeper titles belong to images etc.
            var feedLevel = state.Atom ? 1 : 2;
            if (reader.Depth == feedLevel && reader.LocalName == "title" && state.Title is null)
            {
                state.Title = Clean(reader.ReadElementContentAsString());
                continue;
            }
            if (reader.Depth == feedLevel && reader.LocalName == "language" && state.Language is null)
            {
                state.Language = reader.ReadElementContentAsString().Trim();
                continue;
            }
            advanced = reader.Read();
        }
        return null;
    }

    private static IngestResult ReadItem(string source, XElement item, FeedState state, CancellationToken cancellationToken)
    {
        var title = Clean(Child(item, "title")?.Value);
        if (title is not null && title.Contains('<', StringComparison.Ordinal))
        {
            title = HtmlText.FromFragment(title, cancellationToken);
        }
        var content = Child(item, "encoded", ContentNamespace) ?? (state.Atom ? Child(item, "content") : null);
        var text = ContentText(content, cancellationToken);
        if (text.Length == 0)
        {
            text = ContentText(Child(item, "description") ?? Child(item, "summary"), cancellationToken);
        }
        if (text.Length == 0)
        {
            return IngestResult.Failure(source, "item has no content or summary");
        }
        var url = Link(item);
        return IngestResult.Success(new Article
        {
            Id = ArticleId.Compute(text, url),
            Source = source,
            Url = url,
            Outlet = state.Title ?? "",
            Title = title ?? "",
            Authors = Authors(item),
            PublishedAt = FeedDate.Parse(Child(item, "pubDate")?.Value ?? Child(item, "published")?.Value
                ?? Child(item, "date", DublinCoreNamespace)?.Value ?? Child(item, "updated")?.Value),
            Language = LanguageCode.Normalise(item.Attribute(XNamespace.Xml + "lang")?.Value) ?? LanguageCode.Normalise(state.Language) ?? "en",
            Text = text,
            Origin = state.Atom ? "atom" : "rss",
        });
    }

    private static string ContentText(XElement? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return "";
        }
        var type = content.Attribute("type")?.Value.Trim();
        if (string.Equals(type, "xhtml", StringComparison.OrdinalIgnoreCase))
        {
            var markup = string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return HtmlText.FromFragment(markup, cancellationToken);
        }
        if (string.Equals(type, "text", StringComparison.OrdinalIgnoreCase))
        {
            return content.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        }
        // RSS has no type attribute and its descriptions are, in practice, escaped HTML.
        return HtmlText.FromFragment(content.Value, cancellationToken);
    }

    private static string? Link(XElement item)
    {
        string? fallback = null;
        foreach (var link in item.Elements())
        {
            if (link.Name.LocalName != "link")
            {
                continue;
            }
            if (link.Attribute("href") is { } href)
            {
                var rel = link.Attribute("rel")?.Value;
                if (rel is null || rel == "alternate")
                {
                    return Clean(href.Value);
                }
                fallback ??= Clean(href.Value);
            }
            else if (Clean(link.Value) is { } text)
            {
                return text;
            }
        }
        if (Child(item, "guid") is { } guid && guid.Attribute("isPermaLink")?.Value != "false"
            && Clean(guid.Value) is { } permalink && permalink.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return permalink;
        }
        return fallback;
    }

    private static string[] Authors(XElement item)
    {
        var names = new List<string>();
        foreach (var element in item.Elements())
        {
            var name = element.Name.LocalName switch
            {
                "author" => Clean(Child(element, "name")?.Value ?? (element.HasElements ? null : element.Value)),
                "creator" when element.Name.NamespaceName == DublinCoreNamespace => Clean(element.Value),
                _ => null,
            };
            if (name is not null && !names.Contains(name))
            {
                names.Add(name);
            }
        }
        return [.. names];
    }

    // Feeds mix namespaces freely (Atom elements inside RSS and back), so children are matched by local name.
    private static XElement? Child(XElement parent, string localName, string? ns = null)
    {
        foreach (var element in parent.Elements())
        {
            if (element.Name.LocalName == localName && (ns is null || element.Name.NamespaceName == ns))
            {
                return element;
            }
        }
        return null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Describe(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? "feed declares a DTD, which is refused (no entity expansion, no external entities)"
            : $"invalid XML at line {ex.LineNumber}: {FirstSentence(ex.Message)}";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }

    private sealed class FeedState
    {
        public bool Atom { get; set; }

        public string? Title { get; set; }

        public string? Language { get; set; }
    }
}
