namespace Crosscheck.Text;

/// <summary>
/// Word keys for lexicon tables: each UTF-16 character upper-cased (invariant, as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> compares), optionally with the curly apostrophe read as the straight
/// one, then hashed (FNV-1a). Word tables hash a token once and compare its characters only on a hash hit, where a frozen
/// case-insensitive collection re-hashes through a slower general path on every look-up.
/// </summary>
internal static class WordFold
{
    /// <summary>The folded form of <paramref name="c"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c, bool apostrophes = true) => c < 128
        ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c)
        : c == '\u2019' && apostrophes ? '\'' : char.ToUpperInvariant(c);

    /// <summary>The hash of <paramref name="word"/>'s folded characters; words equal under <see cref="Equal"/> hash alike.</summary>
    public static ulong Hash(ReadOnlySpan<char> word, bool apostrophes = true)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ Fold(c, apostrophes)) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>Whether the two words are equal once folded.</summary>
    public static bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool apostrophes = true)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && Fold(a[i], apostrophes) != Fold(b[i], apostrophes))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>FNV-1a of the characters as they are, for case-sensitive tables.</summary>
    public static ulong OrdinalHash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
