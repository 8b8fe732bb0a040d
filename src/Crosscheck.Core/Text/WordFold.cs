namespace Crosscheck.Text;

/// <summary>
/// Case-insensitive word keys: each UTF-16 character upper-cased (invariant, as <see cref="StringComparison.OrdinalIgnoreCase"/>
/// compares) and the curly apostrophe read as the straight one, then hashed (FNV-1a). Word tables hash a token once and
/// compare its characters only on a hash hit, where a frozen case-insensitive dictionary re-hashes through a slower
/// general path on every look-up.
/// </summary>
internal static class WordFold
{
    /// <summary>The folded form of <paramref name="c"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < 128
        ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c)
        : c == '\u2019' ? '\'' : char.ToUpperInvariant(c);

    /// <summary>The hash of <paramref name="word"/>'s folded characters; words equal under <see cref="Equal"/> hash alike.</summary>
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ Fold(c)) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>Whether the two words are equal once folded.</summary>
    public static bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && Fold(a[i]) != Fold(b[i]))
            {
                return false;
            }
        }
        return true;
    }
}
