namespace Crosscheck.Signals;

/// <summary>Receives the features <see cref="TokenFeatures"/> emits; the buffer is reused, so copy what you keep.</summary>
internal abstract class FeatureSink
{
    /// <summary>Takes one binary feature.</summary>
    public abstract void Add(ReadOnlySpan<char> feature);
}
