using System.Globalization;

namespace Crosscheck.Claims;

/// <summary>The outcome of <see cref="CheckWorthinessTrainer.Train"/>: the model and how it did.</summary>
/// <param name="Scorer">A scorer over the trained model, threshold folded in.</param>
/// <param name="Options">The settings used.</param>
/// <param name="TrainingSentences">Sentences trained on (the dev sentences included when they were merged in).</param>
/// <param name="Threshold">The probability cut chosen on the out-of-fold predictions, or on the dev data without folds (0.5 without either).</param>
/// <param name="Training">Scores on the training data at that cut.</param>
/// <param name="Dev">
/// Scores on the dev data at that cut, when dev data was given: out-of-fold predictions when it was trained on
/// (<see cref="DevTrainedOn"/>), the final model's otherwise.
/// </param>
public sealed record CheckWorthinessTraining(
    CheckWorthinessScorer Scorer,
    CheckWorthinessTrainingOptions Options,
    int TrainingSentences,
    double Threshold,
    BinaryScore Training,
    BinaryScore? Dev)
{
    internal CheckWorthinessModel Model { get; init; } = null!;

    /// <summary>The grouped cross-validation figures, when the threshold was chosen by folds.</summary>
    public CheckWorthinessCrossValidation? CrossValidation { get; init; }

    /// <summary>Whether the dev sentences were part of the training data (their <see cref="Dev"/> score is then out-of-fold).</summary>
    public bool DevTrainedOn { get; init; }

    /// <summary>Writes the model in the format the embedded <see cref="CheckWorthinessScorer.ModelLexicon"/> uses.</summary>
    public void Write(TextWriter writer, string trainingData, string? devData)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var invariant = CultureInfo.InvariantCulture;
        var data = DevTrainedOn && devData is not null
            ? $"{Path.GetFileName(trainingData)} + {Path.GetFileName(devData)}"
            : Path.GetFileName(trainingData);
        List<string> comments =
        [
            "Check-worthiness model: logistic regression over hashed features (see CheckWorthinessFeaturizer).",
            "Written by `crosscheck train checkworthiness`; do not edit by hand.",
            $"Trained on {data} ({TrainingSentences} sentences); threshold chosen on {ThresholdSource(devData)}.",
            string.Create(invariant, $"bits={Options.Bits} epochs={Options.Epochs} learning-rate={Options.LearningRate} l2={Options.L2} positive-weight={Options.PositiveWeight} threshold-folds={Options.ThresholdFolds} seeds={Options.Seeds} merge-dev={Options.MergeDev} seed={Options.Seed} length-power={Options.LengthPower}"),
            string.Create(invariant, $"Probability threshold {Threshold:0.####} (folded into the bias, so 0.5 is the boundary)."),
            string.Create(invariant, $"Training F1 {Training.F1:0.###}") + DevSummary(invariant),
        ];
        if (CrossValidation is { } cv)
        {
            comments.Add(CrossValidationSummary(cv));
        }
        Model.Write(writer, comments);
    }

    /// <summary>One line: the mean, spread and per-fold F1 of the cross-validation, the pooled scores, and the average precision when computed.</summary>
    public string CrossValidationSummary(CheckWorthinessCrossValidation cv)
    {
        ArgumentNullException.ThrowIfNull(cv);
        var invariant = CultureInfo.InvariantCulture;
        var summary = string.Create(invariant, $"Grouped {cv.FoldF1.Count}-fold cross-validation F1 {cv.Mean:0.000} ± {cv.StandardDeviation:0.000} (folds {Join(cv.FoldF1)}); pooled out-of-fold P {cv.Pooled.Precision:0.000} R {cv.Pooled.Recall:0.000} F1 {cv.Pooled.F1:0.000}");
        return cv.FoldAveragePrecision.Count == 0
            ? summary + "."
            : summary + string.Create(invariant, $", average precision {cv.PooledAveragePrecision:0.000} (folds {Join(cv.FoldAveragePrecision)}).");
    }

    private static string Join(IReadOnlyList<double> values)
    {
        var parts = new List<string>(values.Count);
        foreach (var value in values)
        {
            parts.Add(value.ToString("0.000", CultureInfo.InvariantCulture));
        }
        return string.Join(' ', parts);
    }

    private string ThresholdSource(string? devData) =>
        Options.ThresholdFolds > 1 ? $"{Options.ThresholdFolds}-fold out-of-fold predictions (folds of consecutive sentence ids) over the training data"
        : devData is null ? "nothing (0.5)" : Path.GetFileName(devData);

    private string DevSummary(CultureInfo invariant) =>
        Dev is { } dev
            ? string.Create(invariant, $"; dev{(DevTrainedOn ? " (out-of-fold)" : "")} P {dev.Precision:0.###} R {dev.Recall:0.###} F1 {dev.F1:0.###}")
            : "";
}
