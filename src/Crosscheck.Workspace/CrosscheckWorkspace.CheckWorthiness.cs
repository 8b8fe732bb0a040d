using Crosscheck.Claims;

namespace Crosscheck.Workspace;

public sealed partial class CrosscheckWorkspace
{
    /// <summary>
    /// Scores every sentence of a CheckThat! 2024 Task 1 file (<c>Sentence_id TAB Text TAB class_label</c>) with the
    /// claims stage's check-worthiness scorer and counts the "Yes" class's precision, recall and F1.
    /// </summary>
    /// <param name="dataPath">The labelled TSV file.</param>
    /// <param name="modelPath">A model file written by <see cref="TrainCheckWorthiness"/>; the embedded model when null.</param>
    /// <param name="threshold">Scores at or above this count as "Yes"; the model's own boundary is 0.5.</param>
    /// <exception cref="InvalidDataException">The data or model file is malformed.</exception>
    public static CheckWorthinessEvaluation EvaluateCheckWorthiness(string dataPath, string? modelPath = null, double threshold = 0.5)
    {
        var sentences = CheckWorthinessData.Read(dataPath);
        var scorer = modelPath is null ? CheckWorthinessScorer.Default : CheckWorthinessScorer.Load(modelPath);
        return CheckWorthinessEvaluation.Evaluate(sentences, scorer, threshold);
    }

    /// <summary>
    /// Trains the check-worthiness model on <paramref name="trainingPath"/> (with <paramref name="devPath"/>, when given,
    /// merged into the training data or used to choose the threshold, as <paramref name="options"/> say: by default the
    /// threshold comes from grouped cross-validation and dev is merged) and writes it to <paramref name="outputPath"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">A data file is malformed.</exception>
    public static CheckWorthinessTraining TrainCheckWorthiness(
        string trainingPath, string? devPath, string outputPath, CheckWorthinessTrainingOptions? options = null)
    {
        var training = CheckWorthinessData.Read(trainingPath);
        var dev = devPath is null ? null : CheckWorthinessData.Read(devPath);
        var result = CheckWorthinessTrainer.Train(training, dev, options);
        using (var writer = new StreamWriter(outputPath, append: false, new System.Text.UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            result.Write(writer, trainingPath, devPath);
        }
        return result;
    }
}
