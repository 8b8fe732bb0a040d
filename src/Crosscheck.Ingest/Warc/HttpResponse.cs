using System.IO.Compression;
using System.Text;

namespace Crosscheck.Ingest.Warc;

/// <summary>An HTTP response as a WARC <c>response</c> record stores it: status, headers, and the decoded body.</summary>
/// <param name="Status">The status code (0 when the status line is unreadable).</param>
/// <param name="ContentType">The media type without parameters, lower case; null when absent.</param>
/// <param name="Charset">The <c>charset</c> parameter of Content-Type, when given.</param>
/// <param name="Body">The payload with chunked transfer and gzip/deflate/brotli content encoding undone.</param>
internal sealed record HttpResponse(int Status, string? ContentType, string? Charset, byte[] Body)
{
    /// <summary>The largest body kept after decompression, so a compression bomb stops there.</summary>
    public const int MaxBodyBytes = 50 * 1024 * 1024;

    /// <summary>Parses a response; returns null with a reason when the bytes are not an HTTP response.</summary>
    public static HttpResponse? Parse(ReadOnlySpan<byte> block, out string? reason)
    {
        reason = null;
        var headerEnd = block.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (headerEnd < 0)
        {
            headerEnd = block.IndexOf("\n\n"u8);
            separator = 2;
        }
        if (headerEnd < 0 || !block.StartsWith("HTTP/"u8))
        {
            reason = "payload is not an HTTP response";
            return null;
        }
        var head = Encoding.Latin1.GetString(block[..headerEnd]);
        var lines = head.Split('\n');
        var status = 0;
        var statusParts = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (statusParts.Length >= 2)
        {
            _ = int.TryParse(statusParts[1], System.Globalization.CultureInfo.InvariantCulture, out status);
        }
        string? contentType = null, charset = null, transfer = null, encoding = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                (contentType, charset) = SplitContentType(value);
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                transfer = value.ToLowerInvariant();
            }
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                encoding = value.ToLowerInvariant();
            }
        }
        var body = block[(headerEnd + separator)..].ToArray();
        try
        {
            if (transfer is not null && transfer.Contains("chunked", StringComparison.Ordinal) && Dechunk(body) is { } dechunked)
            {
                body = dechunked;
            }
            body = encoding switch
            {
                "gzip" or "x-gzip" => Decompress(new GZipStream(new MemoryStream(body), CompressionMode.Decompress)),
                "deflate" => Decompress(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress)),
                "br" => Decompress(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)),
                _ => body,
            };
        }
        catch (InvalidDataException)
        {
            reason = $"HTTP body cannot be decoded ({encoding})";
            return null;
        }
        return new HttpResponse(status, contentType, charset, body);
    }

    private static (string? Type, string? Charset) SplitContentType(string value)
    {
        var parts = value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string? charset = null;
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                charset = parts[i]["charset=".Length..].Trim('"', '\'', ' ');
            }
        }
        return (parts.Length > 0 ? parts[0].ToLowerInvariant() : null, string.IsNullOrEmpty(charset) ? null : charset);
    }

    // Some crawlers store the body still chunked; a malformed chunk stream is left as it is.
    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', position);
            if (lineEnd < 0)
            {
                return null;
            }
            var sizeText = Encoding.ASCII.GetString(body, position, lineEnd - position).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return null;
            }
            if (size == 0)
            {
                return output.ToArray();
            }
            position = lineEnd + 1;
            if (position + size > body.Length)
            {
                return null;
            }
            output.Write(body, position, size);
            position += size;
            while (position < body.Length && body[position] is (byte)'\r' or (byte)'\n')
            {
                position++;
            }
        }
        return output.ToArray();
    }

    private static byte[] Decompress(Stream decompressor)
    {
        using (decompressor)
        {
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = decompressor.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > MaxBodyBytes)
                {
                    throw new InvalidDataException("body too large after decompression");
                }
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
    }
}
