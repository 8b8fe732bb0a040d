using System.Text;
using System.Text.Json;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Web.Api;

/// <summary>
/// Turns posted JSON (one article object, an array of them, or <c>{"articles":[...]}</c>) into JSON Lines for the
/// JSONL reader, so posted articles take exactly the fields and checks that <c>crosscheck ingest</c> applies to files.
/// </summary>
internal static class JsonInput
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    /// <summary>Reads the articles of a posted JSON body, naming each <paramref name="source"/>.</summary>
    /// <exception cref="FormatException">The body is not JSON, or holds no article object.</exception>
    public static IReadOnlyList<IngestResult> Read(ArticleReader reader, string source, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException error)
        {
            throw new FormatException($"the body is not valid JSON ({error.Message})", error);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("articles", out var list))
            {
                root = list;
            }
            var lines = new MemoryStream();
            using (var json = new Utf8JsonWriter(lines, new JsonWriterOptions { Indented = false }))
            {
                // One compact object per line, as the JSONL reader expects.
                if (root.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in root.EnumerateArray())
                    {
                        WriteLine(json, item, lines);
                    }
                }
                else if (root.ValueKind == JsonValueKind.Object)
                {
                    WriteLine(json, root, lines);
                }
                else
                {
                    throw new FormatException("the body must be an article object, an array of them, or {\"articles\":[...]}");
                }
            }
            lines.Position = 0;
            return [.. reader.ReadStream(source, lines, cancellationToken)];
        }
    }

    private static void WriteLine(Utf8JsonWriter json, JsonElement item, MemoryStream lines)
    {
        item.WriteTo(json);
        json.Flush();
        json.Reset();
        lines.WriteByte((byte)'\n');
    }

    /// <summary>One article as a JSON line, from form fields.</summary>
    public static string Line(string? title, string? outlet, string? publishedAt, string text)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("title", title ?? "");
            json.WriteString("outlet", outlet ?? "");
            if (!string.IsNullOrWhiteSpace(publishedAt))
            {
                json.WriteString("publishedAt", publishedAt.Trim());
            }
            json.WriteString("text", text);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
