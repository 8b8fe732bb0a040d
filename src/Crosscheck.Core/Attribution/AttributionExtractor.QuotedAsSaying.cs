using Crosscheck.Documents;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // The participles of "quoted Ruiz as saying …".
    private static readonly string[] QuotedAsVerbs = ["saying", "telling", "stating", "writing", "warning", "describing"];

    /// <summary>
    /// "The Daily Ledger quoted Ruiz as saying that the deal was dead": the outlet's relation (cue "quoted", content
    /// "Ruiz as saying …") is what PolNeAR marks, but the statement is Ruiz's, taken from the Ledger. As with
    /// <see cref="AddRelayedQuotes"/>, the outer relation stays, marked <see cref="Quote.Relays"/>, and Ruiz's quote is
    /// added after it with <see cref="Quote.RelayedBy"/> naming the outlet. Only an outlet or organisation relays (see
    /// <see cref="Relays"/>), and the quoted speaker must name someone (<see cref="NamesRelayedSpeaker"/>). Runs after
    /// every other pass, so none of them sees these quotes.
    /// </summary>
    private void AddQuotedAsSaying()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var outer = _quotes[q];
            if (outer.Relays || outer.RelayedBy is not null || outer.Kind == QuoteKind.Direct || outer.CueSpan is not { } cue
                || outer.SpeakerSpan is not { } relay || !_text.AsSpan(cue.Start, cue.Length).EndsWith("quoted", StringComparison.OrdinalIgnoreCase)
                || !Relays(relay, reported: true))
            {
                continue;
            }
            var first = TokenAtOrAfter(outer.Span.Start);
            var end = outer.Span.End;
            var asAt = -1;
            for (var k = first + 1; k < _tokens.Length && k <= first + 10 && _tokens[k].Span.End <= end; k++)
            {
                if (Is(k, "as") && IsOneOf(k + 1, QuotedAsVerbs))
                {
                    asAt = k;
                    break;
                }
            }
            if (asAt < 0 || ParseSpeakerForward(first, asAt - 1) is not { } speaker || speaker.Last != asAt - 1
                || !NamesRelayedSpeaker(speaker.Span) || !SpeaksForItself(speaker.Span))
            {
                continue;
            }
            var verb = asAt + 1;
            var contentStart = verb + 1;
            if (contentStart >= _tokens.Length || _tokens[contentStart].Span.Start >= end)
            {
                continue;
            }
            var content = TextSpan.FromBounds(_tokens[contentStart].Span.Start, end);
            if (CountWords(content) < 2)
            {
                continue;
            }
            var verbSpan = _tokens[verb].Span;
            var inner = new Quote(content, TextOf(content), QuoteKind.Indirect)
            {
                Speaker = Resolve(speaker, verbSpan.Start, content, QuoteKind.Indirect) ?? TextOf(speaker.Span),
                SpeakerSpan = speaker.Span,
                SourceSpan = speaker.Span,
                Cue = TextOf(verbSpan),
                CueSpan = verbSpan,
                SentenceIndex = outer.SentenceIndex,
                Parts = [content],
                RelayedBy = outer.Speaker ?? TextOf(relay),
                // The name, without the article the speaker phrase starts with ("The Daily Ledger").
                RelayedBySpan = Is(TokenAtOrAfter(relay.Start), "the") && TokenAtOrAfter(relay.Start) + 1 < _tokens.Length
                    ? TextSpan.FromBounds(_tokens[TokenAtOrAfter(relay.Start) + 1].Span.Start, relay.End) : relay,
            };
            _quotes[q] = outer with { Relays = true };
            _quotes.Insert(q + 1, inner);
            q++;
        }
    }
}
