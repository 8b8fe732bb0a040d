using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Evaluation.Attribution;

namespace Crosscheck.Workspace;

public sealed partial class CrosscheckWorkspace
{
    /// <summary>
    /// Trains the attribution cue model (with its source-boundary and quote-filter weights) from a brat attribution folder (PolNeAR layout or plain NAME.txt + NAME.ann):
    /// writes its candidate vocabulary to <paramref name="vocabularyPath"/> (ship it as
    /// <c>src/Crosscheck.Core/Lexicons/attribution-learned-cues.txt</c>) and its weights to <paramref name="weightsPath"/>
    /// (<c>src/Crosscheck.Core/Lexicons/attribution-cue-model.txt</c>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">The folder holds no annotated article.</exception>
    public static CueModel TrainAttribution(string directory, string vocabularyPath, string weightsPath, CueModelTrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= CueModelTrainingOptions.Default;
        var documents = AttributionCorpus.Load(directory, cancellationToken);
        var model = CueModelTrainer.Train(documents, options, cancellationToken);
        using (var writer = CreateWriter(vocabularyPath))
        {
            model.Vocabulary.Write(writer);
        }
        using (var writer = CreateWriter(weightsPath))
        {
            model.WriteWeights(writer, string.Create(CultureInfo.InvariantCulture,
                $"Cue model (averaged perceptron) learned from annotated attribution data; do not edit by hand. Regenerate with\n  crosscheck train attribution --data DIR\nTrained on {documents.Count} articles; epochs {options.Epochs}, seed {options.Seed}, mean of {options.Models} perceptrons (logistic regressions for qf.* and qc.*, their quotes cross-fitted over {options.QuoteFilterParts} parts), features seen at least {options.MinFeatureCount} times; vocabulary: {model.Vocabulary.Cues.Count} words.\nfeature TAB weight (a candidate is a cue where the sum of its features' weights exceeds AttributionOptions.CueThreshold;\nsl.* and sr.* are the source-boundary weights: a token left of a speaker, or an apposition after it, is part of the source where the sum of its features' weights is positive;\nqf.* and qc.* are the quote filter's relation and content weights (log-odds), compared with AttributionOptions.QuoteFilterThreshold and ContentFilterThreshold)"));
        }
        return model;
    }

    private static StreamWriter CreateWriter(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
    }
}
