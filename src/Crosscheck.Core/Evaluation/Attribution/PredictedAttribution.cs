using Crosscheck.Attribution;
using Crosscheck.Documents;

namespace Crosscheck.Evaluation.Attribution;

/// <summary>
/// One predicted attribution relation in scoring form: a <see cref="Quote"/> mapped onto the three PolNeAR roles.
/// </summary>
/// <param name="Content">Content fragments: <see cref="Quote.Parts"/> when the quote has pieces, else <see cref="Quote.Span"/>.</param>
/// <param name="Cue"><see cref="Quote.CueSpan"/>, when the extractor found a cue.</param>
/// <param name="Source"><see cref="Quote.SpeakerSpan"/>: the speaker's own mention in the cue's sentence.</param>
/// <param name="SpeakerName"><see cref="Quote.Speaker"/>: the resolved full name, used only by the name-match variant.</param>
public sealed record PredictedAttribution(IReadOnlyList<TextSpan> Content, TextSpan? Cue, TextSpan? Source, string? SpeakerName)
{
    /// <summary>Maps a quote onto the roles: Content = the quoted pieces (<see cref="Quote.Span"/> when there is one piece), Cue = <see cref="Quote.CueSpan"/>, Source = <see cref="Quote.SourceSpan"/> (the whole source phrase, as PolNeAR marks it), else <see cref="Quote.SpeakerSpan"/>.</summary>
    public static PredictedAttribution FromQuote(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        // An interrupted quote ("…,” he said, “…”) has one Span running over the cue; its Parts leave the cue out,
        // which is how PolNeAR marks such content (one discontinuous span).
        IReadOnlyList<TextSpan> content = quote.Parts.Count > 0 ? quote.Parts : [quote.Span];
        return new PredictedAttribution(content, quote.CueSpan, quote.SourceSpan ?? quote.SpeakerSpan, quote.Speaker);
    }

    /// <summary>
    /// Maps the quotes an analysis scores: all but the relayed ones (<see cref="Quote.RelayedBy"/>). PolNeAR is
    /// univocal and marks only the outer relation of "According to the Ledger, Marenko said …", which the analysis
    /// keeps (<see cref="Quote.Relays"/>); the inner quote it adds for readers has no gold relation to match.
    /// </summary>
    public static PredictedAttribution[] FromQuotes(IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var count = 0;
        for (var q = 0; q < quotes.Count; q++)
        {
            count += quotes[q].RelayedBy is null ? 1 : 0;
        }
        var predicted = new PredictedAttribution[count];
        var at = 0;
        for (var q = 0; q < quotes.Count; q++)
        {
            if (quotes[q].RelayedBy is null)
            {
                predicted[at++] = FromQuote(quotes[q]);
            }
        }
        return predicted;
    }
}
