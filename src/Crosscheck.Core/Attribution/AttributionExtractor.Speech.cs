using System.Collections.Frozen;
using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    private const int MaxCueDistance = 14;
    private const int MaxContentTokens = 200;

    // A clause does not start with these; after a cue they begin an adverbial ("said at a dinner", "said when …").
    private static readonly string[] NonClauseStarts = ["at", "in", "on", "during", "after", "before", "from", "to", "when", "while", "as", "of", "about", "for", "with", "by", "over", "so"];

    private static readonly string[] SmallWords = ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "is", "it", "by", "with"];

    // Between a subject and its cue: "has also said", "isn't saying", "have not said", "has long argued".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = new[]
    {
        "has", "had", "have", "also", "later", "then", "reportedly", "once", "previously", "again", "would", "will",
        "repeatedly", "publicly", "further", "recently", "not", "never", "is", "was", "are", "were", "did", "does", "do",
        "isn't", "isn\u2019t", "wasn't", "wasn\u2019t", "hasn't", "hasn\u2019t", "haven't", "haven\u2019t", "didn't",
        "didn\u2019t", "doesn't", "doesn\u2019t", "don't", "don\u2019t", "long", "still", "already", "just", "even",
        "now", "first", "often", "privately", "openly", "been",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The index of "that" within sixteen tokens of <paramref name="i"/>, with no punctuation but commas before it; -1 when none.</summary>
    private int ThatWithin(int i, int limit)
    {
        for (var k = i; k <= limit && k < i + 16; k++)
        {
            if (Is(k, "that"))
            {
                return k;
            }
            // A dash pair sets off an aside ("said — on Twitter, as it happens — that …").
            // A possessive's apostrophe belongs to its noun phrase ("wrote to the dock workers’ union that …").
            if (_tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, ',') && !IsPunct(k, '\u2014') && !IsPunct(k, '\u2013') && !IsAbbreviationDot(k) && !IsAttachedMark(k) || IsCueWord(k))
            {
                return -1;
            }
        }
        return -1;
    }

    private static readonly string[] PassiveBe = ["is", "are", "was", "were", "been", "be", "being"];

    private static readonly string[] PassiveParticles = ["of", "for", "as", "about", "with"];

    /// <summary>
    /// Where the content of a passive cue without an agent starts ("was accused [of] …", "is expected [to …]"); -1
    /// when the cue is not such a passive, or names its agent ("was reported by the Ledger").
    /// </summary>
    private int PassiveContentStart(CueMatch cue, int first, int contentEnd)
    {
        var k = SkipPassiveAdverbs(cue.First - 1, first);
        var word = Word(cue.Last);
        // A stance participle keeps its subject as the source ("Ruiz is opposed to the tolls"), as SourcelessCue has it.
        // Irregular participles count ("is widely seen as a gamble", "is known as"), except "said": "are said to be …"
        // keeps its subject in the content through SourcelessCue.
        if (k < first || !IsOneOf(k, PassiveBe) || cue.First != cue.Last || !(word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IsOneOf(cue.Last, IrregularParticiples) && !Is(cue.Last, "said")) || cue.Lemma == "according to"
            || IsOneOf(cue.First, StanceParticiples))
        {
            return -1;
        }
        var start = cue.Last + 1;
        if (Is(start, "by") || start > contentEnd || !IsWord(start))
        {
            return -1;
        }
        if (IsOneOf(start, PassiveParticles))
        {
            start++;
        }
        else if (!Is(start, "to") && !Is(start, "that"))
        {
            return -1; // "was called a liar" reads better through the normal rules
        }
        return start <= contentEnd && (IsWord(start) || _tokens[start].Kind == TokenKind.Number) ? start : -1;
    }

    /// <summary>
    /// A passive cue that names its agent: "The plan was criticized by the mayor", "The move was hotly criticized by
    /// economists", "a sentiment endorsed by the crowd", "was supported Friday by". Returns the content (the
    /// passive's subject, or the noun phrase the participle modifies) and the agent; null otherwise.
    /// </summary>
    private (int First, int Last, SpeakerPhrase Agent)? AgentPassive(CueMatch cue, int first, int limit)
    {
        if (cue.First != cue.Last || cue.Lemma == "according to" || !IsLower(cue.First) || Is(cue.First, "asked")
            || !(Word(cue.First).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IsOneOf(cue.First, IrregularParticiples)))
        {
            return null;
        }
        var by = -1;
        for (var k = cue.Last + 1; k <= limit && k <= cue.Last + 5; k++)
        {
            if (Is(k, "by"))
            {
                by = k;
                break;
            }
            // Only an adverbial stands between ("Friday", "in Lorton", "the day before"): another participle or a
            // clause would own the "by" ("said in a statement released by …").
            if (!IsWord(k) || IsOneOf(k, ClauseOpeners) || Is(k, "to") || IsLower(k) && (Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IsCueWord(k)))
            {
                return null;
            }
        }
        // "by saying …" is a means, not an agent.
        if (by < 0 || by + 1 > limit || Word(by + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || (ParseSpeakerForward(by + 1, limit) ?? ParseLooseSource(by + 1, limit)) is not { } agent)
        {
            return null;
        }
        for (var k = agent.First + 1; k <= agent.Last; k++)
        {
            // A loose agent phrase stops where the sentence's verb or a clause begins ("by the crowd in Lorton was …").
            if (IsFiniteVerbAfterNoun(k) || IsOneOf(k, ClauseOpeners) || Is(k, "who") || Is(k, "which"))
            {
                var span = SpanOf(agent.First, k - 1);
                agent = new SpeakerPhrase(agent.First, k - 1, span, agent.Kind, span);
                break;
            }
        }
        var b = cue.First - 1;
        var passive = false;
        while (b > first && b >= cue.First - 4 && IsLower(b) && (IsAuxiliary(b) || IsOneOf(b, PassiveBe) || Word(b).EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
        {
            passive |= IsOneOf(b, PassiveBe);
            b--;
        }
        // Without a form of "be" the participle must follow a common noun it modifies ("a practice criticized by …");
        // after a name it is an active verb ("Kovac concluded by …").
        if (b < first || !IsWord(b) || !passive && (b != cue.First - 1 || !IsLower(b) || IsCueWord(b) || IsOneOf(b, SubjectStops) || IsOneOf(b, ClauseOpeners) || IsOneOf(b, ObjectPronouns)))
        {
            return null;
        }
        if (passive && IsLower(b) && IsOneOf(b, ObjectRelatives))
        {
            return (b, b, agent); // "the deal, which was endorsed by the board"
        }
        var subject = passive ? ParseSpeakerBackward(b, first) ?? ParseNounPhraseBackward(b, first) : ParseNounPhraseBackward(b, first);
        return subject is { } content && content.Last == b && !InsideRun(_tokens[content.First].Span.Start) ? (content.First, content.Last, agent) : null;
    }

    private int ThatBefore(int i) => Is(i - 1, "that") ? i - 1 : i - 2;

    /// <summary>Whether the word after "to" starts a noun phrase rather than a verb ("spoke to the press", "told to reporters").</summary>
    private bool IsAdverbialTo(int i) => IsOneOf(i, NounPhraseStarts);

    private static readonly ListedWords NounPhraseStarts = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "reporters", "me", "him", "them", "us"];

    private static readonly string[] SubjectPronouns = ["he", "she", "they", "we", "i"];

    // First words of a four-word phrase that opens a sentence without being a clause: "At the same time", "On the
    // other hand", "For the first time".
    private static readonly string[] PhraseOpeners = ["at", "in", "on", "for", "by", "with", "during", "over", "from", "under", "within"];

    /// <summary>
    /// Whether tokens <paramref name="first"/>..<paramref name="last"/> are a four-word prepositional phrase with no
    /// verb form in it ("At the same time, according to X, CLAUSE"), not a clause ("In 2015 Ruiz resigned").
    /// </summary>
    private bool IsPhraseOpener(int first, int last)
    {
        if (last - first != 3 || !IsOneOf(first, PhraseOpeners))
        {
            return false;
        }
        for (var k = first + 1; k <= last; k++)
        {
            if (!IsLower(k) || Word(k).EndsWith("ed", StringComparison.Ordinal) || Auxiliaries.Contains(Word(k)))
            {
                return false;
            }
        }
        return true;
    }

    // Subordinators that open a sentence with a clause of their own, ended by a comma before the main clause ("as" is
    // left out: "As Ruiz said, …" is an attribution of the main clause).
    private static readonly string[] ClauseSubordinators = ["after", "since", "when", "because", "if", "although", "though", "while", "once", "before", "until", "unless", "whereas"];

    /// <summary>
    /// Whether the attribution's subject follows a subordinator that opens the sentence ("After the board issued …,
    /// CLAUSE"), so the attribution lies in a clause that a comma ends.
    /// </summary>
    private bool OpeningSubordinateClause(int first, SpeakerPhrase speaker, CueMatch cue)
    {
        var opener = first;
        if (IsQuoteMarkToken(opener) || Is(opener, "but") || Is(opener, "and"))
        {
            opener++;
        }
        return speaker.Last < cue.First && speaker.First == opener + 1 && IsOneOf(opener, ClauseSubordinators);
    }

    /// <summary>The first comma among tokens <paramref name="from"/>..<paramref name="to"/>; -1 when none.</summary>
    private int CommaWithin(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (IsPunct(k, ','))
            {
                return k;
            }
        }
        return -1;
    }

    private bool StartsAdverbial(int i)
    {
        foreach (var word in NonClauseStarts)
        {
            if (Is(i, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A short title-case run after a possessive or preposition names a work or programme (CBS's “Face the Nation”,
    /// the film “13th”), not speech.
    /// </summary>
    private bool IsTitle(QuoteRun run)
    {
        if (!IsTitleCase(run, 6))
        {
            return false;
        }
        var before = TokenAtOrAfter(run.OpenMark) - 1;
        return before < 0 || IsWord(before) && (Word(before).EndsWith("s", StringComparison.Ordinal) && Word(before).Length > 2 && Word(before)[^2] is '\'' or '\u2019' || IsLower(before))
            || IsPunct(before, ',') && !SpeechCueBeforeComma(before) || IsPunct(before, '(');
    }

    /// <summary>Whether every word of the run is capitalised or a small function word, within <paramref name="maxWords"/> words.</summary>
    private bool IsTitleCase(QuoteRun run, int maxWords)
    {
        var first = TokenAtOrAfter(run.Parts[0].Start);
        var words = 0;
        for (var i = first; i < _tokens.Length && _tokens[i].Span.End <= run.Parts[^1].End; i++)
        {
            if (_tokens[i].Kind == TokenKind.Punctuation)
            {
                continue;
            }
            words++;
            if (IsLower(i) && !IsSmallWord(i))
            {
                return false;
            }
        }
        return words <= maxWords;
    }

    private bool IsSmallWord(int i)
    {
        foreach (var word in SmallWords)
        {
            if (Is(i, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Attributes a direct quote from a cue after it or before it; false when the cue belongs to a mixed quote or is missing.</summary>
    private bool AttributeDirect(QuoteRun run)
    {
        if (IsTitle(run))
        {
            run.Used = true;
            return true;
        }
        // A multi-paragraph quote is attributed after its last part, so the paragraph that counts is the closing one.
        var paragraph = ParagraphOfOffset(run.End - 1);
        var afterTok = TokenAtOrAfter(run.End);
        if (afterTok < _tokens.Length && ParagraphOfOffset(_tokens[afterTok].Span.Start) == paragraph)
        {
            var limit = ParagraphLastToken(afterTok);
            if (SignatureAfter(afterTok, limit) is { } signer)
            {
                // “…” ― Ana Ruiz: a reader's or a letter's signature; the dash is the cue.
                run.Used = true;
                AddQuote(run.Content, QuoteKind.Direct, new CueMatch(afterTok, afterTok, "\u2015", CueClass.Speech), signer, null, run.Parts, _tokens[afterTok].Span.Start);
                return true;
            }
            var i = afterTok;
            var endsSentence = _text[run.Parts[^1].End - 1] is '.';
            if (IsPunct(i, ',') || IsPunct(i, '\u2014'))
            {
                i++;
                endsSentence = false;
            }
            if ((!endsSentence || IsLower(i) || ShortAttributionCloses(i, limit)) && TryAttributionAfter(i, limit, out var cue, out var speaker, out var venue, out var tailEnd))
            {
                var parts = new List<TextSpan>(run.Parts);
                // “We will not,” he said, “give up.” is one quote interrupted by its cue.
                if (RunOpeningAt(tailEnd) is { Used: false } next && next != run && ParagraphOfOffset(next.OpenMark) == paragraph)
                {
                    parts.AddRange(next.Parts);
                    next.Used = true;
                }
                run.Used = true;
                if (parts.Count == 1 && MixedLeadStart(run) is var lead and >= 0)
                {
                    // "The ferry was “a disgrace,” Ruiz said.": the lead-in is part of what the speaker claims.
                    var mixed = TextSpan.FromBounds(_tokens[lead].Span.Start, run.End);
                    AddQuote(mixed, QuoteKind.Mixed, cue, speaker, venue, [mixed], _tokens[cue.First].Span.Start);
                    return true;
                }
                AddQuote(TextSpan.FromBounds(parts[0].Start, parts[^1].End), QuoteKind.Direct, cue, speaker, venue, parts, _tokens[cue.First].Span.Start);
                return true;
            }
        }
        else if (afterTok < _tokens.Length && ParagraphOfOffset(_tokens[afterTok].Span.Start) == paragraph + 1
            && SignatureAfter(afterTok, ParagraphLastToken(afterTok)) is { } nextLine)
        {
            // “…”  (paragraph break)  – Ana Ruiz.  A fact-check's quoted claim with its speaker on the line below.
            run.Used = true;
            AddQuote(run.Content, QuoteKind.Direct, new CueMatch(afterTok, afterTok, "\u2015", CueClass.Speech), nextLine, null, run.Parts, _tokens[afterTok].Span.Start);
            return true;
        }
        var openTok = TokenAtOrAfter(run.OpenMark);
        if (openTok >= _tokens.Length)
        {
            return false;
        }
        var (first, _) = SentenceTokens(_tokenSentence[openTok]);
        if (IsPunct(openTok - 1, ':') && _tokenSentence[openTok - 1] != _tokenSentence[openTok])
        {
            // "Kovac said:" closing a paragraph introduces the quote that opens the next one.
            first = SentenceTokens(_tokenSentence[openTok - 1]).First;
        }
        var j = openTok - 1;
        var shortLead = false;
        if (openTok == first && IsPunct(j, '.') && _tokenSentence[j] != _tokenSentence[openTok] && ParagraphOfOffset(_tokens[j].Span.Start) == ParagraphOfOffset(run.OpenMark)
            && SentenceTokens(_tokenSentence[j]).First is var leadFirst && j - leadFirst <= 6 && IsWord(j - 1) && TryCueEndingAt(j - 1, out var leadCue)
            && leadCue.Class == CueClass.Speech && leadCue.Lemma != "learned")
        {
            // "Marta Kollar agreed. “Pilots are running out of time.”": a short sentence of a speaker and a speech verb
            // alone introduces the quotation after it.
            first = leadFirst;
            shortLead = true;
        }
        if (IsPunct(j, ':') || IsPunct(j, ',') || shortLead)
        {
            j--;
        }
        for (var k = j; k >= first && k >= j - MaxCueDistance; k--)
        {
            if (!TryCueEndingAt(k, out var cue) || IsUsedCue(cue.First))
            {
                continue;
            }
            if (!TryAttribution(cue, first, openTok - 1, out var speaker, out var venue, out var tailEnd))
            {
                continue;
            }
            if (speaker.First > cue.Last && speaker.Last == openTok - 1 && IsWord(openTok - 1) && cue.Lemma != "according to")
            {
                // "Ruiz, speaking in Sava, said the government “will never surrender …”": a phrase after the cue that
                // runs straight into the quotation is its subject, not an inverted speaker, who is set off by a comma
                // or a colon ("said the minister: “…”"). The quotation is then read with the reported clause.
                continue;
            }
            if (run.Used)
            {
                return false; // the run is a programme title inside the venue ("told MSNBC's “Morning Hour”")
            }
            if (Is(tailEnd, "that"))
            {
                tailEnd++;
            }
            if (IsPunct(tailEnd, ':') || IsPunct(tailEnd, ',') || shortLead && IsPunct(tailEnd, '.'))
            {
                tailEnd++;
            }
            if (tailEnd < openTok && !AdverbialBeforeQuote(tailEnd, openTok))
            {
                return false; // "X said the plan was “dead on arrival”": a mixed quote, read with reported speech
            }
            run.Used = true;
            AddQuote(run.Content, QuoteKind.Direct, cue, speaker, venue, run.Parts, _tokens[cue.First].Span.Start);
            return true;
        }
        if (IsPunct(openTok - 1, ':') && ColonIntroduction(first, openTok - 2) is var (introCue, introSpeaker))
        {
            run.Used = true;
            AddQuote(run.Content, QuoteKind.Direct, introCue, introSpeaker, null, run.Parts, _tokens[introCue.First].Span.Start);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> up to the quotation opening at <paramref name="open"/> are an
    /// adverbial closed by a colon or comma ("says to Nevadans: “…”", "wrote to his followers, “…”"): the quotation is
    /// then the cue's direct speech, not a piece of a reported clause.
    /// </summary>
    private bool AdverbialBeforeQuote(int from, int open)
    {
        if (!(IsPunct(open - 1, ':') || IsPunct(open - 1, ',')) || !(StartsAdverbial(from) || Is(from, "to")) || open - from > 20)
        {
            return false;
        }
        for (var k = from; k < open - 1; k++)
        {
            if (Is(k, "that") || IsCueWord(k) || _tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, ',') && !IsAbbreviationDot(k) && !IsAttachedMark(k) || InsideRun(_tokens[k].Span.Start))
            {
                return false;
            }
        }
        return true;
    }

    private const int MaxIntroductionTokens = 8;

    /// <summary>
    /// A clause that introduces a quotation with a colon and has no cue word of the lexicon: "Kovac boomed:",
    /// "The ministry released the following statement:", "Ruiz then listed the reasons:". Its subject is the source
    /// and its predicate, up to the colon, the cue (as PolNeAR marks it).
    /// </summary>
    private (CueMatch Cue, SpeakerPhrase Speaker)? ColonIntroduction(int first, int last)
    {
        if (last < first || !IsWord(last) && _tokens[last].Kind != TokenKind.Number)
        {
            return null;
        }
        var subject = SentenceSubject(first, last) ?? SubjectAfterOpener(first, last);
        if (subject is null || subject.Last >= last || subject.Kind == SpeakerKind.Pronoun && Is(subject.First, "it"))
        {
            return null;
        }
        var verb = subject.Last + 1;
        while (verb < last && IsAuxiliary(verb))
        {
            verb++;
        }
        if (!IsLower(verb) || last - verb >= MaxIntroductionTokens || StartsAdverbial(verb) || IsOneOf(verb, FunctionWords))
        {
            return null;
        }
        for (var k = verb; k <= last; k++)
        {
            if (_tokens[k].Kind == TokenKind.Punctuation && !IsAbbreviationDot(k) && !(IsPunct(k, '-') && Attached(k)) || InsideRun(_tokens[k].Span.Start))
            {
                return null;
            }
        }
        return (new CueMatch(verb, last, "colon", CueClass.Speech), subject);
    }

    /// <summary>
    /// Whether a short "Name said." or "the statement said." sentence follows a quotation that closed with its own full
    /// stop ("“… missing.” Kollar said."): the sentence is the quote's attribution, not a new statement.
    /// </summary>
    private bool ShortAttributionCloses(int i, int limit)
    {
        for (var k = i + 1; k <= limit && k <= i + 6; k++)
        {
            if (IsPunct(k, '.'))
            {
                // Only speech verbs of the hand lexicon: a learned word ("She paused.") is too often an act.
                return IsWord(k - 1) && TryCueEndingAt(k - 1, out var cue) && cue.Class == CueClass.Speech && cue.Lemma != "learned" && cue.First > i;
            }
            if (!IsWord(k) && !IsAbbreviationDot(k))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A name after a dash that closes the paragraph right after a quote ("” ― Ana Ruiz"); null otherwise.</summary>
    private SpeakerPhrase? SignatureAfter(int dash, int limit)
    {
        if (!(IsPunct(dash, '\u2015') || IsPunct(dash, '\u2014') || IsPunct(dash, '\u2013') || IsPunct(dash, '-')) || ParseSpeakerForward(dash + 1, limit) is not { Kind: SpeakerKind.Name } signer)
        {
            return null;
        }
        var end = signer.Last + 1;
        if (IsPunct(end, '.'))
        {
            end++;
        }
        return end >= _tokens.Length || ParagraphOfOffset(_tokens[end].Span.Start) != ParagraphOfOffset(_tokens[dash].Span.Start) ? signer : null;
    }

    private int ParagraphLastToken(int i)
    {
        var paragraph = _sentences[_tokenSentence[i]].Paragraph;
        var s = _tokenSentence[i];
        // The cue of a quote follows within a sentence or two; a bound keeps one-paragraph books linear.
        var bound = s + 3;
        while (s + 1 < _sentences.Length && s + 1 <= bound && _sentences[s + 1].Paragraph == paragraph)
        {
            s++;
        }
        return SentenceTokens(s).Last;
    }

    /// <summary>`, X said` / `, said X` / `, according to X` right after a quote.</summary>
    private bool TryAttributionAfter(int i, int limit, out CueMatch cue, out SpeakerPhrase speaker, out VenueMatch? venue, out int tailEnd)
    {
        venue = null;
        // An -ing cue is never inverted: in "“… values,” saying the city embodied …" what follows is the content, not the
        // speaker. "according to" is no participle and keeps its source after it (docs/accuracy.md, round 14).
        if (TryCue(i, out cue) && (cue.Lemma == "according to" || !Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) && (ParseSpeakerForward(cue.Last + 1, limit) ?? NounPhraseToClauseEnd(cue.Last + 1, limit) ?? NameAfterModifiers(cue.Last + 1, limit)) is { } after)
        {
            speaker = after;
            tailEnd = ParseTail(cue, after.Last + 1, limit, ref venue);
            return true;
        }
        if (ParseSpeakerForward(i, limit) is { } before)
        {
            var c = SkipParenthesisForward(before.Last + 1, limit);
            // "“…,” an intelligence source, who was not authorized to speak, told …": a relative clause sets off any speaker.
            if (IsPunct(c, ',') && (before.Kind == SpeakerKind.Name || IsLower(c + 1) && (IsOneOf(c + 1, AsideRelatives) || IsOneOf(c + 1, ContractedRelatives))))
            {
                // "“…,” Douglas Kane, an economist at the institute, told me." The apposition may hold commas of its own
                // ("Ana Ruiz, now 81 and retired in Lorton, Vodena, said"): the last comma before the cue ends it.
                var first = c;
                for (var k = c + 1; k <= limit && k <= first + 25; k++)
                {
                    if (IsPunct(k, ','))
                    {
                        var verb = k + 1;
                        while (verb <= limit && verb <= k + 3 && IsAuxiliary(verb))
                        {
                            verb++;
                        }
                        c = k + 1;
                        if (TryCue(verb, out _))
                        {
                            break;
                        }
                        continue;
                    }
                    if (_tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, '-') && !IsPunct(k, '(') && !IsPunct(k, ')') && !IsAbbreviationDot(k) && !IsAttachedMark(k)
                        && !(IsPunct(k, '.') && IsCapitalised(k - 1) && IsPunct(k + 1, ',')))
                    {
                        break;
                    }
                }
            }
            while (c <= limit && c <= before.Last + 2 && IsAuxiliary(c))
            {
                c++;
            }
            if (TryCue(c, out cue) && cue.Class != CueClass.Intent)
            {
                speaker = before;
                tailEnd = ParseTail(cue, cue.Last + 1, limit, ref venue);
                return true;
            }
        }
        // "“…,” the chairman of the board, Ivo Brenner, said": a role phrase the subject rules do not read past.
        if ((SubjectBeforeCue(i, limit, out cue) ?? NameAfterRolePhrase(i, limit, out cue)) is { } phrase)
        {
            speaker = phrase;
            tailEnd = ParseTail(cue, cue.Last + 1, limit, ref venue);
            return true;
        }
        speaker = null!;
        tailEnd = i;
        return false;
    }

    /// <summary>The source after a cue that follows a comma, when the clause ends with it ("…, said Ana Ruiz." / "…, said Ana Ruiz, a pollster").</summary>
    private SpeakerPhrase? PostposedSource(CueMatch cue, int limit)
    {
        // A participle's or "told"'s object is its addressee ("…, telling Ana Ruiz, …"), and a learned cue is too often an act.
        if (Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || cue.Lemma is "tell" or "learned" || cue.Class != CueClass.Speech && cue.Class != CueClass.Report)
        {
            return null;
        }
        var after = ParseSpeakerForward(cue.Last + 1, limit) ?? NameAfterModifiers(cue.Last + 1, limit);
        if (after is null || after.Kind == SpeakerKind.Pronoun || IsOneOf(after.First, TimeWords) || after.Kind == SpeakerKind.Name && after.MentionKey is null && after.First == after.Last)
        {
            return null;
        }
        var next = after.Last + 1;
        return next > limit || IsPunct(next, ',') || IsPunct(next, '.') || IsPunct(next, ';') || IsPunct(next, '(') ? after : null;
    }

    /// <summary>
    /// "The harbour is vital, said a pilot.": after a comma, a speech verb followed by a determiner and a few words that
    /// end the sentence names its source, though no speaker rule knows the noun. No auxiliary, -ed word or cue word may
    /// stand in the phrase ("…, said the ferry would close." is a content).
    /// </summary>
    private SpeakerPhrase? SentenceFinalSource(CueMatch cue, int limit)
    {
        if (!IsPunct(cue.First - 1, ',') || cue.Class != CueClass.Speech || cue.Lemma == "learned" || Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || NounPhraseToClauseEnd(cue.Last + 1, limit) is not { } phrase || phrase.Last - phrase.First > 6)
        {
            return null;
        }
        var next = phrase.Last + 1;
        if (!(IsPunct(next, '.') || IsPunct(next, '!') || IsPunct(next, '?')) || next < limit && !IsPunct(next + 1, '\u201D') && !IsPunct(next + 1, '"'))
        {
            return null;
        }
        for (var k = phrase.First + 1; k <= phrase.Last; k++)
        {
            if (IsOneOf(k, FiniteAuxiliaries) || IsLower(k) && Word(k).EndsWith("ed", StringComparison.Ordinal) || IsOneOf(k, ObjectPronouns))
            {
                return null;
            }
        }
        return phrase;
    }

    /// <summary>"said former Sen. Ana Ruiz", "said nuclear experts Ana Ruiz and …": a name after up to three lower-case modifiers.</summary>
    private SpeakerPhrase? NameAfterModifiers(int i, int limit)
    {
        for (var k = i; k <= limit && k < i + 3 && IsLower(k) && !IsLeftBoundary(k) && !IsFunctionWord(k) && !IsCueWord(k); k++)
        {
            if (ParseSpeakerForward(k + 1, limit) is { Kind: SpeakerKind.Name or SpeakerKind.Descriptor } name)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>
    /// "“…,” said the man who built the party": a determiner and the words up to the end of the clause, when no speaker
    /// rule names the source after a post-posed cue. A relative clause stays in, as annotators mark it.
    /// </summary>
    private SpeakerPhrase? NounPhraseToClauseEnd(int i, int limit)
    {
        if (!IsOneOf(i, SubjectDeterminers) || Is(i, "that") || Is(i, "this"))
        {
            return null;
        }
        for (var k = i + 1; k <= limit && k <= i + 14; k++)
        {
            if (IsWord(k) && !IsCueWord(k) || _tokens[k].Kind == TokenKind.Number || (IsPunct(k, '-') || IsPunct(k, '\'') || IsPunct(k, '\u2019')) && Attached(k))
            {
                continue;
            }
            if (k > i + 1 && _tokens[k].Kind == TokenKind.Punctuation && !InsideRun(_tokens[k].Span.Start))
            {
                var span = SpanOf(i, k - 1);
                return new SpeakerPhrase(i, k - 1, span, SpeakerKind.Descriptor, span);
            }
            return null;
        }
        return null;
    }

    /// <summary>An apostrophe, hyphen or ampersand inside a word group ("Sanders’ campaign", "P&amp;G", "well-known").</summary>
    private bool IsAttachedMark(int i) =>
        (IsPunct(i, '-') || IsPunct(i, '\'') || IsPunct(i, '\u2019') || IsPunct(i, '&') || IsPunct(i, '\u2018') && IsElidedYear(_tokens[i].Span.Start))
        && (Attached(i) || i + 1 < _tokens.Length && _tokens[i + 1].Span.Start == _tokens[i].Span.End);

    private static readonly string[] SubjectDeterminers = ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "one", "another"];

    /// <summary>
    /// A short noun phrase right after a quotation and before its cue that no speaker rule parses: "“…,” the statement
    /// said", "“…,” a friend said on Facebook", "“…,” Ruiz campaign manager Ana Kollar said" (a known surname before a
    /// role and a name). The phrase must run from <paramref name="i"/> to the cue without punctuation.
    /// </summary>
    private SpeakerPhrase? SubjectBeforeCue(int i, int limit, out CueMatch cue)
    {
        cue = default;
        if (!IsWord(i) || IsLeftBoundary(i) || IsOneOf(i, ClauseOpeners))
        {
            return null;
        }
        for (var k = i + 1; k <= limit && k <= i + 12; k++)
        {
            if (IsWord(k) && IsLower(k) && TryCue(k, out var found) && found.Class != CueClass.Intent && found.Lemma != "according to")
            {
                var b = k - 1;
                while (b > i && IsAuxiliary(b))
                {
                    b--;
                }
                if (IsOneOf(b, NotSubjectEnds) || IsLeftBoundary(b))
                {
                    return null;
                }
                cue = found;
                if (ParseSpeakerBackward(b, i + 1) is { } named && named.First > i)
                {
                    return named; // the source phrase reaches back over the words before the name
                }
                if (IsOneOf(i, SubjectDeterminers) || IsLower(i))
                {
                    var span = SpanOf(i, b);
                    return new SpeakerPhrase(i, b, span, SpeakerKind.Organization, span);
                }
                return null;
            }
            // "and" joins two sources ("the senator and candidate", "Ana Ruiz and Marko Kovac"), not two clauses.
            var inside = IsWord(k) && (!IsLeftBoundary(k) || Is(k, "and") && IsWord(k + 1) && !IsOneOf(k + 1, SubjectPronouns)) || _tokens[k].Kind == TokenKind.Number || IsAbbreviationDot(k) || IsAttachedMark(k);
            if (!inside)
            {
                return null;
            }
        }
        return null;
    }

    // Between a subject and its cue an adverb may stand ("Carter however said", "Ruiz flatly denied"); these -ly
    // words are nouns, which end a subject instead ("the family said").
    private static readonly string[] LyNouns = ["family", "ally", "rally", "assembly", "supply", "reply", "anomaly", "bully", "homily", "monopoly", "belly", "jelly"];

    private bool IsAuxiliary(int i) => IsWord(i) && (Auxiliaries.Contains(Word(i)) || Is(i, "however") || IsAdverbAfterAuxiliary(i)
        || IsLower(i) && Word(i).Length > 4 && Word(i).EndsWith("ly", StringComparison.Ordinal) && !IsOneOf(i, LyNouns));

    /// <summary>Finds the speaker of <paramref name="cue"/>: before it ("X said", "X, speaking to Y, said"), or after it ("said X", "according to X").</summary>
    private bool TryAttribution(CueMatch cue, int floor, int limit, out SpeakerPhrase speaker, out VenueMatch? venue, out int tailEnd)
    {
        venue = null;
        SpeakerPhrase? found = null;
        var tailStart = cue.Last + 1;
        if (cue.Lemma != "according to" && IsPunct(cue.First - 1, ',') && cue.First - 1 > floor && PostposedSource(cue, limit) is { } postposed)
        {
            // "The campaign lacks allies in Congress, said Ana Ruiz, a pollster.": the name after the cue speaks, not
            // a phrase before the comma.
            found = postposed;
            tailStart = found.Last + 1;
        }
        else if (cue.Lemma != "according to")
        {
            var b = cue.First - 1;
            // A floating quantifier after the subject ("Ruiz and Kovac both said", "they have all argued") is not it.
            while (b >= floor && b >= cue.First - 4 && (IsAuxiliary(b) || IsLower(b) && IsOneOf(b, FloatingQuantifiers) && b - 1 >= floor && IsWord(b - 1)))
            {
                b--;
            }
            // "vowed to win back the port, while acknowledging that …": a participle cue after "while" shares the subject
            // of the clause it qualifies, as after "by" (below) or after the comma.
            var afterWhile = false;
            if (Is(b, "while") && b == cue.First - 1 && b - 1 > floor && IsLower(cue.First) && Word(cue.First).EndsWith("ing", StringComparison.Ordinal))
            {
                b--;
                afterWhile = !IsPunct(b, ',');
            }
            b = SkipLeadIn(b, floor);
            b = SkipSetOffAside(b, floor);
            var timeEnd = b;
            b = SkipTimeBackward(b, floor);
            timeEnd = b < timeEnd ? timeEnd : -1;
            b = SkipParenthesis(SkipCommaAfterPartyLabel(b, cue, floor), floor);
            if ((IsPunct(b, '\u201D') || IsPunct(b, '"')) && IsPunct(b - 1, ',') && b - 1 > floor && Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                b--; // “… the party,” claiming …: the comma sits inside the closing quotation mark
            }
            else if (ClosingDoubleApostropheAfterComma(b, floor) && Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                b -= 2; // ''… the party,'' claiming …: two apostrophes stand for the closing mark
            }
            if ((IsPunct(b, ',') || IsPunct(b, '\u2013') || IsPunct(b, '\u2014')) && b > floor && Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                // "…, the mayor said, adding that …": the participle shares the subject of the cue before it, or
                // else the sentence's subject ("Kovac defended the plan, saying …").
                // The first cue of the clause, not the nearest: in "Ruiz said he doubted it, adding …" Ruiz adds.
                // "…, Manafort said, adding that …": a post-posed attribution right before the comma speaks on.
                if (b - 1 > floor && IsWord(b - 1) && TryCueEndingAt(b - 1, out var closing) && !Word(closing.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                    && closing.Class == CueClass.Speech
                    && TryAttribution(closing, floor, b - 1, out var closer, out _, out _) && closer.Last < closing.First && ClosesClause(closer.First - 1))
                {
                    found = closer;
                }
                for (var c = Math.Max(floor, b - 30); c < b && found is null; c++)
                {
                    // A participle never shares another participle's subject here, which keeps this one level deep
                    // (a run of "saying, saying, …" stays linear).
                    if (TryCue(c, out var previous) && previous.Last < cue.First && !Word(previous.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                        && TryAttribution(previous, floor, b - 1, out var shared, out _, out _))
                    {
                        found = shared;
                        break;
                    }
                }
                found ??= SentenceSubject(floor, b - 1) ?? SubjectAfterOpener(floor, b - 1) ?? SentenceNounPhrase(floor, b - 1) ?? FirstClauseSubject(floor, b - 1);
            }
            else if (afterWhile)
            {
                // Not across a clause of its own: in "the fact he vilified her while hitting her" the subject is "he".
                found = SentenceSubject(floor, b) ?? SubjectAfterOpener(floor, b) ?? FirstClauseSubject(floor, b);
                if (found is not null && ClauseOpensBetween(found.Last + 1, cue.First - 1))
                {
                    found = null;
                }
            }
            else if (Is(b, "and") || Is(b, "but"))
            {
                // "Kovac met the envoy and said …": a coordinated verb shares the sentence's subject, or that of the
                // clause it continues ("… when Ruiz spotted a sign and asked …").
                found = CoordinatedClauseSubject(floor, b) ?? SentenceSubject(floor, b - 1) ?? SubjectAfterOpener(floor, b - 1) ?? SentenceNounPhrase(floor, b - 1) ?? FirstClauseSubject(floor, b - 1);
            }
            else if (Is(b, "who") || Is(b, "which"))
            {
                // "an architect who said …", "Kovac, who chairs the panel, said …" (the latter is read as apposition).
                var end = IsPunct(b - 1, ',') ? b - 2 : b - 1;
                // Annotators mark the relative pronoun itself as the source, so it stands in when no antecedent parses.
                found = ParseSpeakerBackward(SkipParenthesis(end, floor), floor) ?? ParseNounPhraseBackward(end, floor)
                    ?? new SpeakerPhrase(b, b, _tokens[b].Span, SpeakerKind.Pronoun, _tokens[b].Span);
                found = PersonForRoleComplement(b, found, floor) ?? found;
            }
            else if (IsPunct(b, ',') && OpeningNameBeforeApposition(floor, b) is { } opening)
            {
                // "Ana Ruiz, who lost her home in Lorton, Vodena, in 2012, said": the name that opens the sentence is
                // the subject, not the last name inside its apposition ("Vidric, speaking to Radio Free Sava, said" still
                // has its venue there).
                found = opening;
                venue = ParseVenue(opening.Last + 2, b - 1);
            }
            else if (IsPunct(b, ','))
            {
                // An apposition or venue between the subject and its verb: "Vidric, speaking to Radio Free Sava, said",
                // "A lawyer for the outlets, David Schulz, said", "Lena Horvat, the prime minister, said".
                for (var c = b - 1; c >= floor && c >= b - 30; c--)
                {
                    if (!IsPunct(c, ','))
                    {
                        continue;
                    }
                    var outer = ParseSpeakerBackward(SkipParenthesis(c - 1, floor), floor);
                    if (outer is null && _tokens[c - 1].Kind == TokenKind.Number && IsPunct(c - 2, ',') && c - 3 >= floor)
                    {
                        // "Marta Kollar, 34, a nurse from Lorton, said": the age between name and apposition.
                        outer = ParseSpeakerBackward(SkipParenthesis(c - 3, floor), floor);
                    }
                    var inner = ParseSpeakerForward(c + 1, b - 1);
                    // "Gov. Ana Ruiz (R-Vodena), said": the parenthesis belongs to the name.
                    if (inner is not null && inner.Last != b - 1 && SkipParenthesisForward(inner.Last + 1, b - 1) != b)
                    {
                        inner = null;
                    }
                    found = outer is { Kind: SpeakerKind.Name or SpeakerKind.Pronoun } || inner is null || inner.Kind == SpeakerKind.Descriptor ? outer ?? inner : inner;
                    if (found is not null && found == outer)
                    {
                        venue = ParseVenue(c + 1, b - 1);
                    }
                    break;
                }
                // "The complaint, which was filed on Friday, alleged …": a common-noun subject before a set-off clause.
                found ??= NounPhraseBeforeAside(floor, b) ?? SubjectBeforeSetOff(floor, b);
            }
            else if (b == cue.First - 1 && b - 1 > floor && Is(b, "by") && IsLower(cue.First) && Word(cue.First).EndsWith("ing", StringComparison.Ordinal))
            {
                // "Ruiz opened the rally by thanking the crews": a means gerund shares the subject of its clause. (A
                // purpose infinitive, "went on Vodena TV to praise …", was tried too: as many wrong quotes as right.)
                found = SentenceSubject(floor, b - 1) ?? SubjectAfterOpener(floor, b - 1) ?? FirstClauseSubject(floor, b - 1);
            }
            else
            {
                found = AbsoluteSubject(cue, floor, b) ?? ParseSpeakerBackward(b, floor) ?? LooseSubject(cue, floor, b) ?? FallbackSubject(cue, floor, b);
                if (found is { Kind: SpeakerKind.Name } && IsPassiveAgent(found.First, floor))
                {
                    found = SubjectOfPassiveParticiple(found.First - 2, floor, b);
                }
                else if (found is not null && found.Last == b && !IsVerbLikeSource(found) && RelativeClauseAround(found.First, floor) is var who and >= 0)
                {
                    // "The pilots who spoke to the Gazette said": the phrase before the cue is the object inside a
                    // relative clause, and the subject is the phrase the clause is about.
                    found = SubjectBeforeRelative(who, floor, b);
                }
                if (timeEnd > 0 && found is not null && found.Last == b && HasTrailingParticiple(found))
                {
                    // "A new poll released Monday shows …", "voters going to the polls Tuesday say …": the time belongs
                    // to the participle inside the phrase, and annotators mark it as part of the source.
                    var span = TextSpan.FromBounds(found.Span.Start, _tokens[timeEnd].Span.End);
                    found = found with { Last = timeEnd, Span = span, NameSpan = found.NameSpan.End == found.Span.End ? TextSpan.FromBounds(found.NameSpan.Start, span.End) : found.NameSpan };
                }
                // "Keeps saying …" in a headline: a participle's subject right before it must be a known speaker,
                // unless an auxiliary makes it a progressive ("Kovac is promising …").
                if (found is { Kind: SpeakerKind.Name, MentionKey: null } && found.First == found.Last && b == cue.First - 1 && Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                    && FindFullName(Word(found.First).ToString(), found.Span.Start) is null)
                {
                    found = null;
                }
            }
        }
        if (found is not null && IsVerbLikeSource(found))
        {
            found = null; // "have ever agreed", "could favor": the subject stands further back
        }
        if (found is null)
        {
            // "said Ana Ruiz", "according to the Daily Ledger"; only "according to" takes a source no rule names.
            var after = ParseSpeakerForward(cue.Last + 1, limit);
            if (after is { Kind: SpeakerKind.Pronoun } && cue.Lemma != "according to")
            {
                after = null;
            }
            found = after ?? (cue.Lemma == "according to" ? ParseLooseSource(cue.Last + 1, limit) : null) ?? SentenceFinalSource(cue, limit);
            if (found is not null)
            {
                tailStart = found.Last + 1;
            }
        }
        if (found is null)
        {
            speaker = null!;
            tailEnd = tailStart;
            return false;
        }
        speaker = found;
        tailEnd = ParseTail(cue, tailStart, limit, ref venue);
        if (venue is null && floor < found.First && found.First < cue.First)
        {
            // "In an interview on Vodena TV, Jovic said …": a venue that opens the sentence.
            venue = ParseVenue(floor, found.First - 1);
        }
        return true;
    }

    private static readonly string[] FloatingQuantifiers = ["both", "all", "each"];

    /// <summary>
    /// Whether token <paramref name="k"/> ends the clause before a post-posed attribution: a comma, or a closing
    /// quotation mark with the comma inside it ("… from his perspective,” Kovac added, saying …").
    /// </summary>
    private bool ClosesClause(int k) =>
        IsPunct(k, ',') || (IsPunct(k, '\u201D') || IsPunct(k, '"')) && IsPunct(k - 1, ',') || ClosingDoubleApostropheAfterComma(k, -1);

    private static readonly string[] CommaAdverbs = ["however", "meanwhile", "too", "though", "instead", "moreover", "also", "nonetheless", "nevertheless"];

    /// <summary>
    /// Steps back over an aside set off between the subject and its cue: a sentence adverb in commas ("Proponents,
    /// however, say") or a phrase between dashes ("Democrats — and some Republicans — say").
    /// </summary>
    private int SkipSetOffAside(int b, int floor)
    {
        if (IsPunct(b, ',') && IsOneOf(b - 1, CommaAdverbs) && IsPunct(b - 2, ',') && b - 3 >= floor && IsWord(b - 3))
        {
            return b - 3;
        }
        if (DashStart(b) is var close and >= 0)
        {
            // A relative clause between dashes runs longer than a parenthetical phrase ("The judge -- who has been in
            // a scuffle with the candidate over the past few days -- said …").
            var window = IsRelativeAside(close, floor) ? 30 : 12;
            for (var k = close - 2; k > floor && k >= close - window; k--)
            {
                if (DashStart(k) is var open and >= 0)
                {
                    return IsWord(open - 1) ? open - 1 : b;
                }
                if (_tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, ',') && !IsAbbreviationDot(k) && !IsAttachedMark(k) && !IsPunct(k, '-'))
                {
                    return b;
                }
            }
        }
        return b;
    }

    private static readonly string[] AsideRelatives = ["who", "which"];

    // Auxiliaries of a passive whose agent may be the subject's own clause ("was pardoned by Halvard"), not a modifier.
    private static readonly string[] PassiveAuxiliaries = ["is", "was", "were", "are", "be", "been", "being", "get", "gets", "got", "has", "have", "had"];

    /// <summary>
    /// Whether the name at <paramref name="first"/> is the agent of a past participle that modifies a noun before it
    /// ("Ex-Navy diver pardoned by Halvard says"): the subject is the noun, not the agent.
    /// </summary>
    private bool IsPassiveAgent(int first, int floor) =>
        first - 3 >= floor && Is(first - 1, "by") && IsLower(first - 2) && Word(first - 2).EndsWith("ed", StringComparison.Ordinal)
        && IsWord(first - 3) && !IsOneOf(first - 3, PassiveAuxiliaries) && !IsOneOf(first - 3, SubjectStops) && !(IsLower(first - 3) && IsCueWord(first - 3));

    // The sentence's own speech verbs that may follow a subject with a restrictive relative clause ("An official who … said").
    private static readonly string[] MainSpeechVerbs = ["said", "says", "say", "told", "tells"];

    /// <summary>
    /// Whether <paramref name="cue"/> is the verb of a restrictive relative clause ("An official who spoke anonymously
    /// to discuss the talks said …") whose content, from <paramref name="contentFirst"/>, runs over the sentence's own
    /// speech verb after a word of the clause: the clause reports no words of its own there, and "said" is the cue.
    /// "who told reporters he said …" (a subject before the verb) is a clause's own report and is kept.
    /// </summary>
    private bool RelativeCueBeforeMainVerb(CueMatch cue, int contentFirst, int contentLast)
    {
        var k = cue.First - 1;
        while (k > 0 && cue.First - k <= 2 && IsAuxiliary(k))
        {
            k--;
        }
        if (!Is(k, "who") || !IsLower(k) || IsPunct(k - 1, ',') || IsPunct(k - 1, '\u2014') || IsPunct(k - 1, '\u2013'))
        {
            return false;
        }
        for (var j = contentFirst + 1; j <= contentLast && j <= contentFirst + 15; j++)
        {
            if (_tokens[j].Kind == TokenKind.Punctuation && !IsAbbreviationDot(j) && !IsAttachedMark(j) || IsOneOf(j, ClauseOpeners) || InsideRun(_tokens[j].Span.Start))
            {
                return false;
            }
            if (IsLower(j) && IsOneOf(j, MainSpeechVerbs))
            {
                return IsWord(j - 1) && !IsOneOf(j - 1, SubjectPronouns) && !Is(j - 1, "it") && !Is(j - 1, "you") && !Is(j - 1, "who");
            }
        }
        return false;
    }

    // Words that end the walk back over a relative clause: another clause opens there.
    private static readonly string[] RelativeClauseStops = ["that", "which", "whom", "whose", "what", "where", "how", "why", "whether", "because", "while", "when", "if", "although", "though", "and", "but", "or"];

    /// <summary>
    /// The "who" whose relative clause holds the phrase at <paramref name="first"/> as an object ("The pilots who
    /// spoke to the Gazette said", "People who know Ana Ruiz said"), or -1: up to ten lower-case words back, no mark or
    /// clause word between, and "who" the clause's subject (its verb follows it; "the man who Ruiz said" has none).
    /// </summary>
    private int RelativeClauseAround(int first, int floor)
    {
        if (first - 2 <= floor || !IsLower(first - 1) || Is(first - 1, "who"))
        {
            return -1;
        }
        for (var k = first - 1; k > floor && k >= first - 11; k--)
        {
            if (!IsLower(k) || IsOneOf(k, RelativeClauseStops))
            {
                return -1;
            }
            if (Is(k, "who"))
            {
                return IsOneOf(k + 1, SubjectDeterminers) || IsOneOf(k + 1, Determiners) || IsOneOf(k + 1, SubjectPronouns) || Is(k + 1, "it") || Is(k + 1, "you") ? -1 : k;
            }
        }
        return -1;
    }

    /// <summary>
    /// The subject whose participle phrase ends at the cue: the speaker phrase before the participle, else the noun
    /// phrase from the clause start, with the participle phrase in its source span; none if neither reads.
    /// </summary>
    private SpeakerPhrase? SubjectOfPassiveParticiple(int participle, int floor, int b)
    {
        if (ParseSpeakerBackward(participle - 1, floor) is { } head)
        {
            return head with { Last = b, Span = SpanOf(head.First, b) };
        }
        var start = participle - 1;
        while (start - 1 >= floor && participle - start < 8 && IsWord(start - 1) && !IsOneOf(start - 1, SubjectStops) && !(IsLower(start - 1) && IsCueWord(start - 1)))
        {
            start--;
        }
        if (start - 1 >= floor && IsWord(start - 1))
        {
            return null; // the walk stopped at a clause word: no clear subject
        }
        var span = SpanOf(start, b);
        return new SpeakerPhrase(start, b, span, SpeakerKind.Organization, SpanOf(start, participle - 1));
    }

    // "the source, who’s familiar with …, told": the relative pronoun with a contracted "is" or "has".
    private static readonly string[] ContractedRelatives = ["who's", "who\u2019s"];

    /// <summary>Whether a "who" or "which" opens a dash ending at most 30 tokens before <paramref name="close"/>.</summary>
    private bool IsRelativeAside(int close, int floor)
    {
        for (var k = close - 2; k > floor && k >= close - 30; k--)
        {
            if (DashStart(k) is var open and >= 0)
            {
                return IsOneOf(k + 1, AsideRelatives);
            }
        }
        return false;
    }

    /// <summary>
    /// The first token of a dash ending at token <paramref name="i"/>: an em or en dash, a double hyphen ("--", two
    /// tokens), or a hyphen with spaces on both sides; -1 when none ends there.
    /// </summary>
    private int DashStart(int i)
    {
        if (IsPunct(i, '\u2014') || IsPunct(i, '\u2013'))
        {
            return i;
        }
        if (!IsPunct(i, '-'))
        {
            return -1;
        }
        if (IsPunct(i - 1, '-') && Attached(i))
        {
            return i - 1;
        }
        var spacedBefore = !Attached(i) && !IsPunct(i - 1, '-');
        var spacedAfter = i + 1 < _tokens.Length && _tokens[i + 1].Span.Start > _tokens[i].Span.End;
        return spacedBefore && spacedAfter ? i : -1;
    }

    /// <summary>
    /// The subject of the first finite verb between <paramref name="floor"/> and <paramref name="limit"/>, for a
    /// coordinated verb or participle whose clause does not open the sentence ("But some strategists fear … and warn
    /// …", "While Kovac is an advocate of the deal and wrote …", "On Monday Ruiz went further, calling …"). The first
    /// verb, not the nearest: a nearer one may sit in its object clause. Null when no subject parses before it, or a
    /// clause opener comes first.
    /// </summary>
    private SpeakerPhrase? FirstClauseSubject(int floor, int limit)
    {
        for (var k = floor + 1; k <= limit && k <= floor + 30; k++)
        {
            if (IsOneOf(k, ClauseOpeners) && k > floor + 1 || IsPunct(k, ';') || IsPunct(k, ':'))
            {
                return null;
            }
            if (!IsLower(k) || !(IsOneOf(k, FiniteAuxiliaries) || IsCueWord(k) || Word(k).EndsWith("ed", StringComparison.Ordinal)))
            {
                continue;
            }
            var end = k - 1;
            while (end > floor && IsAuxiliary(end))
            {
                end--;
            }
            end = SkipTimeBackward(end, floor);
            if (ParseSpeakerBackward(end, floor) is { } subject && subject.Last == end)
            {
                return subject;
            }
        }
        return null;
    }

    private static readonly string[] GoForms = ["go", "goes", "went", "going", "gone"];

    private static readonly string[] BeginForms = ["began", "begin", "begins", "beginning", "started", "starts", "start", "opened", "opens", "closed", "closes", "ended", "ends", "responded", "responds"];

    /// <summary>
    /// Steps back over a verb that leads into the cue ("The email goes on to say", "Ruiz began by saying", "Kovac
    /// went on to add"): the subject stands before it. Auxiliaries before the lead-in are skipped too.
    /// </summary>
    private int SkipLeadIn(int b, int floor)
    {
        var k = b;
        if (Is(k, "to") && Is(k - 1, "on") && IsOneOf(k - 2, GoForms))
        {
            k -= 3;
        }
        else if (Is(k, "by") && IsOneOf(k - 1, BeginForms))
        {
            k -= 2;
        }
        else
        {
            return b;
        }
        while (k >= floor && k >= b - 6 && IsAuxiliary(k))
        {
            k--;
        }
        return k >= floor ? k : b;
    }

    // "last week", "on Wednesday", "earlier this month" between a subject and its cue.
    private static readonly ListedWords TimeUnits =
        ["week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "spring", "summer", "autumn", "fall", "winter"];

    private static readonly string[] RecentUnits = ["days", "weeks", "months", "years"];

    // Nouns of set phrases that sit between an auxiliary and its verb: "in fact", "in particular", "at times".
    private static readonly string[] VerbPhraseAdverbNouns = ["fact", "particular", "general", "times", "turn", "effect", "part", "private", "public"];

    private static readonly string[] TimeDeterminers = ["last", "this", "next", "on", "earlier", "later", "that", "every"];

    /// <summary>
    /// Whether a lower-case participle follows the head of <paramref name="phrase"/> ("a poll released", "voters going to
    /// the polls", "a survey out"): a time adverbial right after such a phrase modifies it, not the cue.
    /// </summary>
    private bool HasTrailingParticiple(SpeakerPhrase phrase)
    {
        for (var k = phrase.First + 1; k <= phrase.Last; k++)
        {
            if (IsLower(k) && (Is(k, "out") || IsVerbForm(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Steps back over a time adverbial that ends at <paramref name="i"/> ("Ruiz last week said", "Ruiz on Monday said").</summary>
    private int SkipTimeBackward(int i, int floor)
    {
        // "Ruiz, who has in the past described …", "officials have in recent weeks warned …": the phrase sits between
        // the auxiliary and the verb, so the auxiliary before it is stepped over too (the source was "the past").
        if (i - 3 > floor && Is(i - 2, "in") && (Is(i, "past") && Is(i - 1, "the") || IsOneOf(i, RecentUnits) && (Is(i - 1, "recent") || Is(i - 1, "past"))))
        {
            var before = i - 3;
            while (before > floor && before >= i - 5 && IsAuxiliary(before))
            {
                before--;
            }
            return before;
        }
        // "critics have in particular noted", "the unions have in fact reported", "Ruiz has at times argued": a set phrase
        // after an auxiliary is an adverb of the verb phrase (the source was "particular", "fact", "at times").
        if (i - 2 > floor && IsOneOf(i, VerbPhraseAdverbNouns) && (Is(i - 1, "in") || Is(i - 1, "at")) && IsAuxiliary(i - 2))
        {
            var before = i - 2;
            while (before > floor && before >= i - 4 && IsAuxiliary(before))
            {
                before--;
            }
            return before;
        }
        if (i - 1 <= floor || !IsOneOf(i, TimeUnits))
        {
            return i;
        }
        var k = i - 1;
        while (k > floor && k >= i - 3 && IsLower(k) && IsOneOf(k, TimeDeterminers))
        {
            k--;
        }
        // A weekday alone ("Ruiz Monday said") or after its determiner; a bare "week" is a noun ("the week said" is not a time).
        return k < i - 1 || char.IsUpper(_text[_tokens[i].Span.Start]) ? k : i;
    }

    /// <summary>
    /// The name or descriptor that opens the sentence and is followed by a comma, when everything up to the comma
    /// before the cue (<paramref name="comma"/>) is its apposition: no quotation, no sentence punctuation, at most 40
    /// tokens. Null otherwise.
    /// </summary>
    private SpeakerPhrase? OpeningNameBeforeApposition(int floor, int comma)
    {
        var subject = SentenceSubject(floor, comma - 1);
        if (subject is not { Kind: SpeakerKind.Name or SpeakerKind.Descriptor } || !IsPunct(subject.Last + 1, ',') || subject.Last + 1 >= comma || comma - subject.Last > 40)
        {
            return null;
        }
        for (var k = subject.Last + 2; k < comma; k++)
        {
            // A state's abbreviation before a comma ("a rabbi from Ava, Mo., who …") is no sentence end.
            if (_tokens[k].Kind == TokenKind.Punctuation && (IsPunct(k, ';') || IsPunct(k, ':') || IsPunct(k, '\u201C') || IsPunct(k, '"') || IsPunct(k, '.') && !IsAbbreviationDot(k) && !AbbreviationBeforeComma(k)) || Is(k, "and") && IsPunct(k - 1, ','))
            {
                return null;
            }
        }
        return subject;
    }

    /// <summary>A dot against a short capitalised word and followed by a comma: "Mo.,", "Fla.,", "R-Fla.,".</summary>
    private bool AbbreviationBeforeComma(int k) =>
        IsPunct(k + 1, ',') && Attached(k) && IsCapitalised(k - 1) && _tokens[k - 1].Span.Length <= 4;

    /// <summary>
    /// The subject after an opening adverbial ("Instead, the senator is sticking to …", "In Lorton, Kovac went after
    /// Ruiz, …"): the speaker phrase after one of the first three commas, followed by a lower-case word (its verb).
    /// </summary>
    private SpeakerPhrase? SubjectAfterOpener(int first, int limit)
    {
        var commas = 0;
        for (var k = first; k < limit && k < first + 25 && commas < 3; k++)
        {
            if (!IsPunct(k, ','))
            {
                continue;
            }
            commas++;
            if (SentenceSubject(k + 1, limit) is { } phrase && phrase.Last + 1 <= limit && IsLower(phrase.Last + 1) && !IsOneOf(phrase.Last + 1, ClauseOpeners))
            {
                return phrase;
            }
        }
        return null;
    }

    private static readonly ListedWords FiniteAuxiliaries =
        ["has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "did", "does", "do"];

    /// <summary>
    /// The noun phrase that opens the sentence when no speaker rule parses it ("Both parents stiffened their stance,
    /// saying …", "Other advisers to the governor have urged a default, saying …"): the words before the first
    /// auxiliary or past-tense verb, eight at most, after a dateline ("LORTON (Vodena Star) –").
    /// </summary>
    private SpeakerPhrase? SentenceNounPhrase(int first, int limit)
    {
        var start = first;
        for (var k = first; k <= limit && k < first + 8; k++)
        {
            if (IsPunct(k, '\u2013') || IsPunct(k, '\u2014'))
            {
                start = k + 1;
                break;
            }
        }
        if (!(IsCapitalised(start) || IsOneOf(start, SubjectDeterminers) || IsQuantifier(start)) || IsOneOf(start, ClauseOpeners) || StartsAdverbial(start))
        {
            return null;
        }
        for (var k = start + 1; k <= limit && k <= start + 8; k++)
        {
            if (IsLower(k) && (IsOneOf(k, FiniteAuxiliaries) || IsCueWord(k) || Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !IsOneOf(k - 1, SubjectDeterminers)))
            {
                var last = k - 1;
                if (IsOneOf(last, NotSubjectEnds) || IsLeftBoundary(last) || !IsWord(last))
                {
                    return null;
                }
                var span = SpanOf(start, last);
                return ParseSpeakerBackward(last, start) is { } named && named.First == start ? named : new SpeakerPhrase(start, last, span, SpeakerKind.Organization, span);
            }
            var inside = IsWord(k) && !IsLeftBoundary(k) || _tokens[k].Kind == TokenKind.Number || IsAbbreviationDot(k) || IsAttachedMark(k)
                || IsOneOf(k, RolePrepositions) || Is(k, "and");
            if (!inside)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The speaker phrase that opens the sentence, when one does and it ends before <paramref name="limit"/>.</summary>
    private SpeakerPhrase? SentenceSubject(int first, int limit)
    {
        var phrase = ParseSpeakerForward(first, limit);
        if (phrase is { Kind: SpeakerKind.Name, MentionKey: null } && phrase.First == phrase.Last && FindFullName(Word(phrase.First).ToString(), phrase.Span.Start) is null)
        {
            return null; // a lone capitalised opener ("Chastened, …") is not a known person
        }
        return phrase is { Kind: not SpeakerKind.Organization } || phrase is { Kind: SpeakerKind.Organization } && char.IsUpper(_text[phrase.NameSpan.Start]) ? phrase : null;
    }

    /// <summary>Steps back over a parenthesis that ends at <paramref name="i"/> ("Rep. Ana Ruiz (D-Vodena) said").</summary>
    private int SkipParenthesis(int i, int floor)
    {
        if (!IsPunct(i, ')'))
        {
            return i;
        }
        for (var k = i - 1; k >= floor && k >= i - 10; k--)
        {
            if (IsPunct(k, '('))
            {
                return k - 1;
            }
        }
        return i;
    }

    private int SkipParenthesisForward(int i, int limit)
    {
        if (!IsPunct(i, '('))
        {
            return i;
        }
        for (var k = i + 1; k <= limit && k <= i + 10; k++)
        {
            if (IsPunct(k, ')'))
            {
                return k + 1;
            }
        }
        return i;
    }

    /// <summary>
    /// The words up to punctuation (twenty at most), for sources no rule names ("according to court filings",
    /// "according to early results of exit polls conducted for the Vodena Star by Kestrel Research").
    /// </summary>
    private SpeakerPhrase? ParseLooseSource(int i, int limit)
    {
        var end = -1;
        for (var k = i; k <= limit && k < i + 20 && (IsWord(k) || IsDomainDot(k) || IsAbbreviationDot(k) || IsAttachedMark(k) || _tokens[k].Kind == TokenKind.Number); k++)
        {
            end = k;
        }
        if (end >= 0 && !(end + 1 > limit || _tokens[end + 1].Kind == TokenKind.Punctuation))
        {
            // Cut off inside a longer phrase: keep the first eight words, as before.
            end = Math.Min(end, i + 7);
        }
        if (end < 0)
        {
            return null;
        }
        var span = SpanOf(i, end);
        return new SpeakerPhrase(i, end, span, SpeakerKind.Organization, span);
    }

    /// <summary>Indirect and mixed speech: "X said (that) CLAUSE", "CLAUSE, X said.", "X plans to VERB", "according to X, CLAUSE".</summary>
    private void FindReportedSpeech()
    {
        for (var i = 0; i < _tokens.Length; i++)
        {
            if (IsUsedCue(i) || TryAgentNounAttribution(i))
            {
                continue;
            }
            if (!TryCue(i, out var cue))
            {
                TryNominalAttribution(i);
                TryViewpointOpener(i);
                continue;
            }
            if (IsIdiomaticSpeechVerb(cue))
            {
                continue;
            }
            var (first, last) = SentenceTokens(_tokenSentence[i]);
            // Text without sentence breaks would make every cue's content run to the end of the text (quadratic
            // time and memory); real sentences are far shorter than this window.
            first = Math.Max(first, i - MaxContentTokens);
            last = Math.Min(last, i + MaxContentTokens);
            var contentEnd = last;
            while (contentEnd > first && _tokens[contentEnd].Kind == TokenKind.Punctuation && _text[_tokens[contentEnd].Span.Start] is '.' or '!' or '?' or ';' or '\u2026')
            {
                contentEnd--;
            }
            if (cue.Lemma == "report" && Is(cue.Last + 1, "by"))
            {
                // "reported by the Morning Star" is a citation, and a quote only in the frames of ReportedByAttribution.
                AddReportedByQuote(cue, first, contentEnd);
                continue;
            }
            if (Is(cue.First, "asked") && cue.First == cue.Last && AskedByQuestion(cue.First, first, contentEnd) is var (asker, byFirst, byLast))
            {
                // "Ruiz was asked by a caller why …", "Asked by the host whether …, Ruiz said": the asker is the source.
                AddQuote(SpanOf(byFirst, byLast), QuoteKind.Indirect, cue, asker, null, null, _tokens[cue.First].Span.Start);
                _quotes[^1] = _quotes[^1] with { SourceSpan = asker.Span };
                continue;
            }
            if (Is(cue.First, "asked") && cue.First == cue.Last && AskedQuestion(cue.First, first, contentEnd) is var (askedLast, questionFirst, questionLast))
            {
                // "Asked whether she would run, Ruiz said …": the question is attributed to nobody in particular.
                AddQuote(SpanOf(questionFirst, questionLast), QuoteKind.Indirect, cue with { Last = askedLast }, null, null, null, _tokens[cue.First].Span.Start);
                continue;
            }
            if (FrontedParticiple(cue, first, contentEnd) is var (frontFirst, frontLast, frontSpeaker, frontCue))
            {
                // "After praising the plan, Kovac said …": the main clause's subject is the participle's source.
                AddQuote(SpanOf(frontFirst, frontLast), QuoteKind.Indirect, frontCue, frontSpeaker, null, null, _tokens[cue.First].Span.Start);
                continue;
            }
            if (AgentPassive(cue, first, contentEnd) is var (agentFirst, agentLast, agent))
            {
                // "The plan was criticized by the mayor", "a practice criticized by civil rights groups": the agent is
                // the source and the passive's subject (or the noun the participle modifies) the content.
                AddQuote(SpanOf(agentFirst, agentLast), QuoteKind.Indirect, cue, agent, null, null, _tokens[cue.First].Span.Start);
                // The source phrase is the agent alone: the words left of it are the cue and the content.
                _quotes[^1] = _quotes[^1] with { SourceSpan = agent.Span };
                continue;
            }
            if (PassiveContentStart(cue, first, contentEnd) is var passive and >= 0)
            {
                // "was accused of …", "is expected to …", "has been criticised for …": annotated without a source.
                var passiveLast = ContentEndBeforeParticipleCue(passive, contentEnd);
                if (passiveLast > passive && !InsideRun(_tokens[passive].Span.Start))
                {
                    AddQuote(SpanOf(passive, passiveLast), QuoteKind.Indirect, cue, null, null, null, _tokens[cue.First].Span.Start);
                }
                continue;
            }
            if (Is(cue.First - 1, "to") && TryControlledInfinitive(cue, first, contentEnd))
            {
                continue;
            }
            if (!TryAttribution(cue, first, last, out var speaker, out var venue, out var tailEnd))
            {
                continue;
            }
            int contentFirst = 0, contentLast = -1;
            TextSpan? secondPart = null;
            var objectGap = false;
            if (cue.Lemma == "according to")
            {
                var after = speaker.Last + 1;
                // "In addition, according to X, CLAUSE" and "But, according to X, CLAUSE": a short opener before the
                // phrase is not what X says; the clause after it is.
                var opener = IsPunct(cue.First - 1, ',') && (cue.First - 2 - first < 3 || IsPhraseOpener(first, cue.First - 2)) && IsPunct(after, ',') && after + 1 <= contentEnd;
                if (IsPunct(cue.First - 1, ',') && cue.First - 2 >= first && !opener)
                {
                    // "CLAUSE, according to X[, more]": the clause before the phrase is what X is the source of.
                    (contentFirst, contentLast) = (first, cue.First - 2);
                }
                else if (IsPunct(after, ',') && after + 1 <= contentEnd)
                {
                    (contentFirst, contentLast) = (after + 1, contentEnd);
                }
                else
                {
                    (contentFirst, contentLast) = (first, contentEnd);
                }
            }
            else if (Is(cue.Last + 1, "to") && (IsLower(cue.Last + 2) && !IsAdverbialTo(cue.Last + 2) || RunOpeningAt(cue.Last + 2) is not null && IsLower(cue.Last + 3) && !IsAdverbialTo(cue.Last + 3)))
            {
                // "plans to resign", "agreed to lend": an intention; annotators include the "to".
                if (speaker.First > cue.First)
                {
                    continue;
                }
                (contentFirst, contentLast) = (cue.Last + 1, ContentEndBeforeParticipleCue(cue.Last + 1, contentEnd));
            }
            else if (cue.Class == CueClass.Intent && speaker.Last < cue.First && InfinitiveAfterAdverbial(cue, contentEnd) is var infinitive and > 0)
            {
                // "Ruiz promised Monday to cut the tolls": the infinitive after a time or place adverbial.
                (contentFirst, contentLast) = (infinitive, ContentEndBeforeParticipleCue(infinitive, contentEnd));
            }
            else if (cue.Class == CueClass.Intent && (speaker.First > cue.First || tailEnd > contentEnd || _tokens[tailEnd].Kind == TokenKind.Punctuation || StartsAdverbial(tailEnd)))
            {
                continue;
            }
            else
            {
                var hasThat = Is(tailEnd, "that");
                if (hasThat)
                {
                    tailEnd++;
                    if (IsPunct(tailEnd, ',') && tailEnd < contentEnd)
                    {
                        tailEnd++; // "said that, if elected, he would …"
                    }
                }
                if (!hasThat && IsPunct(tailEnd - 1, ',') && ParentheticalAttributionAt(tailEnd, contentEnd))
                {
                    continue; // "He hoped, he said, that …": the parenthetical attribution's, not this cue's
                }
                if (!hasThat && tailEnd > cue.Last + 1 && tailEnd <= last && IsPunct(tailEnd - 1, ',') && IsPunct(Math.Min(speaker.First, cue.First) - 1, ',')
                    && RunOpeningAt(tailEnd) is { } spoken)
                {
                    // "Asked whether …, Ruiz said, “Probably.”": what was said is the quotation after the comma, not
                    // the clause before the attribution, as the set-off reading below would have it (a one-word
                    // quotation, which the direct rules take for a title, left the cue to this rule).
                    if (!spoken.Used && ParagraphOfOffset(spoken.OpenMark) == ParagraphOfOffset(_tokens[cue.First].Span.Start))
                    {
                        spoken.Used = true;
                        AddQuote(spoken.Content, QuoteKind.Direct, cue, speaker, venue, spoken.Parts, _tokens[cue.First].Span.Start);
                    }
                    continue;
                }
                // "…, he said, and talks could resume" and "…, said Ana Ruiz, an adviser" are post-posed too: the
                // attribution is set off by commas, so the content is the clause before it.
                var setOff = !hasThat && tailEnd > cue.Last + 1 && IsPunct(tailEnd - 1, ',') && IsPunct(Math.Min(speaker.First, cue.First) - 1, ',');
                // "…, analysts say; in 2012 …": a semicolon ends the attribution as the sentence's end would.
                // So do a dash and an opening parenthesis: "…, Ruiz allies believe — a view …", "…, pilots say (though …)".
                var beforeSemicolon = !hasThat && (IsPunct(tailEnd, ';') || IsPunct(tailEnd, '\u2014') || IsPunct(tailEnd, '\u2013') || IsPunct(tailEnd, '('))
                    && IsPunct(Math.Min(speaker.First, cue.First) - 1, ',');
                if (tailEnd > contentEnd || setOff || beforeSemicolon || !hasThat && PostposedBeforeAdverbial(cue, speaker, first, tailEnd, contentEnd))
                {
                    // Post-posed: "The talks will resume, the minister said."
                    var pre = Math.Min(speaker.First, cue.First) - 1;
                    if (Is(pre, "as"))
                    {
                        pre--;
                    }
                    if (!IsPunct(pre, ',') || pre - 1 < first)
                    {
                        if (ObjectOfRelative(speaker, cue, first) is { } gap)
                        {
                            // "… the allegations, which he has denied." The cue's object is the relative pronoun or
                            // noun phrase before its subject.
                            (contentFirst, contentLast) = gap;
                            objectGap = true;
                        }
                        else if (CommaBeforeSourceModifiers(pre, first) is var modified and > 0)
                        {
                            // "The album is done, frontman Tom Ruiz revealed.": the words before the parsed name belong
                            // to the source, and the clause before the comma is the content.
                            (contentFirst, contentLast) = (first, modified - 1);
                        }
                        else
                        {
                            continue;
                        }
                    }
                    else
                    {
                        (contentFirst, contentLast) = (first, ContentLastBeforeSetOffRole(first, pre, speaker));
                    }
                    // "The plan, she said, would fail.": a clause interrupted by its attribution goes on after it, and
                    // both pieces are the content (one discontinuous span, as annotators mark it).
                    if (setOff && speaker.Last < cue.First && tailEnd <= contentEnd && IsWord(tailEnd) && !StartsAdverbial(tailEnd) && !IsOneOf(tailEnd, RunOnJoiners)
                        && !Word(tailEnd).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IsUsedCue(tailEnd)
                        && ContentEndBeforeParticipleCue(tailEnd, contentEnd) is var secondLast && secondLast > tailEnd)
                    {
                        secondPart = SpanOf(tailEnd, secondLast);
                    }
                }
                else
                {
                    if ((StartsAdverbial(tailEnd) || IsPunct(tailEnd, '\u2014') || IsPunct(tailEnd, '\u2013')) && ThatWithin(tailEnd, contentEnd) is var that and > 0)
                    {
                        // "said during a rally in Vodena that …": skip the adverbial up to "that".
                        venue ??= ParseVenue(tailEnd, that - 1);
                        tailEnd = that + 1;
                        hasThat = true;
                    }
                    if (!hasThat && speaker.First < cue.First && cue.First == cue.Last
                        && (PrepositionalObject(tailEnd, contentEnd) || Is(tailEnd, "to") && IsOneOf(cue.First, StanceParticiples) && IsOneOf(tailEnd + 1, NounPhraseStarts)))
                    {
                        // "has been critical of the mayor", "complained about his microphone": the preposition belongs
                        // to the cue (annotators mark "complained about") and its object is the content.
                        cue = cue with { Last = tailEnd };
                        tailEnd++;
                    }
                    else if (IsPunct(tailEnd, ':') || _tokens[tailEnd].Kind == TokenKind.Punctuation && RunOpeningAt(tailEnd) is null || speaker.First > cue.First || StartsAdverbial(tailEnd) && !hasThat)
                    {
                        if (hasThat || IsPunct(tailEnd, ':') || ObjectOfRelative(speaker, cue, first) is not { } gap)
                        {
                            continue;
                        }
                        (contentFirst, contentLast) = gap;
                        objectGap = true;
                    }
                    if (!objectGap)
                    {
                        // Annotators (PolNeAR) include the complementiser in the content: "said [that the plan failed]".
                        (contentFirst, contentLast) = (hasThat ? ThatBefore(tailEnd) : tailEnd, ContentEndBeforeParticipleCue(tailEnd, contentEnd));
                        if (OpeningSubordinateClause(first, speaker, cue) && CommaWithin(contentFirst + 1, contentLast) is var clauseEnd and > 0)
                        {
                            // "After the board issued a statement, the Gazette ran a story": the attribution sits in
                            // a clause that opens the sentence, and its content ends where that clause does.
                            contentLast = clauseEnd - 1;
                        }
                        if (speaker.Last == cue.First - 1 && speaker.Kind != SpeakerKind.Pronoun && ContractedPronounLength(speaker.Last) == 0
                            && Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !hasThat && !Is(speaker.First - 1, "with"))
                        {
                            // "Super PACs backing Ruiz have spent …": a participle that modifies its source noun takes
                            // an object, which ends where the sentence's own verb begins.
                            for (var k = contentFirst + 1; k <= contentLast; k++)
                            {
                                if (IsFiniteVerbAfterNoun(k))
                                {
                                    contentLast = k - 1;
                                    break;
                                }
                            }
                        }
                    }
                }
            }
            // One word is too little to be a content, except an answer: "Asked if he was bullied, he said no."
            if (contentLast < contentFirst || contentLast - contentFirst < 1 && cue.Class != CueClass.Intent && !(contentFirst > cue.Last && (IsOneOf(contentFirst, OneWordAnswers) || OneWordObject(contentFirst))) && !objectGap && secondPart is null)
            {
                continue;
            }
            if (Is(contentFirst, "nothing") && contentFirst > cue.Last)
            {
                continue; // "said nothing new" reports that nothing was said
            }
            if (contentFirst > cue.Last && RelativeCueBeforeMainVerb(cue, contentFirst, contentLast))
            {
                continue; // the clause's verb, whose "content" would run over the sentence's own cue
            }
            var content = SpanOf(contentFirst, contentLast);
            var kind = QuoteKind.Indirect;
            var wholeRun = false;
            // Runs are in text order: only those opening inside the content can lie in it.
            for (var r = Math.Max(0, LastRunOpeningAtOrBefore(content.Start)); r < _runs.Count && _runs[r].OpenMark <= content.End; r++)
            {
                var run = _runs[r];
                if (!run.Used && run.Parts.Count == 1 && run.OpenMark > content.Start && run.OpenMark < content.End && run.Content.End > content.End
                    && ParagraphOfOffset(run.Content.End - 1) == ParagraphOfOffset(content.Start))
                {
                    // "Ruiz said the plan “was rushed. Nobody read it.”": the quotation runs past the sentence, and
                    // what it holds is still Ruiz's (PolNeAR's content ends with the quotation).
                    content = TextSpan.FromBounds(content.Start, run.Content.End);
                    kind = QuoteKind.Mixed;
                    run.Used = true;
                    break;
                }
                if (content.Contains(run.Content))
                {
                    if (run.OpenMark <= content.Start + 1 && run.End >= content.End - 1)
                    {
                        wholeRun = true;
                        break;
                    }
                    if (!run.Used || !QuotedInside(run, content))
                    {
                        kind = QuoteKind.Mixed;
                        run.Used = true;
                    }
                }
            }
            if (wholeRun)
            {
                continue;
            }
            if (speaker.Last < cue.First && SourcelessCue(cue, speaker))
            {
                // "The senator seems to …", "Ruiz was named the director": the subject is what the content is about,
                // and nobody is quoted as its source (PolNeAR marks the subject as part of the content).
                AddQuote(TextSpan.FromBounds(speaker.Span.Start, content.End), kind, cue, null, null, [speaker.Span, content], _tokens[cue.First].Span.Start);
                continue;
            }
            if (secondPart is { } rest)
            {
                AddQuote(TextSpan.FromBounds(content.Start, rest.End), kind, cue, speaker, venue, [content, rest], _tokens[cue.First].Span.Start);
                continue;
            }
            AddQuote(content, kind, cue, speaker, venue, null, _tokens[cue.First].Span.Start);
        }
    }

    private static readonly string[] OneWordAnswers = ["so", "yes", "no"];

    // A relative pronoun that is the object of the cue after it ("the allegations, which he denies").
    private static readonly string[] ObjectRelatives = ["which", "that", "what", "whom"];

    // Determiners that open the noun phrase a relative clause without a pronoun modifies ("a point he likes to make").
    private static readonly string[] GapDeterminers = ["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "every", "no", "some", "any"];

    /// <summary>
    /// The object a cue without one of its own takes from before its subject, in a relative clause: the relative
    /// pronoun ("which he has denied", "what she wrote") or the noun phrase a pronoun-less clause modifies ("the
    /// deadline Congress imposed", "a point he likes to make"); PolNeAR marks it as the content. Null otherwise.
    /// </summary>
    // Prepositions that cannot end the noun phrase a pronoun-less relative clause modifies.
    private static readonly string[] GapPrepositions = ["for", "of", "to", "at", "on", "in", "from", "by", "with", "about", "against", "over"];

    private (int First, int Last)? ObjectOfRelative(SpeakerPhrase speaker, CueMatch cue, int floor)
    {
        var k = speaker.First - 1;
        if (speaker.Last >= cue.First || k < floor || !IsWord(k))
        {
            return null;
        }
        if (IsLower(k) && IsOneOf(k, ObjectRelatives))
        {
            return (k, k);
        }
        // A noun phrase ends in its noun: a preposition before the subject makes the subject its object ("A spokesperson
        // for Halvard Logistics did not respond"), not the subject of a relative clause.
        if (IsOneOf(k, SubjectStops) || IsOneOf(k, ClauseOpeners) || IsOneOf(k, GapDeterminers) || IsCueWord(k) || IsOneOf(k, ObjectPronouns)
            || IsOneOf(k, GapPrepositions))
        {
            return null;
        }
        for (var d = k - 1; d >= floor && d >= k - 5; d--)
        {
            if (!IsWord(d) && !IsAttachedMark(d) || IsOneOf(d, SubjectStops) || IsOneOf(d, ClauseOpeners) || IsCueWord(d))
            {
                return null;
            }
            if (IsOneOf(d, GapDeterminers))
            {
                return (d, k);
            }
        }
        return null;
    }

    // A stance verb's object is what PolNeAR marks as its content, one word or not ("Ruiz endorsed Kovac", "they
    // oppose it").
    private static readonly string[] OneWordObjects = ["him", "her", "them", "it", "me", "us"];

    /// <summary>Whether a one-word content is the object of its cue: a name or an object pronoun.</summary>
    private bool OneWordObject(int i) => IsOneOf(i, OneWordObjects) || IsCapitalised(i) && MentionAt(i) is not null;

    /// <summary>
    /// Whether a cue set off after its clause is followed by an adverbial or a participle rather than by a content of
    /// its own ("The vote is vital, he said after meeting the aides.", "…, Ruiz said Tuesday in Lorton, noting …"):
    /// the clause before the comma is what was said.
    /// </summary>
    private bool PostposedBeforeAdverbial(CueMatch cue, SpeakerPhrase speaker, int first, int tailEnd, int contentEnd)
    {
        var pre = Math.Min(speaker.First, cue.First) - 1;
        if (Is(pre, "as"))
        {
            pre--;
        }
        // A short opener before the comma ("In Lorton, Ruiz said on Monday …") is a setting, not a clause; nor is
        // one that starts like an adverbial.
        // Learned cues are mostly acts and stances ("aides cheered as …"): only speech verbs of the hand lexicon qualify.
        if (cue.Class != CueClass.Speech || cue.Lemma == "learned" || !IsPunct(pre, ',') || pre - first < 4 || StartsAdverbial(first) || speaker.Kind == SpeakerKind.Organization && speaker.First > cue.First)
        {
            return false;
        }
        if (tailEnd > contentEnd || StartsAdverbial(tailEnd) && !Is(tailEnd, "to") || IsPunct(tailEnd, ',') || IsPunct(tailEnd, '\u2014') || IsPunct(tailEnd, '\u2013'))
        {
            return true;
        }
        return IsPunct(tailEnd - 1, ',') && Word(tailEnd).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && IsLower(tailEnd);
    }

    private static readonly string[] QuestionWords = ["whether", "if", "what", "who", "whom", "which", "why", "how", "when", "where", "to", "about"];

    /// <summary>
    /// An agentless "Asked (about) …," opening a sentence or after "when" or a comma: the cue's last token and the
    /// question's first and last tokens (up to the next comma), or null.
    /// </summary>
    private (int CueLast, int First, int Last)? AskedQuestion(int asked, int first, int contentEnd, bool afterClause = false)
    {
        if (!(asked == first || Is(asked - 1, "when") || Is(asked - 1, "whenever") || IsPunct(asked - 1, ',') && IsLower(asked)))
        {
            return null;
        }
        var cueLast = asked;
        var k = asked + 1;
        if (Is(k, "about"))
        {
            cueLast = k++;
        }
        else
        {
            // "Asked on Fox News who leads the party", "Asked Tuesday about the plan": the setting before the question.
            var start = k;
            while (k <= contentEnd && k < start + 6 && !IsOneOf(k, QuestionWords) && _tokens[k].Kind != TokenKind.Punctuation)
            {
                k++;
            }
            if (!IsOneOf(k, QuestionWords))
            {
                return null;
            }
        }
        if (k > contentEnd || Is(k, "by") || IsOneOf(k, SubjectPronouns) || !IsWord(k))
        {
            return null;
        }
        var last = k;
        while (last + 1 <= contentEnd && !(IsPunct(last + 1, ',') && !InsideRun(_tokens[last + 1].Span.Start)))
        {
            last++;
        }
        // A question that runs to the sentence's end needs a clause of its own: the sentence's opening "Asked …", or (with
        // afterClause, from AddWhenAskedQuotes) a "when asked …" after a main clause ("…,” Ruiz said when asked about the
        // delay."), whose "when" ends that clause; after a bare comma the question may be the main clause's own object.
        return last + 1 <= contentEnd || asked == first || afterClause && asked - 1 > first && IsOneOf(asked - 1, WhenWords) ? (cueLast, k, last) : null;
    }

    private static readonly string[] WhenWords = ["when", "whenever"];

    private static readonly string[] AskedBe = ["was", "were", "is", "are", "been", "being", "be", "when"];

    // "To" opens a request ("Asked by the host to respond, Ruiz said"), whose asker PolNeAR marks as its source too.
    private static readonly string[] AskerQuestionWords = ["whether", "if", "why", "how", "what", "about", "to"];

    /// <summary>
    /// A question or request put by a named asker: "was asked by a caller why …", "when asked by a reporter whether …",
    /// "Asked by the host whether …, Ruiz said", "Asked by the host to respond, Ruiz said", "was asked by the police to
    /// sign". The asker phrase and the question's first and last tokens (up to a comma, or the sentence end after
    /// "be"), or null. PolNeAR marks the asker as the source of both (it was the one rule of round 17 that credited
    /// "Asked by X to …" after the quote filter, now folded in here).
    /// </summary>
    private (SpeakerPhrase Asker, int First, int Last)? AskedByQuestion(int asked, int first, int contentEnd)
    {
        if (!Is(asked + 1, "by") || !(asked == first || IsOneOf(asked - 1, AskedBe) || IsPunct(asked - 1, ',') && IsLower(asked)))
        {
            return null;
        }
        // The asker runs from "by" to the question word, six words at most ("a caller", "host Ivo Brenner").
        var k = asked + 2;
        while (k <= contentEnd && k < asked + 8 && (IsWord(k) || IsAbbreviationDot(k) || IsAttachedMark(k)) && !IsOneOf(k, AskerQuestionWords))
        {
            k++;
        }
        if (k == asked + 2 || k > contentEnd || !IsOneOf(k, AskerQuestionWords) || !IsWord(k + 1) || IsOneOf(asked + 2, SubjectPronouns))
        {
            return null;
        }
        var asker = ParseSpeakerForward(asked + 2, k - 1) is { } parsed && parsed.Last == k - 1
            ? parsed
            : new SpeakerPhrase(asked + 2, k - 1, SpanOf(asked + 2, k - 1), SpeakerKind.Descriptor, SpanOf(asked + 2, k - 1));
        var last = k;
        while (last + 1 <= contentEnd && !(IsPunct(last + 1, ',') && !InsideRun(_tokens[last + 1].Span.Start)))
        {
            last++;
        }
        // Without a comma the question runs to the sentence end only in a clause of its own ("Ruiz was asked by …").
        return last + 1 <= contentEnd || asked > first && IsOneOf(asked - 1, AskedBe) && !Is(asked - 1, "when") ? (asker, k, last) : null;
    }

    private static readonly string[] SeemWords = ["seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "appearing"];

    // Participles that state the subject's own stance ("are concerned that", "is convinced that"): the subject is the source.
    private static readonly ListedWords StanceParticiples =
    [
        "concerned", "convinced", "assured", "worried", "pleased", "disappointed", "determined", "committed", "opposed",
        "interested", "satisfied", "prepared", "surprised", "frustrated", "excited", "troubled", "alarmed", "angered",
        "encouraged", "delighted", "divided", "split", "dismayed", "puzzled", "inclined", "focused", "obliged", "resigned",
        "unconvinced", "unimpressed", "unmoved", "entitled", "poised", "tempted", "agreed", "united",
    ];

    private static readonly ListedWords IrregularParticiples = ["shown", "told", "known", "seen", "heard", "written", "given", "said", "thought", "deemed", "understood"];

    /// <summary>
    /// Whether the cue reports no source although a subject precedes it: "seems/appears to …" (an impression, not a
    /// statement) and an agentless passive ("was named", "is shown chanting"; "was told by X" names one and is not).
    /// </summary>
    private bool SourcelessCue(CueMatch cue, SpeakerPhrase speaker)
    {
        if (IsOneOf(cue.First, SeemWords))
        {
            // "Ruiz seemed to confirm that …", "She appeared to imply …": a speech act that only seems so still has its
            // subject as the source (PolNeAR marks it so); "seemed to be shrinking" has none.
            return !(cue.First == cue.Last && Is(cue.Last + 1, "to") && IsLower(cue.Last + 2) && IsCueWord(cue.Last + 2) && !IsOneOf(cue.Last + 2, SeemWords));
        }
        var word = Word(cue.First);
        if (!(word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IsOneOf(cue.First, IrregularParticiples)) || Is(cue.Last + 1, "by") || IsOneOf(cue.First, StanceParticiples))
        {
            return false;
        }
        var k = SkipPassiveAdverbs(cue.First - 1, speaker.Last);
        return k > speaker.Last && IsOneOf(k, PassiveBe);
    }

    private static readonly string[] ObjectPrepositions = ["of", "about", "against", "on", "over", "with"];

    /// <summary>
    /// Whether token <paramref name="i"/> is a preposition whose object is what the cue is about ("critical of the
    /// plan", "warned against cuts"), rather than a time or place ("said on Monday", "spoke at a rally").
    /// </summary>
    private bool PrepositionalObject(int i, int contentEnd)
    {
        if (!IsOneOf(i, ObjectPrepositions) || i + 1 > contentEnd || !IsWord(i + 1) || IsOneOf(i + 1, TimeWords) || IsOneOf(i + 1, AddresseeEnds))
        {
            return false;
        }
        // "on the weekend", "over the past week": a determiner before a time word. "Spoke on (the) condition of
        // anonymity" sets the terms of speaking, not its topic: read as the content, it swallowed the main verb of
        // "An official who spoke on condition of anonymity said …".
        return !(IsOneOf(i + 1, NounPhraseStarts) && (IsOneOf(i + 2, TimeWords) || Is(i + 2, "past") || Is(i + 2, "phone") || Is(i + 2, "condition")))
            && !Is(i + 1, "condition") && !Is(i + 1, "behalf") && !Is(i + 1, "record") && !Is(i + 1, "camera") && !Is(i + 1, "television") && !Is(i + 1, "twitter");
    }

    /// <summary>
    /// Content after a cue stops before ", VERBing" when the participle is itself a cue: "attacked the decree, saying
    /// it hurt farmers" holds two attributions, and a token belongs to one of them only.
    /// </summary>
    private int ContentEndBeforeParticipleCue(int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (IsPunct(k, ',') && Word(k + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && TryCue(k + 1, out _) && !InsideRun(_tokens[k].Span.Start))
            {
                return k - 1;
            }
            // The same after a quotation that closes with its comma inside: “… the party,” claiming that …
            if (IsPunct(k, ',') && k + 2 < last && (IsPunct(k + 1, '\u201D') || IsPunct(k + 1, '"')) && Word(k + 2).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && TryCue(k + 2, out _))
            {
                return k + 1;
            }
            if (IsPunct(k, ',') && k + 3 < last && ClosingDoubleApostropheAfterComma(k + 2, -1) && Word(k + 3).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && TryCue(k + 3, out _))
            {
                return k + 2; // ''… the party,'' claiming that …
            }
            // A semicolon ends the reported clause; what follows is the writer's or another attribution.
            if (IsPunct(k, ';') && !InsideRun(_tokens[k].Span.Start))
            {
                return k - 1;
            }
            // "said prices would rise and warned against …": a coordinated predicate with its own cue is a second
            // attribution of the same subject.
            if ((Is(k, "and") || Is(k, "but")) && k > first + 1 && CoordinatedPredicateCue(k + 1, Math.Min(last, k + 3)) && !InsideRun(_tokens[k].Span.Start))
            {
                return IsPunct(k - 1, ',') ? k - 2 : k - 1;
            }
            // "calling the toll a disgrace and asserting that …", "distanced himself from the union by saying …", "vowed
            // to win, while acknowledging that …": a participle that is a cue after "and", "but", "by" or "while" is a
            // second attribution of the same subject, which PolNeAR marks apart. After "and"/"but" only when the
            // content's own cue is a participle ("said the mayor was refusing … and threatening …" is one content);
            // after "by"/"while" not inside a clause of its own (docs/accuracy.md, round 14, for the figures).
            if (IsOneOf(k, ParticipleJoiners) && k > first + 1 && ParticipleCue(k + 1) && !InsideRun(_tokens[k].Span.Start)
                && (Is(k, "and") || Is(k, "but") ? Word(first - 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || Word(first - 2).EndsWith("ing", StringComparison.OrdinalIgnoreCase) : !ClauseOpensBetween(first - 1, k)))
            {
                return IsPunct(k - 1, ',') ? k - 2 : k - 1;
            }
            // "…, but she acknowledged …": a coordinated clause with its own subject and cue is the next attribution.
            if ((Is(k, "but") || Is(k, "and")) && k > first + 1 && k + 2 <= last && CoordinatedCue(k + 1, Math.Min(last, k + 5)) && !InsideRun(_tokens[k].Span.Start))
            {
                return IsPunct(k - 1, ',') || IsPunct(k - 1, '\u2014') || IsPunct(k - 1, '-') ? k - 2 : k - 1;
            }
        }
        return last;
    }

    private static readonly string[] ParticipleJoiners = ["and", "but", "by", "while"];

    // Words that open a clause with a subject of its own inside a content: a "by …" or "while …" after it belongs to
    // that clause ("told Fox that the office is reviewing whether Ruiz broke the law by telling …": Ruiz tells).
    private static readonly string[] InnerClauseWords = ["that", "whether", "if", "including", "who", "which", "he", "she", "they", "we", "i", "it"];

    /// <summary>Whether a clause of its own opens in the content between <paramref name="first"/> and <paramref name="k"/>.</summary>
    private bool ClauseOpensBetween(int first, int k)
    {
        for (var t = first; t < k; t++)
        {
            if (IsOneOf(t, InnerClauseWords))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether token <paramref name="i"/> is a lower-case -ing form that is a cue ("asserting", "saying"), not "according to".</summary>
    private bool ParticipleCue(int i) =>
        IsLower(i) && Word(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && TryCue(i, out var cue) && cue.Lemma != "according to";

    /// <summary>Whether a cue verb (after auxiliaries) starts at <paramref name="i"/>, with no subject of its own.</summary>
    private bool CoordinatedPredicateCue(int i, int limit)
    {
        for (var k = i; k <= limit; k++)
        {
            if (IsLower(k) && TryCue(k, out var cue) && cue.Lemma != "according to" && !Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (!IsAuxiliary(k))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether a subject (a pronoun or capitalised words) starting at <paramref name="i"/> is followed by a cue by <paramref name="limit"/>.</summary>
    private bool CoordinatedCue(int i, int limit)
    {
        if (!(IsOneOf(i, SubjectPronouns) || IsCapitalised(i)))
        {
            return false;
        }
        for (var k = i + 1; k <= limit; k++)
        {
            if (TryCue(k, out _))
            {
                return true;
            }
            if (!IsWord(k) || !(IsCapitalised(k) || IsAuxiliary(k)))
            {
                return false;
            }
        }
        return false;
    }

    private bool QuotedInside(QuoteRun run, TextSpan content)
    {
        // While reported speech is read, the direct quotes are the first _directCount entries, added run by run in text
        // order (so sorted and disjoint): a binary search finds those overlapping the run instead of a scan of all quotes.
        int lo = 0, hi = _directCount;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotes[mid].Span.End <= run.Content.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var q = Math.Max(0, lo - 1); q < _directCount && _quotes[q].Span.Start < run.Content.End + 1; q++)
        {
            var quote = _quotes[q];
            if (quote.Kind == QuoteKind.Direct && quote.Span.Overlaps(run.Content) && !content.Contains(quote.Span))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Quotes without a cue of their own continue the nearest attributed direct quote of their paragraph (or of the
    /// paragraph before, when they open their own): “A,” she said. “B.” is one statement, and annotators mark it as one
    /// discontinuous content. With no such quote they stand alone and take the speaker of the nearest one, if any.
    /// </summary>
    private void InheritSpeakers(List<QuoteRun> deferred)
    {
        // Quote indexes by start offset: each run looks only at quotes within a window of characters around it (its
        // paragraph and the one before are all that count, and real paragraphs are far shorter), which keeps a
        // one-paragraph text with thousands of quotation runs linear instead of scanning every quote per run.
        var order = new List<int>(_quotes.Count + deferred.Count);
        for (var q = 0; q < _quotes.Count; q++)
        {
            order.Add(q);
        }
        order.Sort((a, b) => _quotes[a].Span.Start != _quotes[b].Span.Start ? _quotes[a].Span.Start.CompareTo(_quotes[b].Span.Start) : a.CompareTo(b));
        foreach (var run in deferred)
        {
            if (run.Used)
            {
                continue;
            }
            var paragraph = ParagraphOfOffset(run.OpenMark);
            int previous = -1, next = -1, nearestBefore = -1, nearestAfter = -1;
            for (var o = FirstQuoteStartingAtOrAfter(order, run.OpenMark - InheritWindow); o < order.Count && _quotes[order[o]].Span.Start <= run.End + InheritWindow; o++)
            {
                // Ties go to the earlier quote in _quotes, and previous/next to the last/first one there, as a scan of
                // the whole list in its own order would choose.
                var q = order[o];
                var quote = _quotes[q];
                var quoteParagraph = ParagraphOfOffset(quote.Span.Start);
                // A quote that runs over several paragraphs is near by where it ends, not where it starts.
                if (quote.Span.End <= run.OpenMark && (quoteParagraph >= paragraph - 1 || ParagraphOfOffset(quote.Span.End - 1) >= paragraph - 1))
                {
                    if (nearestBefore < 0 || quote.Span.End > _quotes[nearestBefore].Span.End || quote.Span.End == _quotes[nearestBefore].Span.End && q < nearestBefore)
                    {
                        nearestBefore = q;
                    }
                }
                else if (quote.Span.Start >= run.End && quoteParagraph == paragraph
                    && (nearestAfter < 0 || quote.Span.Start < _quotes[nearestAfter].Span.Start || quote.Span.Start == _quotes[nearestAfter].Span.Start && q < nearestAfter))
                {
                    nearestAfter = q;
                }
                if (!ReadsAsDirect(quote) || quote.Speaker is null || quoteParagraph != paragraph)
                {
                    continue;
                }
                if (quote.Span.End <= run.OpenMark)
                {
                    previous = Math.Max(previous, q);
                }
                else if (quote.Span.Start >= run.End && (next < 0 || q < next))
                {
                    next = q;
                }
            }
            var merge = ContinuedQuote(nearestBefore, run, before: true) ? nearestBefore : ContinuedQuote(nearestAfter, run, before: false) ? nearestAfter : -1;
            if (merge >= 0 && merge == nearestBefore && previous >= 0 && IsParticipleAfterQuotation(previous, merge))
            {
                merge = previous;
            }
            if (merge >= 0)
            {
                run.Used = true;
                var target = _quotes[merge];
                var parts = new List<TextSpan>(target.Parts.Count + run.Parts.Count);
                if (target.Span.Start < run.OpenMark)
                {
                    parts.AddRange(target.Parts);
                    parts.AddRange(run.Parts);
                }
                else
                {
                    parts.AddRange(run.Parts);
                    parts.AddRange(target.Parts);
                }
                _quotes[merge] = target with { Span = TextSpan.FromBounds(parts[0].Start, parts[^1].End), Text = JoinParts(parts), Parts = [.. parts] };
                if (parts[0].Start != target.Span.Start)
                {
                    order.Remove(merge);
                    InsertByStart(order, merge);
                }
                continue;
            }
            var source = previous >= 0 ? _quotes[previous] : next >= 0 ? _quotes[next] : null;
            var content = run.Content;
            if (CountWords(content) < (source is null ? _options.MinUnattributedQuoteWords : 3) || source is null && IsTitleCase(run, 12))
            {
                continue; // scare quotes and titles ("so-called “peacekeepers”") are not attributed speech
            }
            run.Used = true;
            var text = run.Parts.Count > 1 ? JoinParts(run.Parts) : TextOf(content);
            _quotes.Add(new Quote(content, text, QuoteKind.Direct)
            {
                Speaker = source?.Speaker,
                SentenceIndex = SentenceOfOffset(content.Start),
                Parts = [.. run.Parts],
            });
            InsertByStart(order, _quotes.Count - 1);
        }
    }

    /// <summary>Characters either side of a cue-less run within which <see cref="InheritSpeakers"/> looks for quotes.</summary>
    private const int InheritWindow = 50_000;

    private int FirstQuoteStartingAtOrAfter(List<int> order, int offset)
    {
        int lo = 0, hi = order.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotes[order[mid]].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private void InsertByStart(List<int> order, int q)
    {
        var start = _quotes[q].Span.Start;
        var at = FirstQuoteStartingAtOrAfter(order, start);
        while (at < order.Count && _quotes[order[at]].Span.Start == start && order[at] < q)
        {
            at++;
        }
        order.Insert(at, q);
    }

    /// <summary>
    /// Whether a cue-less run continues quote <paramref name="q"/>: a direct quote with a speaker next to it, in its
    /// paragraph or, for a run opening its paragraph, at the end of the paragraph before; short runs are scare quotes.
    /// </summary>
    private bool ContinuedQuote(int q, QuoteRun run, bool before)
    {
        if (q < 0 || CountWords(run.Content) < 3 && !(before && IsShortUtterance(run)))
        {
            return false;
        }
        var quote = _quotes[q];
        if (quote.Speaker is null || quote.CueSpan is not { } cue || quote.Cue == "\u2015")
        {
            return false;
        }
        if (!ReadsAsDirect(quote))
        {
            // "Ruiz shot back, saying she had “made money in bad markets.” “Frankly, …”": a quotation right after
            // reported speech that closed its paragraph or sentence goes on with it.
            return before && cue.End <= quote.Span.Start && OnlyPunctuationBetween(quote.Span.End, run.OpenMark)
                && ParagraphOfOffset(quote.Span.End - 1) >= ParagraphOfOffset(run.OpenMark) - 1;
        }
        var runParagraph = ParagraphOfOffset(run.OpenMark);
        var quoteParagraph = ParagraphOfOffset(before ? quote.Span.End - 1 : quote.Span.Start);
        if (quoteParagraph == runParagraph)
        {
            return true;
        }
        if (!before || quoteParagraph != runParagraph - 1)
        {
            return false;
        }
        // Across paragraphs only when the run opens its paragraph and nothing but the cue follows the quote in its own.
        var sentence = SentenceOfOffset(run.OpenMark);
        var first = TokenAtOrAfter(_sentences[sentence].Span.Start);
        return (sentence == 0 || _sentences[sentence - 1].Paragraph != runParagraph) && _tokens[first].Span.Start >= run.OpenMark - 1;
    }

    /// <summary>
    /// A quotation of one or two words that is a sentence of its own, closed by its own full stop, question or
    /// exclamation mark inside the marks (“Nobody.”, “Never again!”): an utterance, not a scare quote, which sits inside
    /// a sentence and is not closed by one.
    /// </summary>
    private bool IsShortUtterance(QuoteRun run)
    {
        var content = run.Content;
        if (run.Parts.Count != 1 || content.Length == 0 || _text[content.End - 1] is not ('.' or '!' or '?'))
        {
            return false;
        }
        var sentence = _sentences[SentenceOfOffset(run.OpenMark)];
        return sentence.Span.Start >= run.OpenMark - 1 && sentence.Span.End <= run.End + 1;
    }

    private bool OnlyPunctuationBetween(int start, int end)
    {
        for (var t = TokenAtOrAfter(start); t < _tokens.Length && _tokens[t].Span.Start < end; t++)
        {
            if (_tokens[t].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }
        return true;
    }

    private int CountWords(TextSpan span)
    {
        var count = 0;
        for (var i = TokenAtOrAfter(span.Start); i < _tokens.Length && _tokens[i].Span.End <= span.End; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>"citing three Western diplomats", "reported by the Morning Star".</summary>
    private void FindCitingPhrases()
    {
        for (var i = 0; i < _tokens.Length; i++)
        {
            string relation;
            int sourceStart;
            if (Is(i, "citing"))
            {
                relation = "citing";
                sourceStart = i + 1;
            }
            else if ((Is(i, "reported") || Is(i, "published")) && Is(i + 1, "by"))
            {
                relation = "reported";
                sourceStart = i + 2;
            }
            else
            {
                continue;
            }
            var (_, last) = SentenceTokens(_tokenSentence[i]);
            // "citing the release of prisoners" cites a reason, not a source: loose phrases count only when capitalised.
            var source = ParseSpeakerForward(sourceStart, last) ?? (IsCapitalised(sourceStart) ? ParseLooseSource(sourceStart, last) : null);
            if (source is null || source.Kind is SpeakerKind.Pronoun or SpeakerKind.Descriptor && relation == "citing")
            {
                continue;
            }
            var span = SpanOf(i, source.Last);
            AddCitation(span, SourceName(source), source.Kind == SpeakerKind.Group, relation, source.Kind == SpeakerKind.Group ? source.Span : source.NameSpan);
        }
    }

    private string SourceName(SpeakerPhrase source) =>
        source.Kind == SpeakerKind.Group ? TextOf(source.Span) : source.MentionKey ?? TextOf(source.NameSpan);
}
