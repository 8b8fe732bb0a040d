namespace Crosscheck.Signals;

/// <summary>
/// Receives the features <see cref="TokenFeatures"/> emits, as 64-bit keys; sinks that keep or show features (training,
/// explanations) also ask for the readable name. Implemented by structs so the emitting loop is specialised per sink.
/// </summary>
internal interface IFeatureSink
{
    /// <summary>Whether <see cref="Add"/> needs <see cref="FeatureName"/> filled in (scoring does not).</summary>
    bool NeedsNames { get; }

    /// <summary>Takes one binary feature; <paramref name="name"/> is empty unless <see cref="NeedsNames"/>.</summary>
    void Add(ulong key, FeatureName name);
}
