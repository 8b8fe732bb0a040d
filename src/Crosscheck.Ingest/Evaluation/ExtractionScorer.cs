using System.Text;
using System.Text.Json;

namespace Crosscheck.Ingest.Evaluation;

/// <summary>
/// Scores main-content extraction the way trafilatura's benchmark does: a segment counts as found when its
/// whitespace-normalised form is a substring of the whitespace-normalised output; counts are summed over pages.
/// </summary>
public static class ExtractionScorer
{
    /// <summary>The annotation file inside a data directory.</summary>
    public const string AnnotationFile = "evaldata.en.json";

    /// <summary>
    /// Loads the pages of a data directory: <c>evaldata*.json</c> (<c>{url: {file, with, without}}</c>) with pages under
    /// <c>html/</c>. Pages are returned in file order.
    /// </summary>
    /// <exception cref="InvalidDataException">The directory has no annotation file or it is malformed.</exception>
    public static IReadOnlyList<ExtractionGoldPage> Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var annotations = Path.Combine(directory, AnnotationFile);
        if (!File.Exists(annotations))
        {
            var candidates = Directory.Exists(directory) ? Directory.GetFiles(directory, "evaldata*.json") : [];
            if (candidates.Length == 0)
            {
                throw new InvalidDataException($"{directory}: no evaldata*.json annotation file");
            }
            annotations = candidates[0];
        }
        var pages = new List<ExtractionGoldPage>();
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(annotations));
            foreach (var property in json.RootElement.EnumerateObject())
            {
                var entry = property.Value;
                var file = entry.GetProperty("file").GetString() ?? throw new InvalidDataException($"{annotations}: '{property.Name}' has no file");
                pages.Add(new ExtractionGoldPage(property.Name, Path.Combine(directory, "html", file), Strings(entry, "with"), Strings(entry, "without")));
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{annotations}: {ex.Message}", ex);
        }
        return pages;
    }

    /// <summary>Scores one page's extracted text (null when extraction failed: every segment counts as absent).</summary>
    public static ExtractionScore Score(ExtractionGoldPage page, string? output)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = Normalise(output ?? "");
        int tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var segment in page.With)
        {
            if (Contains(text, segment))
            {
                tp++;
            }
            else
            {
                fn++;
            }
        }
        foreach (var segment in page.Without)
        {
            if (Contains(text, segment))
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }
        return new ExtractionScore(1, tp, fn, fp, tn);
    }

    /// <summary>Whether the whitespace-normalised <paramref name="segment"/> occurs in already normalised text.</summary>
    public static bool Contains(string normalisedText, string segment)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        return normalisedText.Contains(Normalise(segment), StringComparison.Ordinal);
    }

    /// <summary>Collapses every run of whitespace to one space and trims (trafilatura's rule).</summary>
    public static string Normalise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static string[] Strings(JsonElement entry, string property)
    {
        if (!entry.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        var values = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { } s)
            {
                values.Add(s);
            }
        }
        return [.. values];
    }
}
