using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.CrossCheck;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;

namespace Crosscheck.Reports;

/// <summary>
/// Writes the JSON output contract: <c>{"schemaVersion":1,"articles":[...]}</c> for analyses,
/// <c>{"schemaVersion":1,"articles":[...],"alignments":[...]}</c> for comparisons, or, as JSON Lines, one article
/// object per line. Names are camelCase; offsets are UTF-16 code units into each article's <c>text</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class JsonReportRenderer : IReportRenderer
{
    /// <summary>The version of the output contract written in <c>schemaVersion</c>.</summary>
    public const int SchemaVersion = 1;

    private readonly bool _lines;

    /// <summary>Creates a renderer.</summary>
    /// <param name="lines">True for JSON Lines (one compact object per article per line); false for one indented document.</param>
    public JsonReportRenderer(bool lines = false) => _lines = lines;

    /// <summary>One indented JSON document.</summary>
    public static JsonReportRenderer Document { get; } = new(false);

    /// <summary>JSON Lines: one compact article object per line.</summary>
    public static JsonReportRenderer Lines { get; } = new(true);

    /// <inheritdoc/>
    public void WriteAnalyses(IReadOnlyList<AnalyzedArticle> articles, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(output);
        if (_lines)
        {
            foreach (var article in articles)
            {
                Write(output, false, writer => WriteArticle(writer, article));
            }
            return;
        }
        Write(output, true, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            WriteArticles(writer, articles);
            writer.WriteEndObject();
        });
    }

    /// <inheritdoc/>
    /// <remarks>As JSON Lines, the whole comparison is one compact line.</remarks>
    public void WriteComparison(ComparisonReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        Write(output, !_lines, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            WriteArticles(writer, report.Articles);
            var byId = ReportNames.ById(report.Articles);
            writer.WriteStartArray("alignments");
            foreach (var item in report.Alignments)
            {
                WriteAlignment(writer, item, byId);
            }
            writer.WriteEndArray();
            WriteProvenance(writer, report.Provenance);
            writer.WriteEndObject();
        });
    }

    private static void WriteProvenance(Utf8JsonWriter writer, ProvenanceGraph graph)
    {
        writer.WriteStartObject("provenance");
        writer.WriteStartArray("order");
        foreach (var id in graph.Order)
        {
            writer.WriteStringValue(id);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("links");
        foreach (var link in graph.Links)
        {
            WriteLink(writer, link);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter writer, ProvenanceLink link)
    {
        writer.WriteStartObject();
        writer.WriteString("article", link.ArticleId);
        writer.WriteString("source", link.SourceId);
        writer.WriteString("relation", link.Relation == ProvenanceRelation.CopyOf ? "copy" : "cites");
        writer.WriteString("evidence", link.Evidence);
        writer.WriteEndObject();
    }

    private static void Write(TextWriter output, bool indented, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Relaxed escaping keeps “curly quotes” and accents readable; the output is a JSON file, never inlined in HTML.
        var options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            body(writer);
        }
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    private static void WriteArticles(Utf8JsonWriter writer, IReadOnlyList<AnalyzedArticle> articles)
    {
        writer.WriteStartArray("articles");
        foreach (var article in articles)
        {
            WriteArticle(writer, article);
        }
        writer.WriteEndArray();
    }

    private static void WriteArticle(Utf8JsonWriter writer, AnalyzedArticle document)
    {
        var article = document.Article;
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("source", article.Source);
        writer.WriteString("url", article.Url);
        writer.WriteString("outlet", article.Outlet);
        writer.WriteString("title", article.Title);
        writer.WriteStartArray("authors");
        foreach (var author in article.Authors)
        {
            writer.WriteStringValue(author);
        }
        writer.WriteEndArray();
        writer.WriteString("publishedAt", ReportNames.IsoDate(article.PublishedAt));
        writer.WriteString("language", article.Language);
        writer.WriteString("text", article.Text);

        writer.WriteStartArray("entities");
        foreach (var mention in document.Mentions)
        {
            writer.WriteStartObject();
            WriteSpan(writer, mention.Span, mention.Text);
            writer.WriteString("kind", ReportNames.Kind(mention.Kind));
            writer.WriteString("key", mention.Key);
            writer.WriteString("form", ReportNames.Name(mention.Form));
            if (mention.Title is not null)
            {
                writer.WriteString("title", mention.Title);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (var quote in document.Quotes)
        {
            writer.WriteStartObject();
            WriteSpan(writer, quote.Span, quote.Text);
            writer.WriteString("kind", ReportNames.Kind(quote.Kind));
            writer.WriteString("speaker", quote.Speaker);
            WriteOptionalSpan(writer, "speaker", quote.SpeakerSpan);
            WriteOptionalSpan(writer, "source", quote.SourceSpan);
            writer.WriteString("cue", quote.Cue);
            WriteOptionalSpan(writer, "cue", quote.CueSpan);
            writer.WriteString("reports", ReportNames.Reported(quote.Reports));
            writer.WriteString("venue", quote.Venue);
            WriteOptionalSpan(writer, "venue", quote.VenueSpan);
            writer.WriteString("relayedBy", quote.RelayedBy);
            WriteOptionalSpan(writer, "relayedBy", quote.RelayedBySpan);
            writer.WriteBoolean("relays", quote.Relays);
            writer.WriteNumber("sentence", quote.SentenceIndex);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("citations");
        foreach (var citation in document.Citations)
        {
            writer.WriteStartObject();
            WriteSpan(writer, citation.Span, citation.Text);
            writer.WriteString("source", citation.Source);
            writer.WriteBoolean("anonymous", citation.Anonymous);
            writer.WriteString("relation", citation.Relation);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("claims");
        foreach (var claim in document.Claims)
        {
            writer.WriteStartObject();
            WriteSpan(writer, claim.Span, claim.Text);
            writer.WriteString("modality", ReportNames.Name(claim.Modality));
            writer.WriteNumber("checkWorthiness", Math.Round(claim.CheckWorthiness, 3));
            writer.WriteString("voice", ReportNames.Name(claim.Voice));
            writer.WriteStartArray("numbers");
            foreach (var number in claim.Numbers)
            {
                writer.WriteStringValue(number);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("signals");
            foreach (var index in SignalLinks.Touching(document.Signals, claim.Span))
            {
                writer.WriteNumberValue(index);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("signals");
        foreach (var signal in document.Signals)
        {
            writer.WriteStartObject();
            WriteSpan(writer, signal.Span, signal.Text);
            writer.WriteString("technique", signal.Technique.Name());
            writer.WriteString("reason", signal.Reason);
            writer.WriteNumber("weight", Math.Round(signal.Weight, 3));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartObject("scores");
        writer.WriteNumber("sensationalism", Math.Round(document.Scores.Sensationalism, 3));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteAlignment(Utf8JsonWriter writer, AlignedItem item, Dictionary<string, (AnalyzedArticle Document, int Index)> byId)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", ReportNames.Kind(item.Kind));
        writer.WriteStartArray("members");
        foreach (var member in item.Members)
        {
            writer.WriteStartObject();
            writer.WriteString("article", member.ArticleId);
            if (byId.TryGetValue(member.ArticleId, out var entry))
            {
                writer.WriteString("outlet", ReportNames.Outlet(entry.Document));
            }
            WriteSpan(writer, member.Span, member.Text);
            writer.WriteString("speaker", member.Speaker);
            writer.WriteString("relayedBy", member.RelayedBy);
            writer.WriteString("venue", member.Venue);
            writer.WriteString("modality", member.Modality);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("mutations");
        foreach (var mutation in item.Mutations)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", mutation.Kind.ToString());
            WriteReference(writer, "from", mutation.From);
            WriteReference(writer, "to", mutation.To);
            writer.WriteString("detail", mutation.Detail);
            writer.WriteStartArray("diff");
            foreach (var segment in mutation.Diff)
            {
                writer.WriteStartObject();
                writer.WriteString("op", ReportNames.Name(segment.Operation));
                writer.WriteString("text", segment.Text);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteNumber("independentOrigins", item.IndependentOrigins);
        writer.WriteStartArray("origins");
        foreach (var origin in item.Origins)
        {
            writer.WriteStartObject();
            writer.WriteString("source", origin.ArticleId);
            writer.WriteString("outlet", origin.Source);
            writer.WriteStartArray("members");
            foreach (var path in origin.Members)
            {
                writer.WriteStartObject();
                writer.WriteString("article", path.ArticleId);
                writer.WriteString("path", ReportNames.PathText(path, byId));
                writer.WriteStartArray("steps");
                foreach (var step in path.Steps)
                {
                    WriteLink(writer, step);
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter writer, string name, AlignedMember member)
    {
        writer.WriteStartObject(name);
        writer.WriteString("article", member.ArticleId);
        writer.WriteNumber("start", member.Span.Start);
        writer.WriteNumber("length", member.Span.Length);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span, string text)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("length", span.Length);
        writer.WriteString("text", text);
    }

    internal static void WriteOptionalSpan(Utf8JsonWriter writer, string prefix, TextSpan? span)
    {
        if (span is { } value)
        {
            writer.WriteNumber(prefix + "Start", value.Start);
            writer.WriteNumber(prefix + "Length", value.Length);
        }
        else
        {
            writer.WriteNull(prefix + "Start");
            writer.WriteNull(prefix + "Length");
        }
    }
}
