using System.IO.Compression;
using System.Text;

namespace Crosscheck.Ingest.Tests.Warc;

/// <summary>Writes small WARC files for tests: records as bytes, optionally one gzip member per record.</summary>
internal static class WarcBuilder
{
    public static byte[] Record(string type, byte[] block, string? targetUri = null, string contentType = "application/http; msgtype=response", long? lyingLength = null)
    {
        var header = new StringBuilder()
            .Append("WARC/1.1\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n")
            .Append("WARC-Date: 2024-03-05T10:00:00Z\r\n");
        if (targetUri is not null)
        {
            header.Append($"WARC-Target-URI: {targetUri}\r\n");
        }
        header.Append($"Content-Type: {contentType}\r\n")
            .Append($"Content-Length: {lyingLength ?? block.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] Response(string uri, string html, string httpContentType = "text/html; charset=utf-8", int status = 200, Encoding? encoding = null, long? lyingLength = null)
    {
        var body = (encoding ?? Encoding.UTF8).GetBytes(html);
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} OK\r\nContent-Type: {httpContentType}\r\nContent-Length: {body.Length}\r\n\r\n");
        return Record("response", [.. http, .. body], uri, lyingLength: lyingLength);
    }

    public static byte[] Gzip(params byte[][] members)
    {
        using var output = new MemoryStream();
        foreach (var member in members)
        {
            using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(member);
        }
        return output.ToArray();
    }

    public static string Page(string paragraph) =>
        $"<!doctype html><html lang=\"en\"><head><title>Page</title></head><body><nav>Home | World</nav><article><p>{paragraph}</p></article><footer>Contact us</footer></body></html>";
}
