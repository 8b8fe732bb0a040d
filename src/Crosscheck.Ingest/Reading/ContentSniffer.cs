namespace Crosscheck.Ingest.Reading;

/// <summary>Cheap looks at the start of a file: is it binary, is it HTML.</summary>
internal static class ContentSniffer
{
    /// <summary>How much of a file the binary test looks at.</summary>
    public const int SampleSize = 8192;

    // Text files hold almost no C0 controls besides tab, line feed, form feed and carriage return; one in ten is far
    // beyond anything a text editor produces and far below what compressed or executable data shows.
    private const double MaxControlShare = 0.10;

    /// <summary>Whether the first bytes look binary: a NUL, or a high share of control characters.</summary>
    public static bool IsBinary(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, SampleSize)];
        if (sample.IsEmpty)
        {
            return false;
        }
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (IsSuspiciousControl(b))
            {
                controls++;
            }
        }
        return controls > sample.Length * MaxControlShare;
    }

    /// <summary>Whether decoded text looks binary (used for UTF-16/32, where NUL bytes are normal).</summary>
    public static bool IsBinary(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, SampleSize)];
        if (sample.IsEmpty)
        {
            return false;
        }
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }
            if (c < 0x80 && IsSuspiciousControl((byte)c))
            {
                controls++;
            }
        }
        return controls > sample.Length * MaxControlShare;
    }

    /// <summary>Whether the text, after leading whitespace, opens with <c>&lt;!doctype html</c> or <c>&lt;html</c>.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
                && (start.Length == 5 || start[5] is '>' or '/' || char.IsWhiteSpace(start[5])));
    }

    private static bool IsSuspiciousControl(byte b) => (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r' or 0x1B)) || b == 0x7F;
}
