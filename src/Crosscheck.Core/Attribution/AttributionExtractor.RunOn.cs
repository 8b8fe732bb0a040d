using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Words that join a clause to the next attribution and belong to neither content: "…, but [Ruiz said] …".
    private static readonly string[] RunOnJoiners = ["and", "but", "while", "as", "so", "although", "though", "whereas", "yet", "or", "because", "which", "who", "whom", "when", "where"];

    /// <summary>
    /// Ends a reported content before the next attribution that starts inside it. "Most members said yes, but half
    /// the staff say it failed" holds two attributions, and PolNeAR gives each token one role: the first content is
    /// "yes", not "yes, but half the staff say it failed". Runs after <see cref="DropNested"/>, which has removed the
    /// attributions embedded in a content's first clause ("said she plans to …"); those that remain start a new
    /// clause.
    /// </summary>
    private void TrimRunOns()
    {
        if (_quotes.Count < 2)
        {
            return;
        }
        // Cue starts in text order, to find the first cue inside a content by binary search (linear overall).
        var cueStarts = new List<(int Start, int Quote)>(_quotes.Count);
        for (var q = 0; q < _quotes.Count; q++)
        {
            if (_quotes[q].CueSpan is { } cue)
            {
                cueStarts.Add((cue.Start, q));
            }
        }
        cueStarts.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var keep = 0;
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            // Only a content that follows its cue runs on: one before it ("Ruiz has kept her lead, the poll found") or
            // after "according to X" is a whole clause the source vouches for, attributions inside it included.
            if (quote.Kind != QuoteKind.Direct && quote.Parts.Count <= 1 && quote.CueSpan is { } outerCue && outerCue.End <= quote.Span.Start
                && !quote.Cue.AsSpan().StartsWith("according", StringComparison.OrdinalIgnoreCase)
                && FirstCueInside(cueStarts, quote, q) is var other and >= 0)
            {
                var inner = _quotes[other];
                var boundary = inner.CueSpan!.Value.Start;
                if (inner.SourceSpan is { } source && source.Start > quote.Span.Start && source.Start < boundary)
                {
                    boundary = source.Start;
                }
                // With nothing before the other attribution, the content is a clause that holds it ("Ruiz said the
                // plan failed, according to the Ledger"): left whole.
                if (Trimmed(quote.Span.Start, boundary) is { } kept)
                {
                    quote = quote with { Span = kept, Text = TextOf(kept), Parts = [kept] };
                }
            }
            _quotes[keep++] = quote;
        }
        _quotes.RemoveRange(keep, _quotes.Count - keep);
    }

    private int FirstCueInside(List<(int Start, int Quote)> cueStarts, Quote quote, int self)
    {
        int lo = 0, hi = cueStarts.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cueStarts[mid].Start <= quote.Span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var k = lo; k < cueStarts.Count && cueStarts[k].Start < quote.Span.End; k++)
        {
            var other = cueStarts[k].Quote;
            var inner = _quotes[other];
            // The inner attribution reads forward ("…, but half say [it failed]") and starts a clause of its own; a
            // parenthetical ", he said," or a cue in the middle of a phrase stays inside the content.
            if (other != self && (inner.Span.Start >= inner.CueSpan!.Value.End || AsClause(inner, quote)) && !InsideRun(cueStarts[k].Start) && StartsClause(inner, quote.Span.Start))
            {
                return other;
            }
        }
        return -1;
    }

    private static readonly string[] RunOnClauseOpeners = ["which", "who", "whom", "when", "where", "while", "whereas", "because"];

    /// <summary>Whether the attribution's subject (or cue, when it has none) follows a comma, dash, colon or a clause-opening word.</summary>
    private bool StartsClause(Quote inner, int floor)
    {
        var start = inner.CueSpan!.Value.Start;
        if (inner.SourceSpan is { } source && source.Start < start && source.Start > floor)
        {
            start = source.Start;
        }
        var before = TokenBefore(start);
        return before >= 0 && _tokens[before].Span.Start >= floor
            && (IsPunct(before, ',') || IsPunct(before, '\u2014') || IsPunct(before, '\u2013') || IsPunct(before, '-') || IsPunct(before, ':')
                || IsOneOf(before, RunOnJoiners) || IsOneOf(before, RunOnClauseOpeners) || OpensOwnClause(inner));
    }

    /// <summary>The span from <paramref name="start"/> to the last word before <paramref name="end"/>, without trailing punctuation and joiners; null when no word is left.</summary>
    private TextSpan? Trimmed(int start, int end)
    {
        var last = TokenBefore(end);
        var first = TokenAtOrAfter(start);
        while (last >= first && (_tokens[last].Kind == TokenKind.Punctuation && !IsPunct(last, '\u201D') && !IsPunct(last, '"') || IsOneOf(last, RunOnJoiners) || IsOneOf(last, SubordinateOpeners)))
        {
            last--;
        }
        return last < first ? null : TextSpan.FromBounds(_tokens[first].Span.Start, _tokens[last].Span.End);
    }

    /// <summary>
    /// Whether the attribution is a set-off "…, as the Ledger reported" inside the content: its own content lies before
    /// it, so the content that runs into it ends at the comma ("threatened to end the contract, as the Ledger reported").
    /// </summary>
    private bool AsClause(Quote inner, Quote outer)
    {
        if (inner.SourceSpan is not { } source || source.Start <= outer.Span.Start || inner.Span.End > source.Start)
        {
            return false;
        }
        var before = TokenBefore(source.Start);
        return Is(before, "as") && IsPunct(before - 1, ',');
    }
}
