using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Conjunctions that may open the clause before its subject ("But other advisers, …, say").
    private static readonly string[] LeadingConjunctions = ["but", "and", "yet", "so"];

    // The longest phrase set off between the subject and its verb that this reads past.
    private const int MaxSetOffTokens = 40;

    /// <summary>
    /// The noun phrase that opens the clause and ends at its first comma, when everything from there to the comma
    /// <paramref name="comma"/> before the cue is one set-off phrase of any shape: an apposition ("Two pilots, Dora
    /// Vance and Marko Kovac, had challenged …", "Kovac's father, the Rev. Ivo Kovac, knew …"), a participle ("The
    /// memo, sent to the mayor and forwarded to Ruiz, called …") or a sentence adverbial ("Cement makers, for
    /// instance, argue …"). Used only when no speaker rule names the subject; the phrase must hold no verb and the
    /// set-off part no sentence punctuation. A one-word phrase must be a known mention ("Still, …" is an opener).
    /// </summary>
    private SpeakerPhrase? SubjectBeforeSetOff(int floor, int comma)
    {
        var start = floor;
        if (IsOneOf(start, LeadingConjunctions) && start + 1 < comma)
        {
            start++;
        }
        var first = -1;
        for (var k = start + 1; k < comma && k <= start + MaxAsideSubjectTokens; k++)
        {
            if (IsPunct(k, ','))
            {
                first = k;
                break;
            }
        }
        if (first < 0 || comma - first > MaxSetOffTokens || comma - first < 2)
        {
            return null;
        }
        var last = first - 1;
        // A one-word subject must be a known mention: "Still, …" opens the sentence as an adverb.
        if (last == start && MentionAt(start) is null)
        {
            return null;
        }
        for (var k = first + 1; k < comma; k++)
        {
            if (_tokens[k].Kind == TokenKind.Punctuation && (IsPunct(k, ';') || IsPunct(k, ':') || IsPunct(k, '?') || IsPunct(k, '!') || IsPunct(k, '.') && !IsAbbreviationDot(k)))
            {
                return null;
            }
        }
        return SubjectPhrase(start, last);
    }
}
