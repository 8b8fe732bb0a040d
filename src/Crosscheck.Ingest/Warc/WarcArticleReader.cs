using System.Globalization;
using System.Text;
using Crosscheck.Ingest.Html;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Warc;

/// <summary>
/// Reads the HTML pages of a WARC file (1.0 / 1.1; a <c>.warc.gz</c> is given here already decompressed, and .NET's
/// gzip stream reads the concatenated per-record members in sequence). Each <c>response</c> record with a 2xx HTML
/// payload becomes an article through the HTML reader, with the record's <c>WARC-Target-URI</c> as fallback URL and
/// the HTTP charset honoured; other record types and non-HTML responses are skipped.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. A record whose Content-Length overruns the file, or does not end at a record boundary,
/// yields one failure naming the file and the record's byte offset (in uncompressed bytes); the reader then looks for
/// the next <c>WARC/</c> header line, so the records before and after stand. A truncated or corrupt gzip stream ends
/// the file with one failure. Articles and failures are named <c>FILE@OFFSET</c>.
/// </remarks>
internal sealed class WarcArticleReader : IArticleStreamFormat
{
    private const int MaxHeaderLine = 64 * 1024;
    private const int MaxHeaders = 256;

    private WarcArticleReader()
    {
    }

    /// <summary>The one instance.</summary>
    public static WarcArticleReader Instance { get; } = new();

    /// <inheritdoc/>
    public IEnumerable<IngestResult> Read(string source, Stream stream, CancellationToken cancellationToken)
    {
        var warc = new WarcStream(stream);
        var line = new MemoryStream();
        var block = new MemoryStream();
        var records = 0;
        var resync = false;
        var cursor = new Cursor();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            RecordOutcome outcome;
            try
            {
                outcome = NextRecord(warc, line, block, resync, cursor);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                outcome = RecordOutcome.Fatal(cursor.RecordOffset, $"compressed data is truncated or corrupt ({ex.Message.TrimEnd('.')})");
            }
            resync = false;
            if (outcome.End)
            {
                break;
            }
            records++;
            var location = $"{source}@{outcome.Offset.ToString(CultureInfo.InvariantCulture)}";
            if (outcome.Error is { } error)
            {
                yield return IngestResult.Failure(location, $"record at byte {outcome.Offset.ToString(CultureInfo.InvariantCulture)}: {error}");
                if (outcome.Stop)
                {
                    yield break;
                }
                resync = true;
                continue;
            }
            if (outcome.Page is { } page)
            {
                yield return ReadPage(location, page, outcome.TargetUri, cancellationToken);
            }
        }
        if (records == 0)
        {
            yield return IngestResult.Failure(source, "no WARC records");
        }
    }

    private static IngestResult ReadPage(string location, HttpResponse page, string? targetUri, CancellationToken cancellationToken)
    {
        var encoding = page.Charset is { } charset ? HtmlCharset.Resolve(charset) : null;
        return HtmlArticleReader.Instance.Read(location, page.Body, encoding, targetUri, cancellationToken);
    }

    private static RecordOutcome NextRecord(WarcStream warc, MemoryStream line, MemoryStream block, bool resync, Cursor cursor)
    {
        // Records are separated by two CRLFs; after a broken record, anything up to the next version line is skipped.
        long offset;
        string first;
        while (true)
        {
            offset = warc.Position;
            cursor.RecordOffset = offset;
            if (!warc.TryReadLine(line, MaxHeaderLine))
            {
                return RecordOutcome.EndOfFile;
            }
            if (line.Length == 0)
            {
                continue;
            }
            first = Encoding.Latin1.GetString(line.GetBuffer(), 0, (int)line.Length);
            if (first.StartsWith("WARC/", StringComparison.Ordinal))
            {
                break;
            }
            if (!resync)
            {
                return RecordOutcome.Broken(offset, "expected a WARC/1.x header line");
            }
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            if (!warc.TryReadLine(line, MaxHeaderLine))
            {
                return RecordOutcome.Fatal(offset, "file ends inside the record headers");
            }
            if (line.Length == 0)
            {
                break;
            }
            if (headers.Count >= MaxHeaders)
            {
                return RecordOutcome.Broken(offset, "too many header lines");
            }
            var header = Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length);
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(header[..colon].Trim(), header[(colon + 1)..].Trim());
            }
        }
        if (!headers.TryGetValue("Content-Length", out var lengthText)
            || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return RecordOutcome.Broken(offset, "missing or invalid Content-Length");
        }

        var type = headers.GetValueOrDefault("WARC-Type");
        var wanted = string.Equals(type, "response", StringComparison.OrdinalIgnoreCase)
            && headers.GetValueOrDefault("Content-Type") is { } contentType
            && contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase);
        long got;
        block.SetLength(0);
        var kept = Math.Min(length, HttpResponse.MaxBodyBytes);
        if (wanted)
        {
            got = warc.Read(kept, block);
            got += warc.Skip(length - kept);
        }
        else
        {
            got = warc.Skip(length);
        }
        if (got < length)
        {
            return RecordOutcome.Fatal(offset, string.Create(CultureInfo.InvariantCulture,
                $"truncated: Content-Length {length} but only {got} bytes follow"));
        }
        if (!EndsAtBoundary(warc, line))
        {
            return RecordOutcome.Broken(offset, string.Create(CultureInfo.InvariantCulture,
                $"Content-Length {length} does not end at the record boundary"));
        }
        if (!wanted)
        {
            return RecordOutcome.Skipped(offset);
        }
        if (length > kept)
        {
            return RecordOutcome.Broken(offset, $"payload over the {HttpResponse.MaxBodyBytes / (1024 * 1024)} MB limit");
        }
        var response = HttpResponse.Parse(block.GetBuffer().AsSpan(0, (int)block.Length), out var reason);
        if (response is null)
        {
            return RecordOutcome.Broken(offset, reason ?? "unreadable HTTP response");
        }
        if (response.Status is < 200 or > 299 || !IsHtml(response))
        {
            return RecordOutcome.Skipped(offset);
        }
        return new RecordOutcome(offset, response, headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>'), null, false, false);
    }

    // The block is followed by exactly CRLF CRLF; anything else means Content-Length was wrong.
    private static bool EndsAtBoundary(WarcStream warc, MemoryStream line)
    {
        for (var i = 0; i < 2; i++)
        {
            if (!warc.TryReadLine(line, 16))
            {
                // Tolerate a file that ends without the final separator.
                return true;
            }
            if (line.Length != 0)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsHtml(HttpResponse response)
    {
        if (response.ContentType is { } type)
        {
            return type is "text/html" or "application/xhtml+xml";
        }
        var start = Encoding.Latin1.GetString(response.Body, 0, Math.Min(response.Body.Length, 512));
        return ContentSniffer.LooksLikeHtml(start);
    }

    // Where the record being read starts, for a failure raised by the decompressor in the middle of it.
    private sealed class Cursor
    {
        public long RecordOffset { get; set; }
    }

    private readonly record struct RecordOutcome(long Offset, HttpResponse? Page, string? TargetUri, string? Error, bool Stop, bool End)
    {
        public static RecordOutcome EndOfFile => new(0, null, null, null, true, true);

        public static RecordOutcome Skipped(long offset) => new(offset, null, null, null, false, false);

        public static RecordOutcome Broken(long offset, string error) => new(offset, null, null, error, false, false);

        public static RecordOutcome Fatal(long offset, string error) => new(offset, null, null, error, true, false);
    }
}
