using System.Text;
using System.Text.Json;
using Crosscheck.Documents;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Jsonl;

/// <summary>
/// Reads one article per line of JSON: news-please records (<c>title</c>, <c>maintext</c>, <c>description</c>,
/// <c>date_publish</c>, <c>source_domain</c>, <c>url</c>, <c>language</c>, <c>authors</c>) and Crosscheck's own export
/// (<c>analyze --format jsonl</c>: <c>title</c>, <c>text</c>, <c>outlet</c>, <c>publishedAt</c>, ...).
/// </summary>
/// <remarks>
/// Stateless and thread-safe. A bad line yields one failure named <c>FILE:LINE</c> and the next line goes on; blank
/// lines are skipped. Each article's <see cref="Article.Source"/> is <c>FILE:LINE</c> too, so it can be found again.
/// </remarks>
internal sealed class JsonlArticleReader : IArticleStreamFormat
{
    /// <summary>The longest line read; longer ones are refused (and skipped without being held in memory).</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = false };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private JsonlArticleReader()
    {
    }

    /// <summary>The one instance.</summary>
    public static JsonlArticleReader Instance { get; } = new();

    /// <inheritdoc/>
    public IEnumerable<IngestResult> Read(string source, Stream stream, CancellationToken cancellationToken)
    {
        var lines = new LineReader(stream, MaxLineBytes);
        using var line = new MemoryStream();
        var number = 0;
        var any = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            bool tooLong;
            string? ioError = null;
            try
            {
                more = lines.TryReadLine(line, out tooLong);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                // A truncated or corrupt .gz: the lines already read stand, the rest of the file is lost.
                more = false;
                tooLong = false;
                ioError = ex.Message;
            }
            if (ioError is not null)
            {
                yield return IngestResult.Failure($"{source}:{number + 1}", $"cannot read further: {ioError}");
                yield break;
            }
            if (!more)
            {
                break;
            }
            number++;
            var location = $"{source}:{number}";
            if (tooLong)
            {
                any = true;
                yield return IngestResult.Failure(location, $"line longer than {MaxLineBytes / (1024 * 1024)} MB");
                continue;
            }
            var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
            if (number == 1 && bytes is [0xEF, 0xBB, 0xBF, ..])
            {
                bytes = bytes[3..];
            }
            if (IsBlank(bytes))
            {
                continue;
            }
            any = true;
            yield return ReadLine(location, bytes);
        }
        if (!any)
        {
            yield return IngestResult.Failure(source, "empty file");
        }
    }

    /// <summary>Reads one line's JSON object into an article.</summary>
    internal static IngestResult ReadLine(string location, ReadOnlySpan<byte> bytes)
    {
        try
        {
            // Invalid UTF-8 is refused up front: System.Text.Json would reject it too, but with a less useful message.
            _ = StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException)
        {
            return IngestResult.Failure(location, "not valid UTF-8");
        }
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = Options.MaxDepth });
            document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                document.Dispose();
                return IngestResult.Failure(location, "invalid JSON: more than one value on the line");
            }
        }
        catch (JsonException ex)
        {
            return IngestResult.Failure(location, $"invalid JSON: {FirstSentence(ex.Message)}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return IngestResult.Failure(location, $"not a JSON object (found {Describe(root.ValueKind)})");
            }
            var text = NormaliseText(String(root, "maintext") ?? String(root, "text") ?? String(root, "description"));
            if (text is null)
            {
                return IngestResult.Failure(location, "no text (expected \"maintext\" or \"text\")");
            }
            var url = String(root, "url");
            return IngestResult.Success(new Article
            {
                Id = ArticleId.Compute(text, url),
                Source = location,
                Url = url,
                Outlet = String(root, "outlet") ?? String(root, "source_domain") ?? "",
                Title = String(root, "title") ?? "",
                Authors = Authors(root),
                PublishedAt = IsoDate.ParseLenient(String(root, "publishedAt") ?? String(root, "date_publish")),
                Language = LanguageCode.Normalise(String(root, "language")) ?? "en",
                Text = text,
                Origin = "jsonl",
            });
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    // news-please gives a list of names; other tools give one string.
    private static string[] Authors(JsonElement root)
    {
        if (!root.TryGetProperty("authors", out var value) && !root.TryGetProperty("author", out value))
        {
            return [];
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            return string.IsNullOrWhiteSpace(value.GetString()) ? [] : [value.GetString()!.Trim()];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        var names = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.String ? item.GetString()?.Trim()
                : item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()?.Trim()
                : null;
            if (!string.IsNullOrEmpty(name) && !names.Contains(name))
            {
                names.Add(name);
            }
        }
        return [.. names];
    }

    // Line endings become LF so offsets do not depend on the platform that wrote the dump.
    private static string? NormaliseText(string? text) =>
        text is null ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }
        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }
}
