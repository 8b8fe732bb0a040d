namespace Crosscheck.Attribution;

/// <summary>Thresholds for <see cref="CueLexiconTrainer"/>.</summary>
public sealed record CueLexiconTrainingOptions
{
    /// <summary>The thresholds the shipped lexicon was trained with.</summary>
    public static CueLexiconTrainingOptions Default { get; } = new();

    /// <summary>The fewest gold cues a word must head to be kept (rarer words are noise). Default 2.</summary>
    public int MinCues { get; init; } = 2;

    /// <summary>
    /// The smallest share of the word's lower-case occurrences that head a gold cue. The words become candidates of the
    /// trained cue model, which decides on each occurrence, so the floor only keeps function words out ("in", "the").
    /// Default 0.02 (a plain word list needed 0.25).
    /// </summary>
    public double MinPrecision { get; init; } = 0.02;
}
