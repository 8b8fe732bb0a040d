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

    // The spans' union as disjoint intervals in order: Contains and CoveredLength search it in log n, where walking back
    // over the spans would visit every span once one long span (an unclosed quotation) reaches across them all.
    private readonly int[] _unionStart;
    private readonly int[] _unionEnd;

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
        var starts = new List<int>();
        var ends = new List<int>();
        foreach (var piece in _spans)
        {
            if (piece.Length == 0)
            {
                continue;
            }
            if (ends.Count > 0 && piece.Start <= ends[^1])
            {
                ends[^1] = Math.Max(ends[^1], piece.End);
            }
            else
            {
                starts.Add(piece.Start);
                ends.Add(piece.End);
            }
        }
        _unionStart = [.. starts];
        _unionEnd = [.. ends];
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
        var i = FirstUnionEndingAfter(offset);
        return i < _unionStart.Length && _unionStart[i] <= offset;
    }

    /// <summary>
    /// <see cref="Contains"/> for each token's start, into <paramref name="result"/>, in one sweep: the tokens come in text
    /// order, so the union's intervals are walked once instead of searched per token.
    /// </summary>
    public void ContainsStarts(ReadOnlySpan<Crosscheck.Text.Token> tokens, Span<bool> result)
    {
        var u = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var offset = tokens[i].Span.Start;
            if (u > 0 && offset < _unionEnd[u - 1])
            {
                // Out of order (never from a tokenizer): fall back to the search.
                result[i] = Contains(offset);
                continue;
            }
            while (u < _unionEnd.Length && _unionEnd[u] <= offset)
            {
                u++;
            }
            result[i] = u < _unionStart.Length && _unionStart[u] <= offset;
        }
    }

    /// <summary>How many code units of <paramref name="span"/> the spans cover, counting overlaps once.</summary>
    public int CoveredLength(TextSpan span)
    {
        var covered = 0;
        for (var i = FirstUnionEndingAfter(span.Start); i < _unionStart.Length && _unionStart[i] < span.End; i++)
        {
            covered += Math.Min(_unionEnd[i], span.End) - Math.Max(_unionStart[i], span.Start);
        }
        return covered;
    }

    // The first interval of the union that ends after offset (so it contains it, or lies wholly after it).
    private int FirstUnionEndingAfter(int offset)
    {
        var low = 0;
        var high = _unionEnd.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_unionEnd[middle] <= offset)
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
