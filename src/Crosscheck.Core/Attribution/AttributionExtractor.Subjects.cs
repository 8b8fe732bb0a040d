using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Words a subject noun phrase does not reach back over: they open the clause or belong to another one.
    private static readonly ListedWords SubjectStops =
    [
        "that", "but", "while", "because", "when", "if", "though", "although", "whereas", "who", "which", "where", "whom",
        "after", "before", "since", "so", "than", "to", "by", "as", "said", "says", "say", "is", "was", "are", "were",
        "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "do", "does", "did",
    ];

    // Words that open the clause rather than the noun phrase ("In Vodena, polls show", "Meanwhile the council said").
    private static readonly ListedWords SubjectOpeners =
        ["in", "on", "at", "for", "with", "from", "of", "and", "or", "also", "however", "meanwhile", "then", "now", "still", "but", "yet", "instead"];

    private static readonly ListedWords Determiners = ["its", "our", "my", "your", "some", "any", "no", "every", "each", "all", "such", "very", "most", "many", "much", "other", "another"];

    private static readonly string[] ObjectPronouns = ["him", "her", "them", "me", "us", "it", "this", "there", "here"];

    /// <summary>
    /// When no speaker rule parses the subject of a cue the cue model is sure of, the noun phrase before it up to the
    /// clause start stands in ("Six in 10 say", "Early results of an entrance poll are showing", "FEC records from
    /// 2008 show"): annotators mark such phrases as the source, and a cue this likely has one.
    /// </summary>
    private SpeakerPhrase? FallbackSubject(CueMatch cue, int floor, int b)
    {
        if (!IsLower(cue.First) || b < floor || !IsCueCandidate(cue.First) || CueScore(cue.First) < _options.FallbackSubjectScore)
        {
            return null;
        }
        // A bare participle ("…, saying") shares another subject; the comma rules handle it. Right after a noun it
        // modifies that noun, which is its source ("super PACs supporting Kovac", "those urging a recount").
        if (b == cue.First - 1 && Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !NounBeforeParticiple(b))
        {
            return null;
        }
        // A subject ends in a noun or a number, not in a determiner ("The blast damaged …" has no subject "The").
        if (!(IsWord(b) || _tokens[b].Kind == TokenKind.Number || IsPercentSign(b)) || IsOneOf(b, SubjectStops) || IsOneOf(b, SubjectOpeners) || IsOneOf(b, ObjectPronouns) || IsOneOf(b, ClauseOpeners)
            || IsOneOf(b, NotSubjectEnds) || IsOneOf(b, Determiners))
        {
            return null;
        }
        if (IsPercentSign(b))
        {
            // A share is the whole subject ("42% say", "nearly 42% say"); a longer phrase ending in one is an object
            // or a measure ("below the high of 18.1% recorded in April").
            var share = IsOneOf(b - 2, ShareApproximators) && b - 2 >= floor ? b - 2 : b - 1;
            return share - 1 >= floor && !(IsPunct(share - 1, ',') || IsPunct(share - 1, ';') || IsPunct(share - 1, ':') || IsOneOf(share - 1, ShareOpeners))
                ? null
                : new SpeakerPhrase(share, b, SpanOf(share, b), SpeakerKind.Organization, SpanOf(share, b));
        }
        var start = b;
        while (start - 1 >= floor && b - start < 14)
        {
            var p = start - 1;
            // A verb of the hand lexicon belongs to another clause; the lexicon check is cheaper than the model's.
            var part = IsWord(p) && !IsOneOf(p, SubjectStops) && !(IsLower(p) && IsCueWord(p))
                || _tokens[p].Kind == TokenKind.Number || IsPercentSign(p)
                || (IsPunct(p, '\'') || IsPunct(p, '\u2019') || IsPunct(p, '-') || IsPunct(p, '/')) && Attached(p)
                || IsAbbreviationDot(p);
            if (!part)
            {
                break;
            }
            start = p;
        }
        // "An official who spoke on condition of anonymity said": the walk stopped at a relative "who", so what it
        // read is the relative clause, not the subject. The subject is the person the clause is about, the speaker
        // phrase before "who" (past a comma: "Ana Ruiz, who in 2010 said"); the quote stays unresolved if there is
        // none. Not when "who" is the clause's object and a subject follows it ("Barros, who the victims say was …").
        if (start - 1 > floor && Is(start - 1, "who") && IsLower(start - 1) && IsLower(start)
            && !Is(start, "the") && !Is(start, "a") && !Is(start, "an") && !IsOneOf(start, Determiners) && !IsOneOf(start, SubjectPronouns)
            && !IsOneOf(start, PossessivePronouns))
        {
            return SubjectBeforeRelative(start - 1, floor, b);
        }
        while (start < b && (IsOneOf(start, SubjectOpeners) || !IsWord(start) && _tokens[start].Kind != TokenKind.Number))
        {
            start++;
        }
        if (InsideRun(_tokens[start].Span.Start))
        {
            return null;
        }
        var span = SpanOf(start, b);
        return new SpeakerPhrase(start, b, span, SpeakerKind.Organization, span);
    }

    /// <summary>
    /// The subject of a cue whose walk back reached a relative clause, "who" at <paramref name="who"/> being its
    /// subject: the speaker phrase before "who" (past a comma: "Ana Ruiz, who in 2010 said"), its source span running
    /// through the clause to <paramref name="b"/>; a restrictive clause after a phrase no rule reads gives the whole
    /// phrase ("One of the docs who sent the letter"); otherwise none.
    /// </summary>
    private SpeakerPhrase? SubjectBeforeRelative(int who, int floor, int b)
    {
        var antecedent = IsPunct(who - 1, ',') ? who - 2 : who - 1;
        // "Justice Karel B. Novak Jr., who in two rulings had said": a name may end in the dot of "Jr.".
        if (antecedent < floor || !(IsWord(antecedent) || IsAbbreviationDot(antecedent)) || IsOneOf(antecedent, SubjectStops))
        {
            return null;
        }
        if (ParseSpeakerBackward(antecedent, floor) is { } parsed)
        {
            // The source phrase holds the clause, as annotators mark it ("One official who relayed the exchange").
            return parsed with { Last = b, Span = SpanOf(parsed.First, b) };
        }
        if (antecedent != who - 1 || !IsWord(antecedent))
        {
            return null; // a set-off clause after a phrase no rule reads: no stand-in across the comma
        }
        // No speaker rule reads the phrase before "who" ("One of the crew who left said"): the whole noun phrase
        // with its clause stands in, as annotators mark it, rather than the clause alone.
        var head = antecedent;
        while (head - 1 >= floor && b - head < 24 && IsWord(head - 1) && !IsOneOf(head - 1, SubjectStops) && !(IsLower(head - 1) && IsCueWord(head - 1)))
        {
            head--;
        }
        while (head < antecedent && IsOneOf(head, SubjectOpeners))
        {
            head++;
        }
        var whole = SpanOf(head, b);
        return InsideRun(whole.Start) ? null : new SpeakerPhrase(head, b, whole, SpeakerKind.Organization, whole);
    }

    /// <summary>
    /// The subject of a participle in an absolute "with" phrase after a comma: "…, with 30 percent of voters saying
    /// they …", "…, with three in 10 saying …" (poll stories; the cue model scores the participle low after a noun, and
    /// no rule made a quote). Up to ten words between "with" and the participle, none of them a mark or a clause word.
    /// </summary>
    private SpeakerPhrase? AbsoluteSubject(CueMatch cue, int floor, int b)
    {
        if (b != cue.First - 1 || !IsLower(cue.First) || !Word(cue.First).EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }
        for (var k = b; k >= floor && k >= b - 10; k--)
        {
            if (Is(k, "with"))
            {
                return k < b && (k == floor || IsPunct(k - 1, ',')) && !IsOneOf(k + 1, ObjectPronouns) ? new SpeakerPhrase(k + 1, b, SpanOf(k + 1, b), SpeakerKind.Organization, SpanOf(k + 1, b)) : null;
            }
            if (!(IsWord(k) || _tokens[k].Kind == TokenKind.Number || IsPercentSign(k)) || IsOneOf(k, SubjectStops) || IsOneOf(k, ClauseOpeners))
            {
                return null;
            }
        }
        return null;
    }

    // Words after which a share opens its own clause ("…, and 26% say"); after "of" or "at" it is a measure.
    private static readonly string[] ShareOpeners = ["and", "but", "while", "whereas", "yet", "meanwhile", "then", "now"];

    private static readonly string[] ShareApproximators = ["about", "nearly", "almost", "only", "just", "roughly", "some", "over", "under"];

    /// <summary>A "%" against the number before it ("42% say"): the number's unit, which a poll's subject ends in or holds.</summary>
    private bool IsPercentSign(int i) => IsPunct(i, '%') && Attached(i) && _tokens[i - 1].Kind == TokenKind.Number;

    /// <summary>Whether the word before a participle is a noun it modifies rather than a verb it follows ("began talking").</summary>
    private bool NounBeforeParticiple(int b) =>
        IsWord(b) && !IsCueWord(b) && !IsOneOf(b, FiniteAuxiliaries) && !IsOneOf(b, ParticipleLeadIns)
        && !Word(b).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !Word(b).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !Word(b).EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    // Verbs a participle follows as their complement ("kept saying", "began talking", "stop supporting").
    private static readonly string[] ParticipleLeadIns =
        ["keep", "keeps", "kept", "begin", "begins", "began", "begun", "start", "starts", "stop", "stops", "quit", "avoid", "avoids", "spent", "spend", "spends", "go", "goes", "went", "come", "comes", "came", "continue", "continues", "finish", "risk", "mind", "recall", "recalls", "consider", "considers", "be", "been", "am", "'s", "’s", "by", "of", "for", "about", "without", "after", "before", "while", "from", "in", "on", "at", "to", "with"];
}
