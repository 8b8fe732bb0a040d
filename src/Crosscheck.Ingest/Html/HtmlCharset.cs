using System.Text;
using System.Text.RegularExpressions;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Html;

/// <summary>
/// Chooses the encoding of an HTML file as browsers do, simplified: a BOM, else a <c>&lt;meta charset&gt;</c> or
/// http-equiv content type in the first bytes, else UTF-8.
/// </summary>
internal static class HtmlCharset
{
    // The HTML standard prescans 1024 bytes; pages with long inline styles before the meta tag justify a bit more.
    private const int PrescanBytes = 4096;

    // Matches both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    private static readonly Regex MetaCharset = new(
        """<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The encoding of <paramref name="content"/> and the length of its BOM (0 when none).</summary>
    public static Encoding Detect(byte[] content, out int bomLength)
    {
        if (ByteOrderMark.Detect(content, out bomLength) is { } bomEncoding)
        {
            return bomEncoding;
        }
        var prefix = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, PrescanBytes));
        var match = MetaCharset.Match(prefix);
        return match.Success ? Resolve(match.Groups[1].Value) : Encoding.UTF8;
    }

    /// <summary>The encoding for a charset label; unknown labels fall back to UTF-8.</summary>
    public static Encoding Resolve(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        switch (name)
        {
            // A page whose meta tag could be read as ASCII is not UTF-16, whatever it claims (HTML standard).
            case "utf-16" or "utf-16le" or "utf-16be" or "utf8" or "utf-8":
                return Encoding.UTF8;
            // Browsers read these labels as windows-1252, and pages labelled so routinely contain its extra characters.
            case "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252" or "windows-1252":
                return CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
            default:
                break;
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.UTF8;
        }
    }
}
