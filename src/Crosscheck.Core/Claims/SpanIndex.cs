using Crosscheck.Documents;

namespace Crosscheck.Claims;

/// <summary>
/// Finds which of a fixed set of spans overlap a query span in about log n, so that checking every sentence or
/// signal against every quote stays near-linear instead of quadratic.
/// </summary>
/// <remarks>Spans sorted by start with a running maximum of their ends; a query walks back from the first span that
/// starts after it only while some earlier span can still reach it. Immutable and thread-safe.</remarks>
internal sealed class SpanIndex
{
    private readonly TextSpan[] _spans;
    private readonly int[] _order;
    private readonly int[] _maxEnd;

    public SpanIndex(IReadOnlyList<TextSpan> spans)
    {
        _order = new int[spans.Count];
        for (var i = 0; i < _order.Length; i++)
        {
            _order[i] = i;
        }
        Array.Sort(_order, (a, b) => spans[a].Start.CompareTo(spans[b].Start));
        _spans = new TextSpan[spans.Count];
        _maxEnd = new int[spans.Count];
        var maxEnd = int.MinValue;
        for (var i = 0; i < _order.Length; i++)
        {
            _spans[i] = spans[_order[i]];
            maxEnd = Math.Max(maxEnd, _spans[i].End);
            _maxEnd[i] = maxEnd;
        }
    }

    /// <summary>An index over no spans.</summary>
    public static SpanIndex Empty { get; } = new([]);

    /// <summary>How many spans the index holds.</summary>
    public int Count => _spans.Length;

    /// <summary>Appends the original positions of the spans that share a code unit with <paramref name="span"/>.</summary>
    public void FindOverlapping(TextSpan span, List<int> results)
    {
        for (var i = FirstStartingAtOrAfter(span.End) - 1; i >= 0 && _maxEnd[i] > span.Start; i--)
        {
            if (_spans[i].Overlaps(span))
            {
                results.Add(_order[i]);
            }
        }
    }

    /// <summary>Whether some span contains <paramref name="offset"/>.</summary>
    public bool Contains(int offset)
    {
        for (var i = FirstStartingAtOrAfter(offset + 1) - 1; i >= 0 && _maxEnd[i] > offset; i--)
        {
            if (_spans[i].Contains(offset))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many code units of <paramref name="span"/> the spans cover, counting overlaps once.</summary>
    public int CoveredLength(TextSpan span)
    {
        var end = FirstStartingAtOrAfter(span.End);
        var first = end;
        while (first > 0 && _maxEnd[first - 1] > span.Start)
        {
            first--;
        }
        // A sweep in start order: each span adds only what lies right of everything counted so far.
        var covered = 0;
        var coveredTo = span.Start;
        for (var i = first; i < end; i++)
        {
            var from = Math.Max(_spans[i].Start, coveredTo);
            var to = Math.Min(_spans[i].End, span.End);
            if (to > from)
            {
                covered += to - from;
                coveredTo = to;
            }
        }
        return covered;
    }

    private int FirstStartingAtOrAfter(int offset)
    {
        var low = 0;
        var high = _spans.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_spans[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
