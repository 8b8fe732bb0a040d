namespace Crosscheck.Reports;

/// <summary>
/// Splits a text at every highlight boundary so that overlapping and nested highlights become a flat run of segments,
/// each carrying the set of highlights that cover it. Flat segments never produce crossing HTML tags.
/// </summary>
internal static class HighlightSegmenter
{
    /// <summary>One piece of the text and the highlights over it (empty for plain text).</summary>
    public readonly record struct Segment(int Start, int End, IReadOnlyList<Highlight> Active);

    public static List<Segment> Split(int textLength, IReadOnlyList<Highlight> highlights)
    {
        var boundaries = new SortedSet<int> { 0, textLength };
        var clamped = new List<Highlight>(highlights.Count);
        foreach (var highlight in highlights)
        {
            // Spans from a stage with a bug must not break the page: clamp them to the text.
            var start = Math.Clamp(highlight.Span.Start, 0, textLength);
            var end = Math.Clamp(highlight.Span.End, start, textLength);
            if (end == start)
            {
                continue;
            }
            clamped.Add(highlight with { Span = Documents.TextSpan.FromBounds(start, end) });
            boundaries.Add(start);
            boundaries.Add(end);
        }
        clamped.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var segments = new List<Segment>(boundaries.Count);
        var active = new List<Highlight>();
        var next = 0;
        var previous = -1;
        foreach (var boundary in boundaries)
        {
            if (previous >= 0 && boundary > previous)
            {
                active.RemoveAll(h => h.Span.End <= previous);
                while (next < clamped.Count && clamped[next].Span.Start <= previous)
                {
                    if (clamped[next].Span.End > previous)
                    {
                        active.Add(clamped[next]);
                    }
                    next++;
                }
                segments.Add(new Segment(previous, boundary, active.Count == 0 ? [] : [.. active]));
            }
            previous = boundary;
        }
        return segments;
    }
}
