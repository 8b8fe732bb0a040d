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
    public double LearningRate { get; init; } = 0.1;

    /// <summary>L2 penalty on the weights a sentence touches.</summary>
    public double L2 { get; init; } = 1e-4;

    /// <summary>How much more a missed "Yes" costs than a false alarm during training.</summary>
    public double PositiveWeight { get; init; } = 1.0;

    /// <summary>Seed of the shuffling, so a run is reproducible.</summary>
    public int Seed { get; init; } = 2024;
}
