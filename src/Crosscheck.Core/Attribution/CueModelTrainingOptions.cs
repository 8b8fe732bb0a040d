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

    /// <summary>Features seen fewer times than this in the training examples are left out. Default 2.</summary>
    public int MinFeatureCount { get; init; } = 2;
}
