namespace Crosscheck.Signals;

/// <summary>
/// 64-bit feature keys: a template's hash mixed with its values' hashes, so a token's word is hashed once per article
/// and each feature costs a multiply, not a string. The model file keeps readable names; <see cref="OfName"/> turns
/// one back into the same key when the model loads.
/// </summary>
internal static class FeatureHash
{
    /// <summary>The word-pair templates: their value is "first second".</summary>
    private static readonly string[] PairPrefixes = ["bl=", "br=", "bg="];

    /// <summary>FNV-1a over the characters.</summary>
    public static ulong Of(ReadOnlySpan<char> value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>The key of a one-value feature.</summary>
    public static ulong Key(ulong prefix, ulong value) => Finish(prefix * 0x9E3779B97F4A7C15UL ^ value);

    /// <summary>The key of a two-value feature.</summary>
    public static ulong Key(ulong prefix, ulong first, ulong second) => Finish((prefix * 0x9E3779B97F4A7C15UL ^ first) * 0xC2B2AE3D27D4EB4FUL ^ second);

    /// <summary>The key of a feature written as <see cref="FeatureName"/> writes it.</summary>
    public static ulong OfName(string name)
    {
        var equals = name.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            return Key(Of(name), Of(""));
        }
        var prefix = name.AsSpan(0, equals + 1);
        var value = name.AsSpan(equals + 1);
        foreach (var pair in PairPrefixes)
        {
            if (prefix.SequenceEqual(pair))
            {
                var space = value.IndexOf(' ');
                return space < 0 ? Key(Of(prefix), Of(value)) : Key(Of(prefix), Of(value[..space]), Of(value[(space + 1)..]));
            }
        }
        return Key(Of(prefix), Of(value));
    }

    // SplitMix64's finaliser spreads the bits for the open-addressing table; zero marks an empty slot there.
    private static ulong Finish(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x == 0 ? 1 : x;
    }
}
