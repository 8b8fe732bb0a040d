using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Crosscheck.Ingest.Evaluation;

/// <summary>
/// Scores article-body extraction the way ScrapingHub's article-extraction-benchmark does (re-implemented from its
/// description): texts become runs of word characters, shingles are 4 consecutive words compared as multisets (case
/// kept), each page's true/false positive and false negative counts are divided by their sum, precision and recall
/// are the means of the page scores, and F1 is computed from those means. Confidence half-widths come from resampling
/// the pages with replacement.
/// </summary>
public static class ShingleScorer
{
    /// <summary>The gold file inside a data directory.</summary>
    public const string GroundTruthFile = "ground-truth.json";

    /// <summary>Words per shingle, as in the benchmark.</summary>
    public const int ShingleWords = 4;

    /// <summary>Whether <paramref name="directory"/> holds an article-body benchmark (a <c>ground-truth.json</c>).</summary>
    public static bool IsDataSet(string directory) => File.Exists(Path.Combine(directory, GroundTruthFile));

    /// <summary>
    /// Loads <c>ground-truth.json</c> (<c>{id: {articleBody, ...}}</c>) with each page at <c>html/ID.html.gz</c> or
    /// <c>html/ID.html</c>, in the file's order.
    /// </summary>
    /// <exception cref="InvalidDataException">The gold file is missing or malformed.</exception>
    public static IReadOnlyList<ShingleGoldPage> Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, GroundTruthFile);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{directory}: no {GroundTruthFile}");
        }
        var pages = new List<ShingleGoldPage>();
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var property in json.RootElement.EnumerateObject())
            {
                var body = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("articleBody", out var text)
                    && text.ValueKind == JsonValueKind.String ? text.GetString() ?? "" : "";
                var gz = Path.Combine(directory, "html", property.Name + ".html.gz");
                pages.Add(new ShingleGoldPage(property.Name, File.Exists(gz) ? gz : Path.Combine(directory, "html", property.Name + ".html"), body));
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
        return pages;
    }

    /// <summary>A page's bytes, gunzipped when the file is <c>.gz</c>.</summary>
    public static byte[] ReadPage(ShingleGoldPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!page.File.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllBytes(page.File);
        }
        using var file = File.OpenRead(page.File);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Compares the shingles of the gold and extracted texts of one page.</summary>
    public static ShingleCounts Match(string gold, string? extracted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var expected = Shingles(gold);
        var found = Shingles(extracted ?? "");
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in found)
        {
            var goldCount = expected.GetValueOrDefault(shingle);
            tp += Math.Min(count, goldCount);
            fp += Math.Max(0, count - goldCount);
        }
        foreach (var (shingle, count) in expected)
        {
            fn += Math.Max(0, count - found.GetValueOrDefault(shingle));
        }
        var sum = tp + fp + fn;
        return sum > 0 ? new ShingleCounts(tp / sum, fp / sum, fn / sum) : default;
    }

    /// <summary>Precision, recall and F1 over pages, with bootstrap half-widths from a fixed seed (reruns agree).</summary>
    public static ShingleScore Summarise(IReadOnlyList<ShingleCounts> pages, int resamples = 1000, int seed = 2024)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var (precision, recall, f1) = Means(pages);
        if (pages.Count < 2 || resamples < 2)
        {
            return new ShingleScore(pages.Count, precision, recall, f1, 0, 0, 0);
        }
        var random = new Random(seed);
        var sample = new ShingleCounts[pages.Count];
        var ps = new double[resamples];
        var rs = new double[resamples];
        var fs = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = pages[random.Next(pages.Count)];
            }
            (ps[b], rs[b], fs[b]) = Means(sample);
        }
        return new ShingleScore(pages.Count, precision, recall, f1, 1.96 * StandardDeviation(ps), 1.96 * StandardDeviation(rs), 1.96 * StandardDeviation(fs));
    }

    /// <summary>The words of <paramref name="text"/>: maximal runs of letters, numbers and underscores.</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            // Whole code points, so a letter outside the Basic Multilingual Plane stays one word character.
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            var word = status == System.Buffers.OperationStatus.Done && (Rune.IsLetter(rune) || Rune.IsNumber(rune) || rune.Value == '_');
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
            i += Math.Max(length, 1);
        }
        if (start >= 0)
        {
            words.Add(text[start..]);
        }
        return words;
    }

    // A text with fewer words than a shingle is one short shingle, as in the benchmark; an empty text has none.
    private static Dictionary<string, int> Shingles(string text)
    {
        var words = Words(text).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, words.Length - ShingleWords + 1);
        for (var i = 0; i < count && i < words.Length; i++)
        {
            // Words never hold a control character, so joining on one keeps shingles distinct.
            var key = string.Join('\u0001', words, i, Math.Min(ShingleWords, words.Length - i));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    private static (double Precision, double Recall, double F1) Means(IReadOnlyList<ShingleCounts> pages)
    {
        double precision = 0, recall = 0;
        int precisionPages = 0, recallPages = 0;
        foreach (var page in pages)
        {
            if (page.TruePositives + page.FalsePositives > 0)
            {
                precision += page.Precision;
                precisionPages++;
            }
            if (page.TruePositives + page.FalseNegatives > 0)
            {
                recall += page.Recall;
                recallPages++;
            }
        }
        precision = precisionPages > 0 ? precision / precisionPages : 0;
        recall = recallPages > 0 ? recall / recallPages : 0;
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }

    private static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        var squares = 0.0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }
        return Math.Sqrt(squares / (values.Length - 1));
    }
}
