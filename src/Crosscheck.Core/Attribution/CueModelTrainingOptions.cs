namespace Crosscheck.Attribution;

/// <summary>Settings of <see cref="CueModelTrainer"/>.</summary>
public sealed record CueModelTrainingOptions
{
    /// <summary>The settings the shipped model was trained with.</summary>
    public static CueModelTrainingOptions Default { get; } = new();

    /// <summary>
    /// Which words become candidates: those heading at least <see cref="CueLexiconTrainingOptions.MinCues"/> gold cues
    /// with at least <see cref="CueLexiconTrainingOptions.MinPrecision"/> of their occurrences. The model decides
    /// on each occurrence, so the precision floor is far lower than for a plain word list. Default:
    /// <see cref="CueLexiconTrainingOptions.Default"/> (2 cues, 0.02).
    /// </summary>
    public CueLexiconTrainingOptions Vocabulary { get; init; } = CueLexiconTrainingOptions.Default;

    /// <summary>Passes over the training examples. Default 10.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of the example order (the output depends only on the data and these settings). Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Perceptrons trained per model, each on its own example order drawn from <see cref="Seed"/>, whose averaged
    /// weights are averaged again: the model then depends far less on the order (see docs/accuracy.md). Default 20.
    /// </summary>
    public int Models { get; init; } = 20;

    /// <summary>
    /// Parts the training articles are split into (by index) for the quote filter's examples: each part's quotes are
    /// made with cue weights trained on the other parts, as the stage meets new text; 1 makes them with the final cue
    /// weights (in-sample, before round 12). Default 5.
    /// </summary>
    public int QuoteFilterParts { get; init; } = 5;

    /// <summary>Features seen fewer times than this in the training examples are left out. Default 2.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>
    /// The cue threshold the attribution stage runs with while the source-boundary and quote-filter weights are
    /// trained on its output; set it to the <see cref="AttributionOptions.CueThreshold"/> the model will be used with,
    /// so the filter has seen the quotes those extra cues make. Default: the stage's default.
    /// </summary>
    public float CueThreshold { get; init; } = AttributionOptions.DefaultCueThreshold;

    /// <summary>
    /// The fallback-subject score the stage runs with while the source-boundary and quote-filter weights are trained;
    /// set it to the <see cref="AttributionOptions.FallbackSubjectScore"/> the model will be used with. Default: the
    /// stage's default.
    /// </summary>
    public float FallbackSubjectScore { get; init; } = AttributionOptions.DefaultFallbackSubjectScore;
}
