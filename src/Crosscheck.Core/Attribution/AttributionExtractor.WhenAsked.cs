using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// "“We will see,” Ruiz said when asked whether she would run.": the question after "when asked" is an attribution
    /// without a source (PolNeAR marks "asked" or "asked about" as its cue). The question rule in the cue loop
    /// (<see cref="AskedQuestion"/>) needs a comma after the question; to the sentence's end it is read here, after the
    /// filter: the cue model vetoes most such cues ("asked about the delay." scores below the hand-cue veto), and a
    /// question made before the filter stood between a direct quote and its continuation in the next paragraph, which
    /// then lost its speaker. Not inside a quotation or another quote's content, nor where a quote already holds the cue.
    /// </summary>
    private void AddWhenAskedQuotes()
    {
        var added = false;
        for (var i = 1; i < _tokens.Length; i++)
        {
            if (_tokens[i].Span.Length != 5 || !Is(i, "asked") || !IsOneOf(i - 1, WhenWords) || InsideRun(_tokens[i].Span.Start))
            {
                continue;
            }
            var (first, last) = SentenceTokens(_tokenSentence[i]);
            var contentEnd = last;
            while (contentEnd > first && _tokens[contentEnd].Kind == TokenKind.Punctuation && _text[_tokens[contentEnd].Span.Start] is '.' or '!' or '?' or ';' or '\u2026')
            {
                contentEnd--;
            }
            if (i - 1 <= first || AskedQuestion(i, first, contentEnd, afterClause: true) is not var (askedLast, questionFirst, questionLast))
            {
                continue;
            }
            var asked = _tokens[i].Span;
            var taken = false;
            foreach (var quote in _quotes)
            {
                taken = quote.CueSpan is { } cue && cue.Start <= asked.Start && asked.End <= cue.End;
                foreach (var part in quote.Parts)
                {
                    taken |= part.Start < asked.End && asked.Start < part.End;
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
            AddQuote(SpanOf(questionFirst, questionLast), QuoteKind.Indirect, new CueMatch(i, askedLast, "ask", CueClass.Speech), null, null, null, asked.Start);
            added = true;
        }
        if (added)
        {
            SortQuotes();
        }
    }
}
