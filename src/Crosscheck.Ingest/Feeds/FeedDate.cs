using System.Globalization;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Feeds;

/// <summary>Parses feed dates: RFC 822 (RSS <c>pubDate</c>, with the US zone names it allows) and ISO 8601 (Atom).</summary>
internal static class FeedDate
{
    private static readonly (string Zone, string Offset)[] Zones =
    [
        (" EST", " -05:00"), (" EDT", " -04:00"), (" CST", " -06:00"), (" CDT", " -05:00"),
        (" MST", " -07:00"), (" MDT", " -06:00"), (" PST", " -08:00"), (" PDT", " -07:00"),
        (" UT", " +00:00"), (" Z", " +00:00"),
    ];

    private static readonly string[] Rfc822 =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'", "d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss", "ddd, d MMM yy HH:mm:ss zzz",
    ];

    /// <summary>The date, or null when it cannot be read.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        foreach (var (zone, offset) in Zones)
        {
            if (text.EndsWith(zone, StringComparison.Ordinal))
            {
                text = text[..^zone.Length] + offset;
                break;
            }
        }
        // "+0000" is RFC 822's offset form; .NET's zzz wants "+00:00".
        if (text.Length > 5 && text[^5] is '+' or '-' && char.IsAsciiDigit(text[^1]) && text[^4..].All(char.IsAsciiDigit))
        {
            text = text[..^2] + ":" + text[^2..];
        }
        return DateTimeOffset.TryParseExact(text, Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : IsoDate.ParseLenient(value);
    }
}
