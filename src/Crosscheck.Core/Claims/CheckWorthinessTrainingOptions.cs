namespace Crosscheck.Claims;

/// <summary>Settings of <see cref="CheckWorthinessTrainer"/>; the defaults are the ones the shipped model used.</summary>
public sealed record CheckWorthinessTrainingOptions
{
    /// <summary>Default settings.</summary>
    public static CheckWorthinessTrainingOptions Default { get; } = new();

    /// <summary>Hash bits: the model holds 2^Bits weights.</summary>
    /// <remarks>
    /// 20 rather than 18: fewer hash collisions raised the grouped 5-fold cross-validated F1 on train+dev from 0.668
    /// to 0.678, on every one of the five folds; 22 bits gave the same 0.678 at four times the size (docs/accuracy.md).
    /// </remarks>
    public int Bits { get; init; } = 20;

    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>AdaGrad's base learning rate.</summary>
    public double LearningRate { get; init; } = 0.03;

    /// <summary>L2 penalty on the weights a sentence touches.</summary>
    public double L2 { get; init; } = 1e-4;

    /// <summary>How much more a missed "Yes" costs than a false alarm during training.</summary>
    public double PositiveWeight { get; init; } = 1.0;

    /// <summary>
    /// When above 1, the training sentences are cut into this many folds of consecutive sentence ids (so a debate's
    /// sentences stay in one fold), the decision threshold is chosen on the out-of-fold predictions, and the per-fold
    /// F1 is reported as the cross-validation figure. 0 or 1: the threshold is chosen on the dev data instead.
    /// </summary>
    /// <remarks>
    /// Folds by id blocks, not by shuffled position: the CheckThat! training file is in random order, and random
    /// folds put neighbouring sentences of one debate on both sides, which flatters the model (0.691 against 0.668
    /// F1) and moves the chosen cut.
    /// </remarks>
    public int ThresholdFolds { get; init; } = 5;

    /// <summary>
    /// How many models, each trained with its own shuffle seed, are averaged into the shipped weights (and into each
    /// fold's model). Averaging logistic models over the same features is again one linear model, so scoring costs
    /// the same; it steadies the weights and, above all, the chosen threshold, which on a flat F1 curve moves with
    /// the shuffle (single seeds: cuts 0.276 to 0.302; three seeds: 0.264 to 0.284).
    /// </summary>
    public int Seeds { get; init; } = 3;

    /// <summary>
    /// Whether the dev sentences, when given, are added to the training data (and to the cross-validation folds).
    /// The dev figure is then the dev sentences' out-of-fold score, still from models that never saw them. Ignored
    /// without folds (<see cref="ThresholdFolds"/> 0 or 1), where the dev data chooses the threshold.
    /// </summary>
    public bool MergeDev { get; init; } = true;

    /// <summary>
    /// Power of the length normalisation: the summed weights of a sentence's word features are scaled by (60 / their
    /// count)^power, in training and in scoring (<c>CheckWorthinessFeaturizer.LengthScale</c>); 0 turns it off.
    /// </summary>
    /// <remarks>
    /// 0.75, chosen on ranking: average precision of the grouped out-of-fold scores rose on every fold and every
    /// shuffle seed tried (docs/accuracy.md); per-fold F1 moved within seed noise.
    /// </remarks>
    public double LengthPower { get; init; } = 0.75;

    /// <summary>Seed of the shuffling, so a run is reproducible; seed s of <see cref="Seeds"/> is Seed + 7919 s.</summary>
    public int Seed { get; init; } = 2024;
}
