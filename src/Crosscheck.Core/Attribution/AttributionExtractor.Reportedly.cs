using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// "The port is reportedly weighing a sale": the adverb attributes its clause to reports it does not name. PolNeAR
    /// marks "reportedly" as the cue of a relation without a source whose content is the clause around it (18 of 27 uses
    /// in train), and no rule made one: the cue model scores the adverb low and the quote rules need a verb. Added after
    /// the quote filter, which was never trained on such quotes. Not where the clause already holds an attribution
    /// ("Ruiz reportedly said …", whose cue is the verb's), nor inside a quotation or another quote's content.
    /// </summary>
    private void AddReportedlyQuotes()
    {
        var added = false;
        for (var i = 0; i < _tokens.Length; i++)
        {
            if (_tokens[i].Span.Length != 10 || !Is(i, "reportedly") || InsideRun(_tokens[i].Span.Start))
            {
                continue;
            }
            var (first, last) = SentenceTokens(_tokenSentence[i]);
            var start = first;
            var end = last;
            for (var k = i - 1; k > first; k--)
            {
                if (IsPunct(k, ';') || IsPunct(k, ':'))
                {
                    start = k + 1;
                    break;
                }
            }
            for (var k = i + 1; k < last; k++)
            {
                if (IsPunct(k, ';') || IsPunct(k, ':'))
                {
                    end = k - 1;
                    break;
                }
            }
            while (end > i && _tokens[end].Kind == TokenKind.Punctuation)
            {
                end--;
            }
            var afterComma = i == start && IsPunct(i + 1, ',');
            if (end <= i + (afterComma ? 2 : 1))
            {
                continue;
            }
            var content = SpanOf(start, end);
            var taken = false;
            foreach (var quote in _quotes)
            {
                taken = quote.CueSpan is { } cue && content.Contains(cue);
                foreach (var part in quote.Parts)
                {
                    taken |= part.Contains(_tokens[i].Span);
                }
                if (taken)
                {
                    break;
                }
            }
            if (taken)
            {
                continue;
            }
            // The content keeps the adverb inside it, though PolNeAR leaves it out (a discontinuous span; the relation
            // matches either way): the hedge is part of what a reader and the cross-check compare, and a copy that
            // keeps "reportedly" under another attribution ("…, engineers warned.") must not read as hedge added.
            var span = i == start ? SpanOf(afterComma ? i + 2 : i + 1, end) : content;
            AddQuote(span, QuoteKind.Indirect, new CueMatch(i, i, "reportedly", CueClass.Speech), null, null, null, _tokens[i].Span.Start);
            added = true;
        }
        if (added)
        {
            SortQuotes();
        }
    }
}
