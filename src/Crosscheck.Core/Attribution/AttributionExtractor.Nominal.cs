using Crosscheck.Entities;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    private static readonly string[] PossessivePronouns = ["his", "her", "their", "its", "our", "my"];

    private static readonly string[] NominalPrepositions = ["of", "on", "about", "for", "to", "against", "with", "over", "toward", "towards"];

    private const int MaxNominalContentTokens = 20;

    /// <summary>
    /// A nominal cue after a possessive: "Ruiz's criticism of the plan", "his refusal to resign", "the party's claim
    /// that …". PolNeAR annotates these as attributions: the possessor is the source, the noun (with its preposition)
    /// the cue, and what follows the content. Only nouns of <c>attribution-nominal-cues.txt</c>, and only with a
    /// complement, so a bare "his statement" reports nothing.
    /// </summary>
    private void TryNominalAttribution(int i)
    {
        if (!IsLower(i) || !AttributionLexicons.NominalCueFilter.MayContain(Word(i)) || !AttributionLexicons.NominalCueLookup.Contains(Word(i))
            || InsideRun(_tokens[i].Span.Start))
        {
            return;
        }
        var p = i - 1;
        while (p >= 0 && p >= i - 3 && IsLower(p) && !IsFunctionWord(p) && !IsPossessive(p) && !IsOneOf(p, PossessivePronouns) && !IsCueWord(p))
        {
            p--;
        }
        if (p < 0 || _tokenSentence[p] != _tokenSentence[i] || Possessor(p) is not { } source)
        {
            return;
        }
        var (first, last) = SentenceTokens(_tokenSentence[i]);
        var contentEnd = Math.Min(last, i + MaxContentTokens);
        while (contentEnd > i && _tokens[contentEnd].Kind == TokenKind.Punctuation && _text[_tokens[contentEnd].Span.Start] is '.' or '!' or '?' or ';' or '\u2026')
        {
            contentEnd--;
        }
        var next = i + 1;
        if (next + 1 > contentEnd || !IsWord(next))
        {
            return;
        }
        int cueLast, contentFirst, contentLast;
        if (Is(next, "that") && IsWord(next + 1) && !IsOneOf(next + 1, FunctionWords))
        {
            // "his insistence that …": a clause; "that" belongs to the content, as after verbs.
            (cueLast, contentFirst, contentLast) = (i, next, ContentEndBeforeParticipleCue(next + 1, contentEnd));
        }
        else if (Is(next, "to") && IsLower(next + 1) && !IsAdverbialTo(next + 1) && !IsFunctionWord(next + 1))
        {
            // "her vow to cut taxes": an intention.
            (cueLast, contentFirst, contentLast) = (i, next, ContentEndBeforeParticipleCue(next + 1, contentEnd));
        }
        else if (IsOneOf(next, NominalPrepositions) && (IsWord(next + 1) || _tokens[next + 1].Kind == TokenKind.Number) && !IsOneOf(next + 1, TimeWords))
        {
            // "criticism of the mayor's budget": the object noun phrase, up to punctuation, a clause or another cue.
            contentFirst = next + 1;
            contentLast = contentFirst;
            for (var k = contentFirst + 1; k <= contentEnd && k < contentFirst + MaxNominalContentTokens; k++)
            {
                if (_tokens[k].Kind == TokenKind.Punctuation && !IsAbbreviationDot(k) && !IsAttachedMark(k) || IsOneOf(k, ClauseJoiners) || IsOneOf(k, RunOnClauseOpeners)
                    || Is(k, "that") || IsFiniteVerbAfterNoun(k))
                {
                    break;
                }
                contentLast = k;
            }
            cueLast = next;
        }
        else
        {
            return;
        }
        if (contentLast < contentFirst || contentFirst < first)
        {
            return;
        }
        var content = SpanOf(contentFirst, contentLast);
        // A quotation inside would be read twice (as its own quote and here); such sentences are left to the quote rules.
        if (LastRunOpeningAtOrBefore(content.End) is var r and >= 0 && _runs[r].End > content.Start)
        {
            return;
        }
        if (source.Kind == SpeakerKind.Pronoun && source.First > first
            && (SentenceSubject(first, source.First - 1) ?? SubjectAfterOpener(first, source.First - 1) ?? SentenceNounPhrase(first, source.First - 1)) is { } subject)
        {
            // "Kovac is doubling down on his support for …": annotators make the clause's subject the source (and its
            // predicate the cue); the possessive pronoun only points back to it.
            source = subject;
        }
        AddQuote(content, QuoteKind.Indirect, new CueMatch(i, cueLast, "nominal", CueClass.Speech), source, null, null, _tokens[i].Span.Start);
        // The possessor is the whole source phrase: the words between it and the noun are modifiers of the noun.
        _quotes[^1] = _quotes[^1] with { SourceSpan = source.Span };
    }

    /// <summary>
    /// The nominal rule for nouns the cue model also takes as cues: <see cref="FindReportedSpeech"/> tries it only where
    /// no cue is read, so "her criticism of the tolls", "his attacks on the mayor", "her decision to open the pier" made
    /// nothing when the cue model accepted the noun and no verb rule then found a subject for it. Runs after the verb
    /// rules, on such nouns they left unused.
    /// </summary>
    private void FindNominalsReadAsCues()
    {
        for (var i = 0; i < _tokens.Length; i++)
        {
            if (IsUsedCue(i) || !IsLower(i) || !AttributionLexicons.NominalCueFilter.MayContain(Word(i)) || !AttributionLexicons.NominalCueLookup.Contains(Word(i))
                || !TryCue(i, out _))
            {
                continue;
            }
            TryNominalAttribution(i);
        }
    }

    /// <summary>Whether token <paramref name="k"/> is a finite verb or auxiliary that ends a noun phrase ("criticism of the plan was …").</summary>
    private bool IsFiniteVerbAfterNoun(int k) => IsLower(k) && (IsOneOf(k, FiniteAuxiliaries) || IsCueWord(k)
        || Word(k).EndsWith("ed", StringComparison.Ordinal) && !IsOneOf(k - 1, NounPhraseStarts) && !IsPossessive(k - 1));

    private bool IsPossessive(int i) =>
        IsWord(i) && _tokens[i].Span.Length > 2 && (Word(i).EndsWith("'s", StringComparison.OrdinalIgnoreCase) || Word(i).EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The possessor ending at token <paramref name="p"/>: a possessive pronoun, or a name or "the …" phrase whose last
    /// word carries "'s". Null otherwise.
    /// </summary>
    private SpeakerPhrase? Possessor(int p)
    {
        if (IsOneOf(p, PossessivePronouns))
        {
            var own = _tokens[p].Span;
            return new SpeakerPhrase(p, p, own, SpeakerKind.Pronoun, own);
        }
        if (!IsPossessive(p) || Is(p, "it's") || Is(p, "it\u2019s") || Is(p, "that's") || Is(p, "that\u2019s") || Is(p, "what's") || Is(p, "there's") || Is(p, "here's")
            || Is(p, "let's") || Is(p, "let\u2019s") || Is(p, "who's") || Is(p, "who\u2019s") || ContractedPronounLength(p) > 0)
        {
            return null;
        }
        var start = p;
        if (IsCapitalised(p))
        {
            while (start - 1 >= 0 && start > p - 5 && (IsCapitalised(start - 1) && start - 1 >= 0 && !IsSentenceStart(start - 1) || IsAbbreviationDot(start - 1)))
            {
                start--;
            }
            if (Is(start - 1, "the") || start - 1 >= 0 && IsSentenceStart(start - 1) && IsCapitalised(start - 1) && !AttributionLexicons.StopwordLookup.Contains(Word(start - 1)))
            {
                start--;
            }
        }
        else
        {
            // "the party's", "a reporter's", "the Republican nominee's": a determiner within three words.
            var k = p - 1;
            while (k >= 0 && k >= p - 3 && IsWord(k) && !Is(k, "the") && !Is(k, "a") && !IsFunctionWord(k))
            {
                k--;
            }
            if (!(Is(k, "the") || Is(k, "a")))
            {
                return null;
            }
            start = k;
        }
        // PolNeAR mostly keeps the possessive ending in the source ("[Ruiz's] criticism of").
        var span = SpanOf(start, p);
        var kind = MentionAt(start) is { Kind: EntityKind.Person } || MentionAt(start + 1) is { Kind: EntityKind.Person } && Is(start, "the") ? SpeakerKind.Name : SpeakerKind.Organization;
        return new SpeakerPhrase(start, p, span, kind, span);
    }
}
