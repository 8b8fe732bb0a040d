using Crosscheck.Entities;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// The addressee of a cue given with "to" after it, "…, Mayor Ilse Dravant admitted to the Coast Herald.", "…
    /// conceded to reporters": the token after the phrase, and the medium as a named venue when it is one; null
    /// otherwise. Only "told" read its addressee, so after any other cue the "to" phrase was taken for the start of a
    /// content and a post-posed attribution made no quote. The phrase must end the clause (its end, a comma, a time or
    /// "that"), so "admitted to lying" and "agreed to the plan that …" stay what they were; a capitalised name needs
    /// "the" before it or an outlet or organisation mention, so "said to Ruiz" names no medium.
    /// </summary>
    private (int Next, VenueMatch? Venue)? AddresseeTo(int i, int limit)
    {
        if (!Is(i, "to") || i + 1 > limit)
        {
            return null;
        }
        if (IsOneOf(i + 1, AddresseeEnds) && IsLower(i + 1) && EndsAddressee(i + 1) && !IsPunct(i + 2, ','))
        {
            // "to reporters"; not before a comma, where a quotation may follow an adverbial ("say to me, more than
            // once, “…”") that the content would then open with.
            return (i + 2, null);
        }
        var named = Is(i + 1, "the") && IsCapitalised(i + 2)
            || MentionAt(i + 1) is { Kind: EntityKind.Outlet or EntityKind.Organization } mention && mention.Span.Start == _tokens[i + 1].Span.Start;
        if (named && ParseOutletName(i + 1, limit) is { } outlet && outlet.Kind != SpeakerKind.Pronoun && EndsAddressee(outlet.Last))
        {
            return (outlet.Last + 1, new VenueMatch(TextOf(outlet.NameSpan), outlet.NameSpan, SpanOf(i, outlet.Last), Named: true));
        }
        return null;

        bool EndsAddressee(int last) =>
            last >= limit || IsPunct(last + 1, ',') || IsPunct(last + 1, '.') || IsPunct(last + 1, ';') || IsTimeWord(last + 1) || Is(last + 1, "that");
    }
}
