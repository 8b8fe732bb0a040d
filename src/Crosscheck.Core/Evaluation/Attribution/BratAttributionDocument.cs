using System.Globalization;
using Crosscheck.Documents;

namespace Crosscheck.Evaluation.Attribution;

/// <summary>One annotated article: its text and the attribution relations of one annotator.</summary>
/// <param name="Id">The article's name (file stem, without the annotator suffix).</param>
/// <param name="Text">The article text the offsets point into.</param>
/// <param name="Relations">The relations in file order.</param>
public sealed record BratAttributionDocument(string Id, string Text, IReadOnlyList<GoldAttribution> Relations)
{
    /// <summary>
    /// Parses brat standoff (<c>T</c> text-bound lines and <c>E</c> event lines). Roles are read from the event's
    /// arguments (<c>Content:Tn</c>, <c>Cue:Tn</c>, <c>Source:Tn</c>); <c>Discuss</c>/<c>Discard</c> bookkeeping and
    /// notes are ignored, as is an event without content. Malformed lines are skipped rather than fatal: a scorer
    /// should measure what is there.
    /// </summary>
    public static BratAttributionDocument Parse(string id, string text, string annotation)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(annotation);
        var spans = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (var rawLine in annotation.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }
            if (line[0] == 'T' && TryParseFragments(line.AsSpan(tab + 1), text.Length) is { } fragments)
            {
                spans[line[..tab]] = fragments;
            }
            else if (line[0] == 'E')
            {
                events.Add(line[(tab + 1)..]);
            }
        }
        var relations = new List<GoldAttribution>(events.Count);
        foreach (var arguments in events)
        {
            IReadOnlyList<TextSpan> content = [], cue = [], source = [];
            foreach (var argument in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var colon = argument.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || !spans.TryGetValue(argument[(colon + 1)..], out var target))
                {
                    continue;
                }
                // brat numbers repeated roles (Content2); the role is the name without trailing digits.
                switch (argument[..colon].TrimEnd("0123456789".ToCharArray()))
                {
                    case "Content": content = content.Count == 0 ? target : [.. content, .. target]; break;
                    case "Cue": cue = cue.Count == 0 ? target : [.. cue, .. target]; break;
                    case "Source": source = source.Count == 0 ? target : [.. source, .. target]; break;
                    default: break;
                }
            }
            if (content.Count > 0)
            {
                relations.Add(new GoldAttribution(Sorted(content), Sorted(cue), Sorted(source)));
            }
        }
        return new BratAttributionDocument(id, text, relations);
    }

    private static TextSpan[]? TryParseFragments(ReadOnlySpan<char> body, int textLength)
    {
        // "Type start end[;start end...]\tcovered text"
        var tab = body.IndexOf('\t');
        if (tab >= 0)
        {
            body = body[..tab];
        }
        var space = body.IndexOf(' ');
        if (space < 0)
        {
            return null;
        }
        var ranges = body[(space + 1)..].ToString().Split(';');
        var fragments = new TextSpan[ranges.Length];
        for (var i = 0; i < ranges.Length; i++)
        {
            var bounds = ranges[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start || end > textLength)
            {
                return null;
            }
            fragments[i] = TextSpan.FromBounds(start, end);
        }
        return fragments;
    }

    private static TextSpan[] Sorted(IReadOnlyList<TextSpan> fragments)
    {
        var sorted = fragments.ToArray();
        Array.Sort(sorted, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return sorted;
    }
}
