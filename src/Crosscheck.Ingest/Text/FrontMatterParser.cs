using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Text;

/// <summary>
/// Recognises front matter: a first line <c>---</c>, then <c>key: value</c> lines, then a <c>---</c> line. Anything
/// else (no closing line, a line that is not <c>key: value</c>) means the file has none, so a Markdown rule at the
/// top of a file is left alone.
/// </summary>
internal static class FrontMatterParser
{
    // A front matter block longer than this is almost certainly a document that merely starts with a rule.
    private const int MaxLines = 200;

    /// <summary>The front matter of <paramref name="text"/>, or null when it has none.</summary>
    public static FrontMatter? Parse(string text)
    {
        var position = 0;
        if (!TryReadLine(text, ref position, out var first) || !IsFence(first))
        {
            return null;
        }
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastKey = null;
        for (var lines = 0; lines < MaxLines; lines++)
        {
            if (!TryReadLine(text, ref position, out var line))
            {
                return null;
            }
            if (IsFence(line))
            {
                return Build(values, position);
            }
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }
            // A YAML block list ("authors:" then "  - Ada Novak" lines) continues the key above it.
            if (trimmed is ['-', ' ' or '\t', ..] && lastKey is not null)
            {
                var item = Unquote(trimmed[1..].Trim()).ToString();
                values[lastKey] = values[lastKey].Length == 0 ? item : $"{values[lastKey]}, {item}";
                continue;
            }
            var colon = trimmed.IndexOf(':');
            if (colon <= 0 || !IsKey(trimmed[..colon]))
            {
                return null;
            }
            var key = trimmed[..colon].ToString();
            lastKey = values.TryAdd(key, Unquote(trimmed[(colon + 1)..].Trim()).ToString()) ? key : null;
        }
        return null;
    }

    private static FrontMatter Build(Dictionary<string, string> values, int bodyStart)
    {
        return new FrontMatter
        {
            BodyStart = bodyStart,
            Title = NonEmpty(values.GetValueOrDefault("title")),
            Outlet = NonEmpty(values.GetValueOrDefault("outlet")),
            PublishedAt = IsoDate.Parse(values.GetValueOrDefault("published") ?? values.GetValueOrDefault("date")),
            Url = NonEmpty(values.GetValueOrDefault("url")),
            Authors = SplitAuthors(values.GetValueOrDefault("authors") ?? values.GetValueOrDefault("author")),
            Language = LanguageCode.Normalise(values.GetValueOrDefault("language") ?? values.GetValueOrDefault("lang")),
        };
    }

    private static string[] SplitAuthors(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }
        var list = value.AsSpan().Trim();
        // A YAML flow list ("[A, B]") is written often enough to accept.
        if (list is ['[', .., ']'])
        {
            list = list[1..^1];
        }
        var authors = new List<string>();
        foreach (var range in list.Split(','))
        {
            var author = Unquote(list[range].Trim());
            if (!author.IsEmpty)
            {
                authors.Add(author.ToString());
            }
        }
        return [.. authors];
    }

    private static bool TryReadLine(string text, ref int position, out ReadOnlySpan<char> line)
    {
        if (position >= text.Length)
        {
            line = default;
            return false;
        }
        var rest = text.AsSpan(position);
        var newline = rest.IndexOf('\n');
        if (newline < 0)
        {
            line = rest;
            position = text.Length;
        }
        else
        {
            line = rest[..newline];
            position += newline + 1;
        }
        if (line is [.., '\r'])
        {
            line = line[..^1];
        }
        return true;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual("---");

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
