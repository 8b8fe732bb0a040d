using Crosscheck.Attribution;
using Crosscheck.Evaluation.Attribution;

namespace Crosscheck.Workspace;

public sealed partial class CrosscheckWorkspace
{
    /// <summary>
    /// Learns the attribution cue lexicon from a brat attribution folder (PolNeAR layout or plain NAME.txt + NAME.ann)
    /// and writes it to <paramref name="outputPath"/> (ship it as
    /// <c>src/Crosscheck.Core/Lexicons/attribution-learned-cues.txt</c>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">The folder holds no annotated article.</exception>
    public static LearnedCueLexicon TrainAttribution(string directory, string outputPath, CueLexiconTrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        var documents = AttributionCorpus.Load(directory, cancellationToken);
        var lexicon = CueLexiconTrainer.Train(documents, options, cancellationToken);
        var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        using var writer = new StreamWriter(outputPath, append: false, new System.Text.UTF8Encoding(false));
        writer.NewLine = "\n";
        lexicon.Write(writer);
        return lexicon;
    }
}
