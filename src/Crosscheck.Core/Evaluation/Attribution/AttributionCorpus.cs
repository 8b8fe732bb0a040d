namespace Crosscheck.Evaluation.Attribution;

/// <summary>Reads a folder of brat attribution annotations into <see cref="BratAttributionDocument"/>s.</summary>
/// <remarks>
/// Two layouts are accepted. PolNeAR's: <c>DIR/text/NAME.txt</c> with <c>DIR/attributions/NAME_ANNOTATOR.ann</c>, where
/// an article annotated by several people (agreement checks) is scored once, against the first annotator listed
/// for it in <c>metadata.tsv</c> (looked up in DIR and its parent), or the first file by name when there is no
/// metadata. Plain brat: <c>NAME.txt</c> next to <c>NAME.ann</c> in DIR.
/// </remarks>
public static class AttributionCorpus
{
    /// <summary>Loads every annotated article under <paramref name="directory"/>, ordered by name.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">The folder holds no annotated article.</exception>
    public static IReadOnlyList<BratAttributionDocument> Load(string directory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"data folder '{directory}' does not exist.");
        }
        var pairs = Directory.Exists(Path.Combine(directory, "attributions")) && Directory.Exists(Path.Combine(directory, "text"))
            ? PolNearPairs(directory)
            : FlatPairs(directory);
        if (pairs.Count == 0)
        {
            throw new InvalidDataException($"'{directory}' holds no brat .ann file with its .txt (expected text/ and attributions/, or NAME.txt beside NAME.ann).");
        }
        var documents = new List<BratAttributionDocument>(pairs.Count);
        foreach (var (id, textPath, annotationPath) in pairs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            documents.Add(BratAttributionDocument.Parse(id, File.ReadAllText(textPath), File.ReadAllText(annotationPath)));
        }
        return documents;
    }

    private static List<(string Id, string Text, string Annotation)> FlatPairs(string directory)
    {
        var pairs = new List<(string, string, string)>();
        var annotations = Directory.GetFiles(directory, "*.ann");
        Array.Sort(annotations, StringComparer.Ordinal);
        foreach (var annotation in annotations)
        {
            var text = Path.ChangeExtension(annotation, ".txt");
            if (File.Exists(text))
            {
                pairs.Add((Path.GetFileNameWithoutExtension(annotation), text, annotation));
            }
        }
        return pairs;
    }

    private static List<(string Id, string Text, string Annotation)> PolNearPairs(string directory)
    {
        var preferred = PreferredAnnotators(directory);
        var byArticle = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var annotation in Directory.GetFiles(Path.Combine(directory, "attributions"), "*.ann"))
        {
            var stem = Path.GetFileNameWithoutExtension(annotation);
            var underscore = stem.LastIndexOf('_');
            var article = underscore > 0 ? stem[..underscore] : stem;
            if (!byArticle.TryGetValue(article, out var files))
            {
                byArticle[article] = files = [];
            }
            files.Add(annotation);
        }
        var pairs = new List<(string, string, string)>(byArticle.Count);
        foreach (var (article, files) in byArticle)
        {
            var text = Path.Combine(directory, "text", article + ".txt");
            if (!File.Exists(text))
            {
                continue;
            }
            files.Sort(StringComparer.Ordinal);
            var chosen = files[0];
            if (preferred.TryGetValue(article, out var annotators))
            {
                foreach (var annotator in annotators)
                {
                    var candidate = Path.Combine(directory, "attributions", $"{article}_{annotator}.ann");
                    if (File.Exists(candidate))
                    {
                        chosen = candidate;
                        break;
                    }
                }
            }
            pairs.Add((article, text, chosen));
        }
        return pairs;
    }

    private static Dictionary<string, string[]> PreferredAnnotators(string directory)
    {
        var annotators = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var metadata = Path.Combine(directory, "metadata.tsv");
        if (!File.Exists(metadata))
        {
            metadata = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)) ?? directory, "metadata.tsv");
        }
        if (!File.Exists(metadata))
        {
            return annotators;
        }
        var filenameColumn = -1;
        var annotatorsColumn = -1;
        foreach (var line in File.ReadLines(metadata))
        {
            var columns = line.Split('\t');
            if (filenameColumn < 0)
            {
                filenameColumn = Array.IndexOf(columns, "filename");
                annotatorsColumn = Array.IndexOf(columns, "annotators");
                if (filenameColumn < 0 || annotatorsColumn < 0)
                {
                    return annotators;
                }
                continue;
            }
            if (columns.Length > Math.Max(filenameColumn, annotatorsColumn))
            {
                // A name can appear in several compartments; the first row wins, as the data's README suggests.
                annotators.TryAdd(columns[filenameColumn], columns[annotatorsColumn].Split('|'));
            }
        }
        return annotators;
    }
}
