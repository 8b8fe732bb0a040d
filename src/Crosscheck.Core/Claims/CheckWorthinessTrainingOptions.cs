namespace Crosscheck.Claims;

/// <summary>Settings of <see cref="CheckWorthinessTrainer"/>; the defaults are the ones the shipped model used.</summary>
public sealed record CheckWorthinessTrainingOptions
{
    /// <summary>Default settings.</summary>
    public static CheckWorthinessTrainingOptions Default { get; } = new();

    /// <summary>Hash bits: the model holds 2^Bits weights.</summary>
    public int Bits { get; init; } = 18;

    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>AdaGrad's base learning rate.</summary>
    public double LearningRate { get; init; } = 0.03;

    /// <summary>L2 penalty on the weights a sentence touches.</summary>
    public double L2 { get; init; } = 1e-4;

    /// <summary>How much more a missed "Yes" costs than a false alarm during training.</summary>
    public double PositiveWeight { get; init; } = 1.0;

    /// <summary>
    /// When above 1, the decision threshold is chosen on out-of-fold predictions over the training data (this many
    /// folds) rather than on the dev data; the dev data is then only reported. The default (5) exists because the
    /// CheckThat! 2024 dev split is ClaimBuster's clean ground-truth set: cuts chosen on it are too strict for the
    /// noisier crowd-labelled and later debates (see docs/accuracy.md).
    /// </summary>
    public int ThresholdFolds { get; init; } = 5;

    /// <summary>Seed of the shuffling, so a run is reproducible.</summary>
    public int Seed { get; init; } = 2024;
}
