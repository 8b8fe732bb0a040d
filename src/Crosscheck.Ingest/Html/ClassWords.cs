using System.Collections.Frozen;

namespace Crosscheck.Ingest.Html;

/// <summary>Looks up the words of a class or id value ("related-stories", "cookieBanner") in a word set.</summary>
internal static class ClassWords
{
    /// <summary>
    /// Whether any whole word of <paramref name="value"/> is in <paramref name="words"/>. Words split on
    /// non-alphanumerics and lower-to-upper case changes, so "commentary" and "shared" are not "comment" and "share".
    /// </summary>
    public static bool Any(string? value, FrozenSet<string> words)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = value.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var boundary = i == span.Length
                || !char.IsLetterOrDigit(span[i])
                || (start >= 0 && char.IsUpper(span[i]) && i > 0 && char.IsLower(span[i - 1]));
            if (boundary && start >= 0)
            {
                if (lookup.Contains(span[start..i]))
                {
                    return true;
                }
                start = -1;
            }
            if (i < span.Length && char.IsLetterOrDigit(span[i]) && start < 0)
            {
                start = i;
            }
        }
        return false;
    }
}
