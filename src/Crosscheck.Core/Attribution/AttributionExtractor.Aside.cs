using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Words that open a clause or list set off between a subject and its verb ("The complaint, which was filed in
    // Lorton, alleged …", "Several unions, including the dockers, said …").
    private static readonly string[] AsideOpeners = ["which", "who", "whose", "including"];

    // The longest subject this reads before such an aside.
    private const int MaxAsideSubjectTokens = 12;

    /// <summary>
    /// The noun phrase that opens the sentence before a set-off relative clause or "including" list that ends at the
    /// comma <paramref name="comma"/> before the cue, when no speaker rule names it: "The complaint, which was filed
    /// on Friday, alleged …", "Exit polls from the Lorton primary, which Ruiz won, showed …". The phrase must hold
    /// no verb (no auxiliary, cue word or "-ed" form) and start with a capital, a determiner or a quantifier. Null otherwise.
    /// </summary>
    private SpeakerPhrase? NounPhraseBeforeAside(int floor, int comma)
    {
        var c = comma - 1;
        while (c > floor && c >= comma - 30 && !IsPunct(c, ','))
        {
            c--;
        }
        if (c <= floor || !IsPunct(c, ',') || !IsOneOf(c + 1, AsideOpeners) || c - floor > MaxAsideSubjectTokens)
        {
            return null;
        }
        return SubjectPhrase(floor, c - 1);
    }

    /// <summary>
    /// Tokens <paramref name="start"/> to <paramref name="last"/> as the subject noun phrase before a set-off phrase:
    /// it starts with a capital, a determiner or a quantifier (not a clause opener or an adverbial), ends in a word
    /// that can end a subject, and holds no verb (no auxiliary, cue word or lower-case "-ed" form). Null otherwise.
    /// </summary>
    private SpeakerPhrase? SubjectPhrase(int start, int last)
    {
        if (!(IsCapitalised(start) || IsOneOf(start, SubjectDeterminers) || IsQuantifier(start)) || IsOneOf(start, ClauseOpeners) || StartsAdverbial(start))
        {
            return null;
        }
        if (!IsWord(last) || IsOneOf(last, NotSubjectEnds) || IsOneOf(last, GapPrepositions))
        {
            return null;
        }
        for (var k = start; k <= last; k++)
        {
            var inside = IsWord(k) && !(IsLower(k) && (IsOneOf(k, FiniteAuxiliaries) || IsCueWord(k) || Word(k).EndsWith("ed", StringComparison.Ordinal) || IsOneOf(k, ClauseOpeners) && !Is(k, "and")))
                || _tokens[k].Kind == TokenKind.Number || IsAbbreviationDot(k) || IsAttachedMark(k);
            if (!inside)
            {
                return null;
            }
        }
        var span = SpanOf(start, last);
        return ParseSpeakerBackward(last, start) is { } named && named.First == start ? named : new SpeakerPhrase(start, last, span, SpeakerKind.Organization, span);
    }
}
