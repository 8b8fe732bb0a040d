namespace Crosscheck.Attribution;

/// <summary>
/// Feature keys of the cue model: FNV-1a over "prefix=value" with the value lower-cased on the fly, so a feature costs
/// no string at run time while the model file keeps readable names that hash to the same key when it loads.
/// </summary>
internal static class CueFeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The key of a feature written by name in the model file.</summary>
    public static ulong OfName(ReadOnlySpan<char> name) => Add(Offset, name);

    /// <summary>The key of <c>prefix + value</c>.</summary>
    public static ulong Of(string prefix, ReadOnlySpan<char> value) => Add(Add(Offset, prefix), value);

    /// <summary>The key of <c>prefix + first + "|" + second</c>.</summary>
    public static ulong Of(string prefix, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Add(Add(Add(Offset, prefix), first), "|", second);

    private static ulong Add(ulong hash, ReadOnlySpan<char> separator, ReadOnlySpan<char> value) => Add(Add(hash, separator), value);

    private static ulong Add(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = (hash ^ Normalize(c)) * Prime;
        }
        return hash;
    }

    /// <summary>Lower case; '#' (a comment in lexicon files) and white space become safe stand-ins so names round-trip.</summary>
    public static char Normalize(char c) => c switch
    {
        '#' => '\u266F',
        _ when char.IsWhiteSpace(c) => '_',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The readable name of a feature, as <see cref="Of(string, ReadOnlySpan{char})"/> hashes it (training only).</summary>
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
}
