using System.Globalization;
using Crosscheck.Documents;

namespace Crosscheck.CrossCheck.Evaluation;

/// <summary>
/// Reads the cross-check evaluation format: cases headed <c>## id</c>, a <c>gold:</c> line of <c>Kind@N</c> labels (or
/// <c>none</c>), then articles headed <c>=== Outlet | ISO date</c>; <c>#</c> lines outside articles are comments.
/// </summary>
public static class CrossCheckEvalSet
{
    /// <summary>The file read in a data directory.</summary>
    public const string FileName = "cases.txt";

    /// <summary>Reads <see cref="FileName"/> from <paramref name="directory"/>, or the file itself when given one.</summary>
    /// <exception cref="FormatException">A line does not follow the format; the message names the line.</exception>
    public static IReadOnlyList<CrossCheckEvalCase> Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Directory.Exists(directory) ? Path.Combine(directory, FileName) : directory;
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses the text of a cases file.</summary>
    /// <exception cref="FormatException">A line does not follow the format; the message names the line.</exception>
    public static IReadOnlyList<CrossCheckEvalCase> Parse(string text, string source = "cases.txt")
    {
        ArgumentNullException.ThrowIfNull(text);
        var cases = new List<CrossCheckEvalCase>();
        string? id = null;
        List<(MutationKind, int)>? gold = null;
        var articles = new List<Article>();
        string? outlet = null;
        DateTimeOffset? published = null;
        var body = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

        void FlushArticle()
        {
            if (outlet is null)
            {
                return;
            }
            var content = string.Join('\n', body).Trim();
            var url = $"https://eval.example/{id}/{articles.Count + 1}";
            articles.Add(new Article
            {
                Id = ArticleId.Compute(content, url),
                Source = $"{source}#{id}/{articles.Count + 1}",
                Url = url,
                Outlet = outlet,
                Title = "",
                PublishedAt = published,
                Text = content,
            });
            outlet = null;
            body.Clear();
        }

        void FlushCase(int line)
        {
            FlushArticle();
            if (id is null)
            {
                return;
            }
            if (gold is null)
            {
                throw new FormatException($"{source}: case '{id}' has no gold line (before line {line}).");
            }
            foreach (var (_, number) in gold)
            {
                if (number < 1 || number > articles.Count)
                {
                    throw new FormatException($"{source}: case '{id}' labels article {number} but has {articles.Count}.");
                }
            }
            cases.Add(new CrossCheckEvalCase(id, [.. articles], [.. gold]));
            articles.Clear();
            id = null;
            gold = null;
        }

        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                FlushCase(n + 1);
                id = line[3..].Trim();
                continue;
            }
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                FlushArticle();
                var parts = line[4..].Split('|', 2, StringSplitOptions.TrimEntries);
                outlet = parts[0];
                published = parts.Length > 1 && parts[1].Length > 0
                    ? DateTimeOffset.Parse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                    : null;
                continue;
            }
            if (outlet is not null)
            {
                body.Add(line);
                continue;
            }
            if (line.StartsWith("gold:", StringComparison.Ordinal) && id is not null)
            {
                gold = ParseGold(line[5..], source, n + 1);
                continue;
            }
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                throw new FormatException($"{source}:{n + 1}: expected '## id', 'gold:' or '=== Outlet | date'.");
            }
        }
        FlushCase(lines.Length);
        return cases;
    }

    private static List<(MutationKind, int)> ParseGold(string text, string source, int line)
    {
        var gold = new List<(MutationKind, int)>();
        var trimmed = text.Trim();
        if (trimmed.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return gold;
        }
        foreach (var label in trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var at = label.IndexOf('@', StringComparison.Ordinal);
            if (at < 0 || !Enum.TryParse<MutationKind>(label[..at], out var kind)
                || !int.TryParse(label[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                throw new FormatException($"{source}:{line}: '{label}' is not Kind@N.");
            }
            gold.Add((kind, number));
        }
        return gold;
    }
}
