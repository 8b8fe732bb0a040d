using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    private static readonly string[] MakeForms = ["make", "makes", "made", "making"];

    // What "make" reports when it is its object: "made the case that", "is making an impassioned case to", "has made a
    // commitment to", "made several statements on". Effort, decision, comment and push nouns stay out: "made a concerted
    // effort to reach out", "made his comments a few days after" report no words in PolNeAR.
    private static readonly string[] MadeSpeechNouns =
    [
        "case", "cases", "argument", "arguments", "pitch", "commitment", "commitments", "promise", "promises", "pledge",
        "pledges", "prediction", "predictions", "statement", "statements", "announcement", "reference", "references",
        "suggestion", "accusation", "accusations", "claim", "claims", "plea", "appeal", "call", "vow", "threat", "threats",
        "warning", "warnings", "assurances",
    ];

    // Other verbs that report words through their object: "delivered an impassioned defense of", "gave assurances
    // that", "offered an opinion on", "issued a warning to", "voiced concerns about". "Raise" stays out: "raised
    // questions about" is as often a thing's doing ("the discrepancy could raise questions") as a speaker's, and on
    // held-out folds it added only wrong relations.
    private static readonly ListedWords DeliverForms =
    [
        "deliver", "delivers", "delivered", "delivering", "give", "gives", "gave", "giving", "offer", "offers", "offered",
        "offering", "issue", "issues", "issued", "issuing", "voice", "voices", "voiced", "voicing",
    ];

    private static readonly string[] DeliveredSpeechNouns =
    [
        "speech", "address", "message", "defense", "defence", "tirade", "rant", "opinion", "testimony", "assurance",
        "assurances", "warning", "warnings", "plea", "appeal", "rebuke", "concerns", "questions", "doubts",
    ];

    // What follows the noun when it reports something: "made the case that …", "made a commitment to …", "made veiled
    // references to …", "made his prediction who …"; "made her big announcement on Friday." reports nothing a reader
    // could quote.
    private static readonly string[] NounComplements =
        ["that", "to", "for", "against", "about", "on", "of", "over", "with", "who", "what", "whether", "how", "why"];

    private static readonly string[] ObjectOpeners =
        ["a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that", "these", "no", "several", "many", "some", "any", "one", "two"];

    // Words that start a scare-quoted name for someone or something: "what Ruiz called “a cartel”".
    private static readonly string[] NamingVerbs = ["called", "calling", "calls", "call", "dubbed", "dubbing", "labeled", "labelled", "branded", "termed"];

    // What may follow "made it clear": a clause or its addressee ("made it clear to the board that …"), or a time before
    // "that" ("made it clear on Tuesday that …"); "to make it clear for him" and "makes clear this …" report no clause.
    private static readonly string[] AfterClear =
        ["that", "to", "what", "how", "why", "whether", "who", "where", "when", "he", "she", "they", "we", "i", "it", "there", "his", "her", "their", "the"];

    // What may stand between a naming verb and the quotation: its object ("called it “…”", "called him a “stiff”"), so
    // "what I’ve called above a “chopping block”" (the writer pointing back) is left alone.
    private static readonly string[] NamedObjects =
        ["it", "him", "her", "them", "us", "me", "this", "that", "these", "those", "a", "an", "the", "his", "their", "its"];

    // Every head word above, sketched: TryCue asks about most lower-case words, nearly all of which the sketch rules out
    // before any comparison.
    private static readonly Claims.KeyFilter PhraseHeadFilter = new([.. MakeForms, .. DeliverForms, .. NamingVerbs, "doubled"]);

    /// <summary>
    /// The last token of a cue phrase starting at token <paramref name="i"/>, or -1: phrases whose head word the cue model,
    /// which sees the word and its neighbours, mostly scores below its threshold, because alone it mostly means doing or
    /// causing something ("made a stop", "made it harder", "gave money"). "Make" with what it makes ("made it clear",
    /// "is making an impassioned case to", "made a commitment that"); "deliver", "give", "offer", "issue" and "voice" with
    /// a speech noun ("delivered a defense of", "gave assurances that"); "doubled down on"; and a naming verb before a
    /// quotation ("what Ruiz called “a cartel”"), which cites the speaker's own words. Each family added relations on
    /// both seeds' frozen fold models (docs/accuracy.md, round 16).
    /// </summary>
    private int PhraseCueEnd(int i)
    {
        if (!PhraseHeadFilter.MayContain(Word(i)))
        {
            return -1;
        }
        // "were made clear", "arguments that could be made", "a speech given": passives, whose subject did not speak.
        if (IsOneOf(i - 1, PassiveBe))
        {
            return -1;
        }
        if (IsOneOf(i, MakeForms))
        {
            var k = Is(i + 1, "it") ? i + 2 : i + 1;
            if (Is(k, "clear"))
            {
                return IsOneOf(k + 1, AfterClear) || IsOneOf(k + 1, TimeWords) && ThatAhead(k + 2, k + 4) ? k : -1;
            }
            return k == i + 1 ? SpeechObjectEnd(k, MadeSpeechNouns) : -1;
        }
        if (IsOneOf(i, DeliverForms))
        {
            return SpeechObjectEnd(i + 1, DeliveredSpeechNouns);
        }
        if (Is(i, "doubled") && Is(i + 1, "down") && Is(i + 2, "on"))
        {
            return i + 2;
        }
        if (IsOneOf(i, NamingVerbs))
        {
            // The quotation opens right after the verb or after its object ("called it “a disgrace”", "called him a
            // “stiff”").
            for (var k = i + 1; k <= i + 3 && k < _tokens.Length; k++)
            {
                if (IsOpeningQuoteMark(k))
                {
                    return i;
                }
                if (!IsOneOf(k, NamedObjects))
                {
                    return -1;
                }
            }
        }
        return -1;
    }

    // Verbs whose particle and preposition belong to the cue, the object after them being the content: "lashed out at
    // the board", "spoke out against the plan", "fired back at Ruiz". With the two-word cue alone ("lash out") the
    // content opened with the preposition, which no rule reads as a content.
    private static readonly (string[] Verbs, string Particle, string[] Prepositions)[] ParticlePhrases =
    [
        (["lash", "lashes", "lashed", "lashing"], "out", ["at", "against"]),
        (["speak", "speaks", "spoke", "spoken", "speaking"], "out", ["against", "about", "on", "for"]),
        (["hit", "hits", "hitting"], "back", ["at"]),
        (["fire", "fires", "fired", "firing"], "back", ["at"]),
        (["shoot", "shoots", "shot", "shooting"], "back", ["at"]),
        (["push", "pushes", "pushed", "pushing"], "back", ["against", "on"]),
        (["back", "backs", "backed", "backing"], "away", ["from"]),
        (["take", "takes", "took", "taken", "taking"], "aim", ["at"]),
    ];

    private static readonly string[] TakeForms = ["take", "takes", "took", "taken", "taking"];

    private static readonly string[] JabNouns = ["swipe", "shot", "jab", "dig", "potshot"];

    // Verbs whose addressee may stand between them and "about" ("spoke to the Gazette about", "has been talking with
    // aides about"): annotators mark the whole stretch as the cue, and the verb alone left "to the Gazette about …" as
    // a content no rule reads (0 of 5 such gold relations of train matched).
    private static readonly string[] AddresseeVerbs = ["talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking"];

    private static readonly Claims.KeyFilter ParticleHeadFilter = new(ParticlePhrases.SelectMany(p => p.Verbs).Concat(AddresseeVerbs));

    /// <summary>
    /// The last token of a verb, particle and preposition cue starting at token <paramref name="i"/> ("lashed out at"),
    /// or -1. Checked before the two-word cues, which would stop at the particle.
    /// </summary>
    private int ParticleCueEnd(int i)
    {
        if (!ParticleHeadFilter.MayContain(Word(i)))
        {
            return -1;
        }
        // "has been talking with aides about …" is a progressive, not a passive.
        if ((Is(i + 1, "to") || Is(i + 1, "with")) && IsOneOf(i, AddresseeVerbs) && (!IsOneOf(i - 1, PassiveBe) || Word(i).EndsWith("ing", StringComparison.Ordinal))
            && AddresseeAbout(i + 2) is var about and > 0)
        {
            return about;
        }
        if (IsOneOf(i - 1, PassiveBe))
        {
            return -1;
        }
        // "took a swipe at", "taking a shot at": the noun stands where the particle does.
        if (IsOneOf(i, TakeForms) && Is(i + 1, "a") && IsOneOf(i + 2, JabNouns) && Is(i + 3, "at") && (IsWord(i + 4) || _tokens.Length > i + 4 && _tokens[i + 4].Kind == TokenKind.Number))
        {
            return i + 3;
        }
        foreach (var (verbs, particle, prepositions) in ParticlePhrases)
        {
            if (Is(i + 1, particle) && IsOneOf(i, verbs) && IsOneOf(i + 2, prepositions) && (IsWord(i + 3) || _tokens.Length > i + 3 && _tokens[i + 3].Kind == TokenKind.Number))
            {
                return i + 2;
            }
        }
        return -1;
    }

    /// <summary>
    /// The "about" after an addressee of up to eight words starting at token <paramref name="k"/> ("the Gazette",
    /// "Breitbart News Saturday on Sirius XM"), with a word after it; or -1. A mark or a clause word ends the search.
    /// </summary>
    private int AddresseeAbout(int k)
    {
        for (var j = k + 1; j < k + 9 && j + 1 < _tokens.Length; j++)
        {
            if (Is(j, "about"))
            {
                return IsWord(j + 1) || _tokens[j + 1].Kind == TokenKind.Number ? j : -1;
            }
            if (!(IsWord(j) || _tokens[j].Kind == TokenKind.Number || IsAbbreviationDot(j) || IsAttachedMark(j)) || IsOneOf(j, ClauseOpeners))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether quote <paramref name="q"/> is what a participle reports after direct quote <paramref name="direct"/>'s
    /// speaker and cue, in the same sentence: "“A,” Ruiz said, referring to the mayor. “B.”" A quotation right after it
    /// goes on with Ruiz's quotation (PolNeAR marks A and B as one content), not with the participle's object, where
    /// it joined "the mayor" and B into one content.
    /// </summary>
    private bool IsParticipleAfterQuotation(int direct, int q)
    {
        var quote = _quotes[q];
        var first = _quotes[direct];
        return first.Speaker is not null && first.Speaker == quote.Speaker && first.Span.End <= quote.Span.Start && quote.CueSpan is { } cue
            && Word(TokenAtOrAfter(cue.Start)).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && IsPunct(TokenAtOrAfter(cue.Start) - 1, ',')
            && SentenceOfOffset(first.Span.Start) == SentenceOfOffset(cue.Start);
    }

    /// <summary>
    /// The noun of <paramref name="nouns"/> heading the object that starts at token <paramref name="k"/> (a determiner,
    /// then at most a few modifiers: "an increasingly explicit, urgent and desperate case"), when a complement follows
    /// it; or -1.
    /// </summary>
    private int SpeechObjectEnd(int k, string[] nouns)
    {
        if (IsOneOf(k, ObjectOpeners))
        {
            k++;
        }
        // "False statements" is what a charge names ("charged with making false statements"), not words reported.
        for (var end = k + 7; k < end && IsLower(k) && !Is(k, "false"); k++)
        {
            if (IsOneOf(k, nouns))
            {
                return IsOneOf(k + 1, NounComplements) && !IsOneOf(k + 2, TimeWords) || IsPunct(k + 1, ':') ? k : -1;
            }
            if (IsOneOf(k, FunctionWords) && !Is(k, "and"))
            {
                return -1;
            }
            if (IsPunct(k + 1, ','))
            {
                k++;
            }
        }
        return -1;
    }

    /// <summary>
    /// Where the cue of phrase <paramref name="first"/>–<paramref name="last"/> ends: the whole of "made it clear" and of
    /// "made the case" before "that", so the content is the clause; the verb alone otherwise, and the rules read the
    /// content from the object on ("made a commitment to hold news conferences"): a cue through the noun there lost
    /// relations on held-out folds, as the content after a noun's preposition is read less well than the object.
    /// </summary>
    private int PhraseCueLast(int first, int last) =>
        Is(last, "clear") || Is(last + 1, "that") || Is(first, "doubled") ? last : first;

    private bool IsOpeningQuoteMark(int k) =>
        _tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Span.Start] is '"' or '\u201C' && _tokens[k].Span.End < _text.Length
        && !char.IsWhiteSpace(_text[_tokens[k].Span.End]);
}
