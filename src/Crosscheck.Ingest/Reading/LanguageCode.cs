namespace Crosscheck.Ingest.Reading;

/// <summary>Normalises a declared language ("en-GB", "EN_us", "de") to its lower-case primary subtag.</summary>
internal static class LanguageCode
{
    /// <summary>The primary subtag in lower case, or null when the value is not a plausible language tag.</summary>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var tag = value.AsSpan().Trim();
        var end = tag.IndexOfAny('-', '_');
        var primary = end < 0 ? tag : tag[..end];
        if (primary.Length is < 2 or > 3)
        {
            return null;
        }
        foreach (var c in primary)
        {
            if (!char.IsAsciiLetter(c))
            {
                return null;
            }
        }
        return primary.ToString().ToLowerInvariant();
    }
}
