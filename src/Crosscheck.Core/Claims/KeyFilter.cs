namespace Crosscheck.Claims;

/// <summary>
/// A 4,096-bit sketch of a word list by each word's length and first and last letters, case folded. It answers "may
/// be in the list" in a few instructions, so most tokens of a sentence skip the hash lookup altogether; it never
/// answers no for a word the case-insensitive list holds.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class KeyFilter
{
    private readonly ulong[] _bits = new ulong[64];

    /// <summary>Sketches <paramref name="keys"/>, compared later without regard to case.</summary>
    public KeyFilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length > 0)
            {
                var slot = Slot(key);
                _bits[slot >> 6] |= 1UL << slot;
            }
        }
    }

    /// <summary>False when no key can equal <paramref name="word"/> (ignoring case and the curly/straight apostrophe).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }
        var slot = Slot(word);
        return (_bits[slot >> 6] & (1UL << slot)) != 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<char> word)
    {
        var hash = ((uint)Fold(word[0]) * 31 + Fold(word[^1])) * 31 + (uint)Math.Min(word.Length, 64);
        // Fibonacci hashing down to 12 bits.
        return (int)((hash * 2654435769u) >> 20);
    }

    // Case-insensitive comparison upper-cases each character (invariant); the matcher reads ’ as '.
    private static char Fold(char c) => c == '\u2019' ? '\'' : char.ToUpperInvariant(c);
}
