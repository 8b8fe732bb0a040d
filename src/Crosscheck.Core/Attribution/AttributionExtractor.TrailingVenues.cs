namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Nouns of the speech event itself: "in an interview with Radio Vell", "in remarks to reporters", "in a statement".
    // Places and occasions ("at a rally", "in a hearing") are left to the content: what happened there is often what
    // was reported ("said he had lied in a hearing").
    private static readonly string[] SpeechEventNouns =
        ["interview", "interviews", "remarks", "statement", "post", "tweet", "email", "e-mail", "op-ed", "letter", "speech", "podcast", "broadcast", "video"];

    /// <summary>
    /// Moves a venue phrase that closes an indirect content off it and onto the quote: "Tomas Brand said the plan was
    /// dead in an interview with Radio Vell on Friday." read the interview as part of what Brand said, and the quote had
    /// no venue. The phrase must open with "in", name a speech event (<see cref="SpeechEventNouns"/>) and run to the
    /// content's end, past an addressee and time words only ("to reporters on Friday"), outside quotation marks; the cue
    /// must come before the content, and the quote must have no venue yet.
    /// </summary>
    private void MoveTrailingVenuesOffContents()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (quote.Kind == QuoteKind.Direct || quote.Parts.Count > 1 || quote.Venue is not null || quote.CueSpan is not { } cue
                || cue.End > quote.Span.Start || quote.Span.Length == 0)
            {
                continue;
            }
            var first = TokenAtOrAfter(quote.Span.Start);
            var last = TokenBefore(quote.Span.End);
            for (var k = first + 2; k <= last - 2; k++)
            {
                if (!Is(k, "in") || InsideRun(_tokens[k].Span.Start) || ParseVenue(k, last) is not { } venue || !RunsToContentEnd(venue, last) || !NamesSpeechEvent(k, venue))
                {
                    continue;
                }
                var end = IsPunct(k - 1, ',') ? k - 2 : k - 1;
                if (end - first < 1)
                {
                    break;
                }
                var content = SpanOf(first, end);
                _quotes[q] = quote with { Span = content, Text = TextOf(content), Parts = [content], Venue = venue.Name, VenueSpan = venue.NameSpan };
                break;
            }
        }
    }

    /// <summary>
    /// Whether only time words ("on Friday morning", "last week") follow the venue phrase up to <paramref name="last"/>,
    /// after an addressee the phrase may name ("in remarks to reporters").
    /// </summary>
    private bool RunsToContentEnd(VenueMatch venue, int last)
    {
        var t = TokenAtOrAfter(venue.Span.End);
        if (Is(t, "to"))
        {
            t += Is(t + 1, "the") ? 2 : 1;
            if (!IsOneOf(t, AddresseeEnds))
            {
                return false;
            }
            t++;
        }
        for (; t <= last; t++)
        {
            if (!IsTimeWord(t))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the venue phrase from token <paramref name="k"/> names a speech event.</summary>
    private bool NamesSpeechEvent(int k, VenueMatch venue)
    {
        var end = TokenBefore(venue.Span.End);
        for (var t = k + 1; t <= end; t++)
        {
            if (IsOneOf(t, SpeechEventNouns))
            {
                return true;
            }
        }
        return false;
    }
}
