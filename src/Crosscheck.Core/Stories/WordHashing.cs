using System.Runtime.CompilerServices;

namespace Crosscheck.Stories;

/// <summary>
/// Hashes the words of a text as it is normalised on the fly: letters and digits lower-cased, everything else a word
/// break, so "Marenko's" and "marenko’s" hash alike and no substring is ever allocated.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class WordHashing
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>A word: its 64-bit hash, where it starts, its length and whether it began with a capital letter.</summary>
    internal readonly record struct Word(ulong Hash, int Start, int Length, bool Capitalised);

    /// <summary>Appends the hash of every word of <paramref name="text"/> to <paramref name="hashes"/>.</summary>
    public static void Hashes(ReadOnlySpan<char> text, List<ulong> hashes)
    {
        var enumerator = new WordEnumerator(text);
        while (enumerator.MoveNext())
        {
            hashes.Add(enumerator.Current.Hash);
        }
    }

    /// <summary>The hash of a string normalised the same way (used for stop words and entity keys).</summary>
    public static ulong Of(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
            }
        }
        return Mix(hash);
    }

    /// <summary>The SplitMix64 finaliser: FNV alone leaves the low bits poorly mixed, and the MinHash bins use them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    /// <summary>Walks the words of a span; a <c>ref struct</c> so the loop allocates nothing.</summary>
    internal ref struct WordEnumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _position;

        /// <summary>The word just found.</summary>
        public Word Current { get; private set; }

        /// <summary>Finds the next word.</summary>
        public bool MoveNext()
        {
            var text = _text;
            var i = _position;
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            if (i >= text.Length)
            {
                _position = i;
                return false;
            }
            var start = i;
            var capitalised = char.IsUpper(text[i]);
            var hash = FnvOffset;
            while (i < text.Length)
            {
                var c = text[i];
                // ASCII first: the same result as the general test below, without its table lookups.
                if ((uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
                {
                    hash = (hash ^ c) * FnvPrime;
                    i++;
                }
                else if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    hash = (hash ^ (uint)(c | 0x20)) * FnvPrime;
                    i++;
                }
                else if (c >= 128 && char.IsLetterOrDigit(c))
                {
                    hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
                    i++;
                }
                // An apostrophe inside a word ("Marenko's", "don’t") keeps the word whole.
                else if ((c == '\'' || c == '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)
                {
                    i++;
                }
                else
                {
                    break;
                }
            }
            _position = i;
            Current = new Word(Mix(hash), start, i - start, capitalised);
            return true;
        }
    }
}
