using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Words that open a clause inside a sentence whose subject a later coordinated verb shares. "as", "since", "after",
    // "before" and "until" are left out: on PolNeAR train they were more often prepositions ("cast her as unqualified",
    // "since announcing") than clause openers, and the sentence's subject was then the right source.
    private static readonly string[] CoordinationOpeners = ["when", "while", "because", "although", "though", "if", "whereas", "who", "which", "where"];

    // The longest stretch read back from "and" to the clause opener.
    private const int MaxCoordinationTokens = 30;

    /// <summary>
    /// The subject of the clause a coordinated cue continues, when that clause opens with a subordinator or a relative
    /// pronoun inside the sentence: "The crowd cheered when Ana Ruiz spotted a sign and asked for it" (Ruiz, not the
    /// crowd); "an engineer who saw the crash and described it" (the relative pronoun, as PolNeAR marks it); "the
    /// hearing, in which she laid out the case but then announced …" (she). The clause must run from its opener to
    /// <paramref name="and"/> without a comma, dash, colon or sentence mark, so it has not closed before the "and";
    /// a parenthesis inside it is read past. Null otherwise (the caller falls back to the sentence's subject).
    /// </summary>
    private SpeakerPhrase? CoordinatedClauseSubject(int floor, int and)
    {
        var depth = 0;
        for (var k = and - 1; k > floor && k >= and - MaxCoordinationTokens; k--)
        {
            if (IsPunct(k, ')'))
            {
                depth++;
                continue;
            }
            if (IsPunct(k, '('))
            {
                depth--;
                continue;
            }
            // A double hyphen is a dash ("Ruiz -- who had lost -- said"), though its marks touch like a hyphen's.
            var dash = IsPunct(k, '-') && (IsPunct(k - 1, '-') || IsPunct(k + 1, '-'));
            if (depth > 0 || !dash && (IsAbbreviationDot(k) || IsAttachedMark(k)) || _tokens[k].Kind == TokenKind.Number)
            {
                continue;
            }
            if (_tokens[k].Kind == TokenKind.Punctuation)
            {
                // Quotation marks inside the clause ("called them “rapists” and promised …") do not close it.
                if (IsPunct(k, '"') || IsPunct(k, '\u201C') || IsPunct(k, '\u201D'))
                {
                    continue;
                }
                return null;
            }
            if (!IsLower(k) || !IsOneOf(k, CoordinationOpeners))
            {
                continue;
            }
            // "on who Cameron would back": an interrogative after a preposition opens no clause with a subject of its
            // own here; "in which she laid out …" has its subject after the pronoun.
            var afterPreposition = IsOneOf(k - 1, GapPrepositions);
            if ((Is(k, "who") || Is(k, "which")) && IsLower(k + 1) && !IsOneOf(k + 1, SubjectPronouns) && !Is(k + 1, "it") && !Is(k + 1, "you"))
            {
                return afterPreposition ? null : new SpeakerPhrase(k, k, _tokens[k].Span, SpeakerKind.Pronoun, _tokens[k].Span);
            }
            return SentenceSubject(k + 1, and - 1) is { } subject && subject.Last + 1 < and && IsLower(subject.Last + 1) && !IsOneOf(subject.Last + 1, ClauseOpeners)
                ? subject
                : null;
        }
        return null;
    }
}
