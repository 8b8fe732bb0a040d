using System.Collections.Frozen;

namespace Crosscheck.Ingest.Html;

/// <summary>Looks up the words of a class or id value ("related-stories", "cookieBanner") in a word set.</summary>
internal static class ClassWords
{
    /// <summary>
    /// The union of the flags that <paramref name="table"/> gives the whole words of <paramref name="value"/>: one
    /// pass over the value for several word lists. Words split on non-alphanumerics and lower-to-upper case changes,
    /// so "commentary" and "shared" are not "comment" and "share".
    /// </summary>
    public static int Flags(string? value, FrozenDictionary<string, int> table)
    {
        var lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        var flags = 0;
        foreach (var range in Split(value))
        {
            if (lookup.TryGetValue(value.AsSpan()[range], out var kind))
            {
                flags |= kind;
            }
        }
        return flags;
    }

    /// <summary>Builds a flag table from word lists, each with its flag.</summary>
    public static FrozenDictionary<string, int> Table(params ReadOnlySpan<(int Flag, string[] Words)> lists)
    {
        var table = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (flag, words) in lists)
        {
            foreach (var word in words)
            {
                table[word] = table.GetValueOrDefault(word) | flag;
            }
        }
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static WordRanges Split(string? value) => new(value);

    // Enumerates the word ranges of a class or id value without allocating.
    private ref struct WordRanges(string? value)
    {
        private readonly ReadOnlySpan<char> _span = value.AsSpan();
        private int _next;

        public Range Current { get; private set; }

        public readonly WordRanges GetEnumerator() => this;

        public bool MoveNext()
        {
            var span = _span;
            var start = -1;
            for (var i = _next; i <= span.Length; i++)
            {
                var boundary = i == span.Length
                    || !char.IsLetterOrDigit(span[i])
                    || (start >= 0 && char.IsUpper(span[i]) && i > 0 && char.IsLower(span[i - 1]));
                if (boundary && start >= 0)
                {
                    Current = start..i;
                    _next = i;
                    return true;
                }
                if (i < span.Length && char.IsLetterOrDigit(span[i]) && start < 0)
                {
                    start = i;
                }
            }
            _next = span.Length + 1;
            return false;
        }
    }
}
