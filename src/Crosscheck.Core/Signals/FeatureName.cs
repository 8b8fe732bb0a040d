namespace Crosscheck.Signals;

/// <summary>
/// A feature's readable name without building the string: a prefix ("w=", "bl=", "s!") and one or two values, written
/// "prefix + first [+ ' ' + second]" (tokens never hold a space, so the name parses back; see <see cref="FeatureHash"/>).
/// </summary>
internal readonly ref struct FeatureName
{
    private readonly string? _prefix;
    private readonly ReadOnlySpan<char> _first;
    private readonly ReadOnlySpan<char> _second;
    private readonly bool _pair;

    /// <summary>A name from its template and values.</summary>
    public FeatureName(string prefix, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair)
    {
        _prefix = prefix;
        _first = first;
        _second = second;
        _pair = pair;
    }

    /// <summary>The name as written in the model file.</summary>
    public override string ToString() =>
        _prefix is null ? "" : _pair ? string.Concat(_prefix, _first, " ", _second) : string.Concat(_prefix, _first);
}
