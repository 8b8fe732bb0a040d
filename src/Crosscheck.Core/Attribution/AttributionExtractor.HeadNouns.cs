using Crosscheck.Entities;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // At most this many words between a name used as a modifier and the person or noun it modifies.
    private const int MaxHeadNounGap = 4;

    // Nouns for a record a body keeps or publishes: after a name they head the source ("the Harbour Ledger poll
    // average", "FEC filings", "the FBI data"), and the annotators mark the whole phrase.
    private static readonly string[] RecordNouns =
    [
        "poll", "polls", "polling", "survey", "surveys", "average", "data", "filings", "records", "report", "reports",
        "documents", "analysis", "figures", "estimates", "study", "tally", "tracker", "memo", "cables", "account",
        "projections", "numbers", "statement", "findings",
    ];

    /// <summary>
    /// Widens a speaker phrase read forward whose name is only a modifier: "said Vodena campaign manager Tomas Brel"
    /// (the person after the role words speaks, and the phrase runs from the modifier to the name), "according to
    /// FEC filings", "according to the Harbour Ledger poll average" (a record noun heads the phrase; the body stays
    /// the speaker). The parsers stop at the end of an entity mention or a capitalised run, which cut these phrases
    /// after the modifier. Pronouns and people's own names are left alone for the record nouns ("said Ruiz
    /// supporters" is another matter).
    /// </summary>
    private SpeakerPhrase WidenOverHeadNoun(SpeakerPhrase phrase, int limit)
    {
        // Most phrases end at their limit or before a mark or capital: this runs inside every backward parse, so the
        // common case leaves at once.
        if (phrase.Kind == SpeakerKind.Pronoun || phrase.Last >= limit || !IsLower(phrase.Last + 1))
        {
            return phrase;
        }
        var lower = 0;
        var head = -1;
        for (var k = phrase.Last + 1; k <= limit && k <= phrase.Last + MaxHeadNounGap + 1; k++)
        {
            if (lower > 0 && MentionAt(k) is { Kind: EntityKind.Person, Form: MentionForm.Name } person && person.Span.Start == _tokens[k].Span.Start
                && TokenBefore(person.Span.End) is var personLast && personLast <= limit && personLast >= k)
            {
                // "Fox News judicial analyst Judge Ana Kovic": the person after the role words is the speaker.
                var span = SpanOf(phrase.First, personLast);
                return new SpeakerPhrase(phrase.First, personLast, span, SpeakerKind.Name, person.Span) { MentionKey = person.Key, Title = person.Title };
            }
            if (IsLower(k) && !Word(k).EndsWith("ly", StringComparison.Ordinal) && !Word(k).EndsWith("ing", StringComparison.Ordinal) && !Word(k).EndsWith("ed", StringComparison.Ordinal)
                && !IsCueWord(k) && !AttributionLexicons.StopwordLookup.Contains(Word(k)) && !IsFunctionWord(k) && !IsLeftBoundary(k))
            {
                lower++;
                head = IsOneOf(k, RecordNouns) ? k : -1;
                continue;
            }
            if (lower > 0 && (IsCapitalised(k) && AttributionLexicons.TitleLookup.Contains(Word(k)) || IsAbbreviationDot(k)))
            {
                head = -1;
                continue; // "spokesman Navy Capt. Ana Kovic": a title before the name
            }
            break;
        }
        if (head < 0 && RoleAfterModifyingRole(phrase, limit) is var role and >= 0)
        {
            return phrase with { Last = role, Span = SpanOf(phrase.First, role) };
        }
        if (head < 0 || phrase.Kind == SpeakerKind.Name && phrase.MentionKey is not null || !EndsNounPhrase(head + 1, limit))
        {
            return phrase;
        }
        return phrase with { Last = head, Span = SpanOf(phrase.First, head) };
    }

    /// <summary>Whether token <paramref name="k"/> may follow a noun phrase's last word: the limit, a mark, a clause word, a preposition, a cue.</summary>
    private bool EndsNounPhrase(int k, int limit) =>
        k > limit || k >= _tokens.Length || !IsWord(k) || IsFunctionWord(k) || IsLeftBoundary(k) || IsCueWord(k);
}
