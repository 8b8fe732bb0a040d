using System.Text;

namespace Crosscheck.Claims;

/// <summary>Reads check-worthiness data in the CheckThat! 2024 Task 1 format: <c>Sentence_id TAB Text TAB class_label</c>.</summary>
/// <remarks>
/// The files quote some fields CSV-style (a field wrapped in double quotes, inner quotes doubled), so they are read
/// with CSV rules and a tab delimiter; a quoted field may span lines. A header row is skipped. One known defect is
/// repaired: a record whose line break was lost, so its label runs into the next id ("No29286") and the next record's
/// fields follow on the same line. Stateless and thread-safe.
/// </remarks>
public static class CheckWorthinessData
{
    /// <summary>Reads every labelled sentence of <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">A record has no usable Yes/No label.</exception>
    public static IReadOnlyList<LabeledSentence> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses the content of a data file; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">A record has no usable Yes/No label.</exception>
    public static IReadOnlyList<LabeledSentence> Parse(string content, string source)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sentences = new List<LabeledSentence>();
        var line = 0;
        foreach (var record in Records(content))
        {
            line++;
            if (record.Count == 0 || record.Count == 1 && record[0].Length == 0)
            {
                continue;
            }
            if (line == 1 && record[0].Equals("Sentence_id", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            AddRecord(record, 0, sentences, source, line);
        }
        return sentences;
    }

    private static void AddRecord(List<string> fields, int from, List<LabeledSentence> sentences, string source, int line)
    {
        if (fields.Count - from < 3)
        {
            throw new InvalidDataException($"{source}: record {line} has {fields.Count - from} fields, expected id, text and label.");
        }
        var label = fields[from + 2].Trim();
        if (Label(label) is { } checkWorthy)
        {
            sentences.Add(new LabeledSentence(fields[from].Trim(), fields[from + 1], checkWorthy));
            return;
        }
        // A lost line break: "No29286" is this record's label followed by the next record's id.
        var digits = label.AsSpan().IndexOfAnyInRange('0', '9');
        if (digits > 0 && Label(label[..digits]) is { } merged && fields.Count - from >= 5)
        {
            sentences.Add(new LabeledSentence(fields[from].Trim(), fields[from + 1], merged));
            fields[from + 2] = label[digits..];
            AddRecord(fields, from + 2, sentences, source, line);
            return;
        }
        throw new InvalidDataException($"{source}: record {line} has label '{label}', expected Yes or No.");
    }

    private static bool? Label(string label) =>
        label.Equals("Yes", StringComparison.OrdinalIgnoreCase) ? true
        : label.Equals("No", StringComparison.OrdinalIgnoreCase) ? false
        : null;

    private static IEnumerable<List<string>> Records(string content)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var atFieldStart = true;
        while (i < content.Length)
        {
            var c = content[i];
            if (atFieldStart && c == '"')
            {
                // Quoted field: runs to the next lone quote; doubled quotes stand for one.
                i++;
                while (i < content.Length)
                {
                    if (content[i] == '"')
                    {
                        if (i + 1 < content.Length && content[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(content[i]);
                    i++;
                }
                atFieldStart = false;
                continue;
            }
            atFieldStart = false;
            switch (c)
            {
                case '\t':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    break;
                case '\n':
                    fields.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    yield return fields;
                    fields = [];
                    atFieldStart = true;
                    break;
                default:
                    field.Append(c);
                    break;
            }
            i++;
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString().TrimEnd('\r'));
            yield return fields;
        }
    }
}
