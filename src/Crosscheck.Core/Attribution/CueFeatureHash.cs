namespace Crosscheck.Attribution;

/// <summary>
/// Feature keys of the cue model: a prefix's hash mixed with its values' hashes (FNV-1a over the lower-cased
/// characters), so each token's word is hashed once per article and a feature then costs a multiply, not a string.
/// The model file keeps readable names (<c>prefix=value</c> or <c>prefix=first|second</c>) that
/// <see cref="OfName"/> turns into the same keys when the model loads.
/// </summary>
internal static class CueFeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of one value (or prefix), lower-cased.</summary>
    public static ulong Of(ReadOnlySpan<char> value)
    {
        var hash = Offset;
        foreach (var c in value)
        {
            hash = (hash ^ (c < AsciiNormal.Length ? AsciiNormal[c] : Normalize(c))) * Prime;
        }
        return hash;
    }

    // Normalize of every ASCII character, read from a table: the cue, source and quote-filter features hash a few dozen
    // short values per decision, and the white-space and case calls per character were a third of the hashing.
    private static readonly char[] AsciiNormal = AsciiTable();

    private static char[] AsciiTable()
    {
        var table = new char[128];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = Normalize((char)c);
        }
        return table;
    }

    /// <summary>The key of a one-value feature.</summary>
    public static ulong Key(ulong prefix, ulong value) => Finish(prefix * 0x9E3779B97F4A7C15UL ^ value);

    /// <summary>The key of a two-value feature.</summary>
    public static ulong Key(ulong prefix, ulong first, ulong second) => Finish((prefix * 0x9E3779B97F4A7C15UL ^ first) * 0xC2B2AE3D27D4EB4FUL ^ second);

    /// <summary>The key of a feature written by name in the model file (values never hold '|', see <see cref="Name"/>).</summary>
    public static ulong OfName(ReadOnlySpan<char> name)
    {
        var equals = name.IndexOf('=');
        if (equals < 0)
        {
            return Key(Of(name), Of([]));
        }
        var prefix = Of(name[..(equals + 1)]);
        var value = name[(equals + 1)..];
        var bar = value.IndexOf('|');
        return bar < 0 ? Key(prefix, Of(value)) : Key(prefix, Of(value[..bar]), Of(value[(bar + 1)..]));
    }

    /// <summary>Lower case; '#' (a comment in lexicon files) and white space become safe stand-ins so names round-trip.</summary>
    public static char Normalize(char c) => c switch
    {
        '#' => '\u266F',
        _ when char.IsWhiteSpace(c) => '_',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The readable name of a feature, as <see cref="OfName"/> reads it back (training only).</summary>
    public static string Name(string prefix, ReadOnlySpan<char> value, ReadOnlySpan<char> second, bool pair)
    {
        var chars = new char[prefix.Length + value.Length + (pair ? second.Length + 1 : 0)];
        prefix.CopyTo(chars);
        var at = prefix.Length;
        foreach (var c in value)
        {
            chars[at++] = Normalize(c);
        }
        if (pair)
        {
            chars[at++] = '|';
            foreach (var c in second)
            {
                chars[at++] = Normalize(c);
            }
        }
        return new string(chars);
    }

    // SplitMix64's finaliser spreads the bits; zero is never a key.
    private static ulong Finish(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x == 0 ? 1 : x;
    }
}

/// <summary>
/// Writes one decision's feature keys into a caller's buffer and, when training, their readable names beside them: the
/// cue, source-boundary and quote-filter features all build keys this way.
/// </summary>
/// <param name="keys">Room for every key of the decision.</param>
/// <param name="names">The names, for training; null when scoring.</param>
internal ref struct CueKeyWriter(Span<ulong> keys, List<string>? names)
{
    private readonly Span<ulong> _keys = keys;

    /// <summary>How many keys were written.</summary>
    public int Count { get; private set; }

    /// <summary>A feature whose value is already hashed (<paramref name="text"/> is its name's value, for training).</summary>
    public void Add(ulong prefixHash, string prefix, ulong value, ReadOnlySpan<char> text)
    {
        _keys[Count++] = CueFeatureHash.Key(prefixHash, value);
        names?.Add(CueFeatureHash.Name(prefix, text, [], pair: false));
    }

    /// <summary>A feature whose value is <paramref name="text"/>.</summary>
    public void Text(ulong prefixHash, string prefix, ReadOnlySpan<char> text) => Add(prefixHash, prefix, CueFeatureHash.Of(text), text);

    /// <summary>A feature of two values, already hashed.</summary>
    public void Pair(ulong prefixHash, string prefix, ulong first, ulong second, ReadOnlySpan<char> firstText, ReadOnlySpan<char> secondText)
    {
        _keys[Count++] = CueFeatureHash.Key(prefixHash, first, second);
        names?.Add(CueFeatureHash.Name(prefix, firstText, secondText, pair: true));
    }
}
