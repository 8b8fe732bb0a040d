using System.Text;

namespace Crosscheck.Ingest.Feeds;

/// <summary>Tells an RSS or Atom file from other XML by its root element, reading only the first few kilobytes.</summary>
internal static class FeedSniffer
{
    private const int SampleBytes = 8192;

    /// <summary>Whether the file's root element is <c>rss</c>, <c>feed</c> or <c>rdf:RDF</c>; false when unreadable.</summary>
    public static bool IsFeed(string path)
    {
        var buffer = new byte[SampleBytes];
        int read;
        try
        {
            using var file = File.OpenRead(path);
            read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        return RootName(Encoding.UTF8.GetString(buffer, 0, read)) is "rss" or "feed" or "RDF";
    }

    /// <summary>The local name of the first element in <paramref name="xml"/>, skipping declarations and comments.</summary>
    public static string? RootName(string xml)
    {
        var i = 0;
        while ((i = xml.IndexOf('<', i)) >= 0 && i + 1 < xml.Length)
        {
            if (xml[i + 1] is '?' or '!')
            {
                // Comments may hold '>' only as part of "-->"; other declarations end at the next '>'.
                var close = xml.AsSpan(i).StartsWith("<!--") ? xml.IndexOf("-->", i, StringComparison.Ordinal) : xml.IndexOf('>', i);
                if (close < 0)
                {
                    return null;
                }
                i = close + 1;
                continue;
            }
            var end = i + 1;
            while (end < xml.Length && (char.IsLetterOrDigit(xml[end]) || xml[end] is ':' or '-' or '_' or '.'))
            {
                end++;
            }
            var name = xml[(i + 1)..end];
            var colon = name.LastIndexOf(':');
            return colon >= 0 ? name[(colon + 1)..] : name;
        }
        return null;
    }
}
