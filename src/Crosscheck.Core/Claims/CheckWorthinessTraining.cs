using System.Globalization;

namespace Crosscheck.Claims;

/// <summary>The outcome of <see cref="CheckWorthinessTrainer.Train"/>: the model and how it did.</summary>
/// <param name="Scorer">A scorer over the trained model, threshold folded in.</param>
/// <param name="Options">The settings used.</param>
/// <param name="TrainingSentences">Sentences trained on.</param>
/// <param name="Threshold">The probability cut chosen on the dev data or out-of-fold predictions (0.5 without either).</param>
/// <param name="Training">Scores on the training data at that cut.</param>
/// <param name="Dev">Scores on the dev data at that cut, when dev data was given.</param>
public sealed record CheckWorthinessTraining(
    CheckWorthinessScorer Scorer,
    CheckWorthinessTrainingOptions Options,
    int TrainingSentences,
    double Threshold,
    BinaryScore Training,
    BinaryScore? Dev)
{
    internal CheckWorthinessModel Model { get; init; } = null!;

    /// <summary>Writes the model in the format the embedded <see cref="CheckWorthinessScorer.ModelLexicon"/> uses.</summary>
    public void Write(TextWriter writer, string trainingData, string? devData)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var invariant = CultureInfo.InvariantCulture;
        List<string> comments =
        [
            "Check-worthiness model: logistic regression over hashed features (see CheckWorthinessFeaturizer).",
            "Written by `crosscheck train checkworthiness`; do not edit by hand.",
            $"Trained on {Path.GetFileName(trainingData)} ({TrainingSentences} sentences); threshold chosen on {ThresholdSource(devData)}.",
            string.Create(invariant, $"bits={Options.Bits} epochs={Options.Epochs} learning-rate={Options.LearningRate} l2={Options.L2} positive-weight={Options.PositiveWeight} threshold-folds={Options.ThresholdFolds} seed={Options.Seed}"),
            string.Create(invariant, $"Probability threshold {Threshold:0.####} (folded into the bias, so 0.5 is the boundary)."),
            string.Create(invariant, $"Training F1 {Training.F1:0.###}") + DevSummary(invariant),
        ];
        Model.Write(writer, comments);
    }

    private string ThresholdSource(string? devData) =>
        Options.ThresholdFolds > 1 ? $"{Options.ThresholdFolds}-fold out-of-fold predictions over the training data"
        : devData is null ? "nothing (0.5)" : Path.GetFileName(devData);

    private string DevSummary(CultureInfo invariant) =>
        Dev is { } dev ? string.Create(invariant, $"; dev P {dev.Precision:0.###} R {dev.Recall:0.###} F1 {dev.F1:0.###}") : "";
}
