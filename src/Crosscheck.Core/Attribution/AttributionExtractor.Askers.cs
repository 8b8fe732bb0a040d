namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// Credits a question read after "asked by" to who asked it: "Asked by Tomas Berg whether the ferry would run, Vask
    /// said …", "when asked by a reporter about the fares". The agentless "Asked …" rule gives such a question no
    /// source, while PolNeAR marks the agent after "by" as its source (held-out predictions on train: 6 such quotes, 5
    /// with exactly that source and none without one). Runs after the quote filter, so the filter still scores the
    /// quote as it was trained to.
    /// </summary>
    private void CreditAskers()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (quote.SpeakerSpan is not null || quote.SourceSpan is not null || quote.CueSpan is not { } cue)
            {
                continue;
            }
            var asked = TokenAtOrAfter(cue.Start);
            if (!Is(asked, "asked") || !Is(asked + 1, "by") || _tokens[asked].Span.End != cue.End)
            {
                continue;
            }
            // The agent ends before the question, within the cue's sentence.
            var contentFirst = TokenAtOrAfter(quote.Span.Start);
            var limit = Math.Min(contentFirst - 1, SentenceTokens(_tokenSentence[asked]).Last);
            if (contentFirst <= asked || ParseSpeakerForward(asked + 2, limit) is not { } agent)
            {
                continue;
            }
            var span = WithoutVerbTail(agent.Span);
            _quotes[q] = quote with { Speaker = Resolve(agent, agent.Span.Start, quote.Span, quote.Kind), SpeakerSpan = span, SourceSpan = span };
        }
    }
}
