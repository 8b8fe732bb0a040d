using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Words that open a clause or a question and never begin a source phrase as PolNeAR marks it ("But [aides] say",
    // "Yet [voters] feel", "Do [you] think", "Let [me] say"): of the 20,841 gold sources of the train split 15 start
    // with one ("but" 4, "as" 4, "while" 3, "so" 2, "what" 2), while speaker phrases that open their sentence sweep
    // them in. "Even" is the focus adverb of "even critics say": 8 gold sources start with it, 46 follow it (five-fold
    // CV: source exact +4). "Perhaps", "like", "unlike", "whereas", "alongside" and "including" open an adverbial or a
    // comparison ("Perhaps [Ruiz] said it best", "Like [other pilots] …"): held-out predictions on train, 5 sources
    // become exact and none is lost (round 17).
    private static readonly ListedWords SourceLeadingWords =
    [
        "but", "yet", "while", "whilst", "as", "and", "so", "when", "whether", "how", "why", "what", "let", "do", "does",
        "did", "is", "are", "was", "were", "had", "has", "have", "now", "then", "although", "though", "because", "if",
        "despite", "until", "once", "where", "even", "perhaps", "like", "unlike", "whereas", "alongside", "including",
    ];

    // Auxiliaries and time words a source phrase sweeps in before its cue ("I am [convinced]", "Ruiz late [said]",
    // "polls at the time [showed]", "some outright [denying]"); no gold source of the train split ends in one.
    private static readonly ListedWords SourceTrailingWords =
    [
        "am", "is", "are", "was", "were", "has", "have", "had", "did", "do", "does", "can", "could", "might", "must",
        "should", "been", "being", "not", "earlier", "late", "outright",
    ];

    // Words that end an "of" phrase after a source: the clause goes on ("Ruiz of the dock union who …", "… said").
    private static readonly string[] OfPhraseStops = ["who", "which", "that", "and", "but", "said", "says", "say", "told", "has", "have", "had", "is", "was", "are", "were", "will", "would", "in", "on", "at", "to", "for"];

    /// <summary>
    /// Mends the edges of each quote's source span as PolNeAR marks them: clause words off the front ("But Kovac’s
    /// backers" → "Kovac’s backers"), auxiliaries and time words off the end ("I am", "Ruiz late"), and an "of" phrase
    /// naming where the person is from added ("said Ivo Brenner of the Lorton Dock Union"). The speaker's mention and
    /// name lose the same words. Runs last, after the quote filter, so the filter (trained on the spans as the rules find
    /// them) sees what it was trained on; the spans only shrink or grow at their edges, so every relation stays paired.
    /// </summary>
    private void TrimSourceEdges()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            var source = quote.SourceSpan is { } s ? MendedSource(s, quote, withOf: true) : (TextSpan?)null;
            var mention = quote.SpeakerSpan is { } m ? MendedSource(m, quote, withOf: false) : (TextSpan?)null;
            if (source != quote.SourceSpan || mention != quote.SpeakerSpan)
            {
                // A group's resolved name is its phrase as written ("Yet harbour officials", "I am"): it loses the same words.
                var name = quote.Speaker;
                if (mention != quote.SpeakerSpan && name is not null)
                {
                    var old = quote.SpeakerSpan!.Value;
                    // The name may join lines with a space where the text breaks them ("Daily Mail\nExperts"): compare
                    // the dropped words without their trailing white space.
                    var head = _text.AsSpan(old.Start, Math.Max(0, mention!.Value.Start - old.Start)).TrimEnd();
                    var tail = _text.AsSpan(Math.Min(mention.Value.End, old.End), Math.Max(0, old.End - mention.Value.End));
                    if (head.Length > 0 && name.AsSpan().StartsWith(head, StringComparison.Ordinal))
                    {
                        name = name[head.Length..].TrimStart();
                    }
                    if (tail.Length > 0 && name.AsSpan().EndsWith(tail, StringComparison.Ordinal))
                    {
                        name = FullNameAfterContraction(name[..^tail.Length], tail, quote.CueSpan?.Start ?? mention.Value.Start);
                    }
                }
                _quotes[q] = quote with { SourceSpan = source, SpeakerSpan = mention, Speaker = name };
            }
        }
        for (var c = 0; c < _citations.Count; c++)
        {
            var citation = _citations[c];
            if (citation.SourceSpan is { } named && MendedSource(named, null, withOf: false) is var mended && mended.Start > named.Start)
            {
                var dropped = _text.AsSpan(named.Start, mended.Start - named.Start);
                var span = citation.Span.Start < mended.Start ? TextSpan.FromBounds(Math.Max(citation.Span.Start, mended.Start), citation.Span.End) : citation.Span;
                _citations[c] = citation with
                {
                    Span = span,
                    Text = TextOf(span),
                    SourceSpan = TextSpan.FromBounds(mended.Start, named.End),
                    Source = citation.Source.AsSpan().StartsWith(dropped, StringComparison.Ordinal) ? citation.Source[dropped.Length..] : citation.Source,
                };
            }
        }
    }

    /// <summary>
    /// Whether word <paramref name="i"/> ends in a contracted "has" or "is" ("'s"): the next token is "been" or
    /// "being" ("Ruiz's been saying"), or the word is a pronoun and the next token is the quote's cue ending in "-ed"
    /// ("who's argued"). After a possessive the cue is a noun ("Ruiz's claim"), which PolNeAR's sources keep.
    /// </summary>
    private bool ContractedAuxiliary(int i, Quote? quote)
    {
        var word = Word(i);
        if (!IsWord(i) || word.Length < 3 || !(word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            return false;
        }
        var next = i + 1;
        // An -ed word after a name's "'s" is mostly an adjective ("Ruiz's repeated warnings", "the port's preferred
        // bidder"), which PolNeAR keeps with the possessive; after a pronoun it is a verb ("who's argued").
        var pronoun = word[..^2];
        return Is(next, "been") || Is(next, "being")
            || quote?.CueSpan is { } cue && IsLower(next) && _tokens[next].Span.Start == cue.Start && Word(next).EndsWith("ed", StringComparison.Ordinal)
                && (OrdinalWord.EqualsIgnoreCase(pronoun, "who") || OrdinalWord.EqualsIgnoreCase(pronoun, "he") || OrdinalWord.EqualsIgnoreCase(pronoun, "she")
                    || OrdinalWord.EqualsIgnoreCase(pronoun, "it") || OrdinalWord.EqualsIgnoreCase(pronoun, "that") || OrdinalWord.EqualsIgnoreCase(pronoun, "there"));
    }

    /// <summary>
    /// A negated auxiliary written as one word ("won't", "can’t", "hasn't"): a source phrase swept in before its cue
    /// ("Roffman won't [reveal]", "We can’t just [talk about]") ends before it, as the plain auxiliaries do.
    /// </summary>
    private bool IsNegatedAuxiliary(int i)
    {
        var word = Word(i);
        return word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The span with its edges mended (see <see cref="TrimSourceEdges"/>); never empty, and unchanged when nothing applies.</summary>
    private TextSpan MendedSource(TextSpan span, Quote? quote, bool withOf)
    {
        // Token bounds found once: one binary search, then a walk over the span's few tokens.
        var first = TokenAtOrAfter(span.Start);
        if (first >= _tokens.Length || _tokens[first].Span.Start >= span.End)
        {
            return span;
        }
        var last = first;
        while (last + 1 < _tokens.Length && _tokens[last + 1].Span.End <= span.End)
        {
            last++;
        }
        var start = first;
        while (start < last && (IsOneOf(start, SourceLeadingWords) || Is(start, "even") && IsOneOf(start + 1, SourceLeadingWords)))
        {
            start++;
        }
        if (_tokens[start].Kind != TokenKind.Word)
        {
            start = first;
        }
        // A source phrase swept over a line end ("Time to rebuild the harbour\nThe port report shows", "Threats\nBrenner
        // said"): a headline or caption line above is not part of it.
        for (var k = last; k > start; k--)
        {
            // "Sen.\nRob Portman": a line split after a title's dot (one sentence per line) keeps the title.
            if (LineBreakBeforeToken(k) && !(k - 2 >= start && IsAbbreviationDot(k - 1)))
            {
                start = k;
                break;
            }
        }
        // The speaker's mention loses the head too, so the speaker named is the clause's subject.
        if (quote?.CueSpan is { } cueLater && cueLater.Start >= span.End && ContactClauseSubject(start, last) is { } subject)
        {
            start = subject;
        }
        var end = last;
        while (end > start)
        {
            if (IsLower(end) && (IsOneOf(end, SourceTrailingWords) || IsNegatedAuxiliary(end) || Is(end, "yet")))
            {
                end--;
            }
            else if (end - 1 > start && Is(end - 1, "in") && (Is(end, "particular") || Is(end, "general")))
            {
                end -= 2;
            }
            else if (end - 2 > start && Is(end - 2, "at") && Is(end - 1, "the") && Is(end, "time"))
            {
                end -= 3;
            }
            else
            {
                break;
            }
        }
        // "Kovac's been saying", "who's argued": the "'s" is "has" (or "is"), not a possessive; the tokenizer keeps it
        // inside the word, so the span ends two characters early.
        var contracted = ContractedAuxiliary(end, quote) ? 2 : 0;
        if (withOf && quote?.CueSpan is { } leading && leading.End <= span.Start && TrailingAdjunctComma(start, end) is { } comma)
        {
            end = comma - 1;
        }
        var from = start == first ? span.Start : _tokens[start].Span.Start;
        if (withOf && start == first && quote?.CueSpan is { } cueSpan && cueSpan.Start >= span.End && RecordByPhraseStart(first) is { } recordStart)
        {
            from = _tokens[recordStart].Span.Start;
        }
        else if (withOf && start == first && end == last && quote?.CueSpan is { } cueAfter && cueAfter.Start >= span.End && IsCapitalised(first)
            && IsPunct(first - 1, ',') && (IsPunct(last + 1, ',') || IsPunct(last, ',')) && SetOffRoleStart(first - 2, SentenceTokens(_tokenSentence[first]).First) is { } roleStart
            && !Touches(quote, _tokens[roleStart].Span.Start, span.Start, withCue: true))
        {
            // "On Monday, the director of the port authority, Ana Ruiz, said": after the filter, which scores the
            // source's first word and length and was trained on the name alone.
            from = _tokens[roleStart].Span.Start;
        }
        if (withOf && start == first && from == span.Start && quote?.CueSpan is { } cueRight && cueRight.Start >= span.End
            && FirstConjunctStart(first - 1) is { } conjunct && !Touches(quote, _tokens[conjunct].Span.Start, span.Start, withCue: true))
        {
            from = _tokens[conjunct].Span.Start;
        }
        var to = end == last && contracted == 0 ? span.End : _tokens[end].Span.End - contracted;
        if (withOf && end == last && contracted == 0 && quote is not null)
        {
            // The first extension that applies: an "of" phrase, a party label, a dated participle (only after a source that
            // follows its cue), a name after a slash.
            to = OfPhraseEnd(last + 1, quote) ?? PartyLabelEnd(last + 1, quote)
                ?? (quote.CueSpan is { } after && after.End <= span.Start ? DatedParticipleEnd(last + 1, quote) : null)
                ?? SlashedNameEnd(last + 1, quote) ?? PossessedNounEnd(last, quote)
                ?? (quote.CueSpan is { } before && before.End <= span.Start ? CoordinatedEnd(last + 1, quote) : null) ?? to;
        }
        return from == span.Start && to == span.End ? span : TextSpan.FromBounds(from, to);
    }

    // Determiners that open the subject of a relative clause without "that" inside a swept-in source phrase.
    private static readonly string[] ContactDeterminers = ["the", "his", "her", "their", "its", "our", "my", "your", "these", "those", "some", "many", "most"];

    // Words that open the head noun phrase of a relative clause without "that": "[a probe] the agency said …".
    private static readonly ListedWords ContactHeadOpeners = ["a", "an", "the", "some", "one", "this", "these", "those", "several", "every", "each", "another"];

    /// <summary>
    /// Where the subject of a relative clause without "that" starts inside a source phrase the left walk swept over its
    /// head noun: "a probe [the agency] said was ongoing", "some ways [his campaign] hopes to win", "the number of
    /// people [the Ledger] reported". PolNeAR's source is the clause's subject. The head must be a short lower-case noun
    /// phrase opening with a determiner (at most six words, no clause word but "of", no participle), and the subject
    /// must open with a determiner right after it; the phrase is scanned from its right end and never across
    /// punctuation or a relative word. Null when there is none.
    /// </summary>
    private int? ContactClauseSubject(int start, int last)
    {
        if (!IsOneOf(start, ContactHeadOpeners))
        {
            return null;
        }
        for (var k = last - 1; k > start && k - start <= 6; k--)
        {
            if (!IsOneOf(k, ContactDeterminers) || !IsLower(k - 1) || IsOneOf(k - 1, ContactHeadOpeners) || Is(k - 1, "of"))
            {
                continue;
            }
            var head = true;
            for (var h = start + 1; h < k && head; h++)
            {
                head = IsLower(h) && (!IsLeftBoundary(h) || Is(h, "of")) && !IsOneOf(h, RelativeWords)
                    && !Word(h).EndsWith("ing", StringComparison.Ordinal) && !Word(h).EndsWith("ed", StringComparison.Ordinal);
            }
            var tail = true;
            for (var t = k; t <= last && tail; t++)
            {
                tail = _tokens[t].Kind != TokenKind.Punctuation && !IsOneOf(t, RelativeWords);
            }
            if (head && tail)
            {
                return k;
            }
        }
        return null;
    }

    // Relative words end a contact clause's head: "advisers who have run the numbers" is one phrase.
    private static readonly string[] RelativeWords = ["who", "whom", "which", "that", "whose"];

    // Words a role phrase set off before a name may hold besides its nouns: "the director of the port authority",
    // "a spokeswoman for the union", "another delegate on the slate".
    private static readonly string[] RolePhraseJoins = ["of", "for", "on", "at", "to", "by", "in"];

    // Words that open a role phrase set off before a name: "the harbour board's chairman, Ivo Brenner,".
    private static readonly string[] RolePhraseOpeners = ["the", "a", "an", "another", "one", "his", "her", "their", "its", "our", "my", "your"];

    // Clause words a role phrase set off before a name may follow: "But his deputy, Marta Kollar, warned". Not "as",
    // which before a noun phrase is mostly a preposition ("As a part of his plea, Ana Ruiz, 44, admitted").
    private static readonly string[] RolePhraseStops = ["and", "but", "that", "what", "while", "yet", "so", "when", "because", "though", "although", "however", "meanwhile", "then"];

    /// <summary>
    /// The first token of a role phrase that ends at <paramref name="last"/>, just before the comma that sets off the
    /// speaker's name, when the phrase opens with a determiner or holds a possessive and starts after a comma, a
    /// quotation mark, a clause word or the sentence's start: "On Monday, [the director of the Lorton Port
    /// Authority], Ana Ruiz, said", "“…,” [the board's chairman], Ivo Brenner, told", "But [his deputy], Marta
    /// Kollar, warned". PolNeAR marks the role phrase and the name as one source (train gold: the name alone was
    /// predicted for some 40 such sources). Null for "After talks with the dockers, Ana Ruiz, …": a preposition
    /// that joins no role noun ends the walk without a start.
    /// </summary>
    private int? SetOffRoleStart(int last, int sentenceFirst)
    {
        const int MaxRolePhraseTokens = 12;
        var possessive = false;
        var possessor = -1;
        var noun = false;
        var k = last;
        for (; k >= sentenceFirst && last - k < MaxRolePhraseTokens; k--)
        {
            if ((IsPunct(k, '\'') || IsPunct(k, '\u2019')) && Attached(k) && IsWord(k - 1))
            {
                possessive = true;
                continue;
            }
            if (IsWord(k))
            {
                if (InsideRun(_tokens[k].Span.Start))
                {
                    return null;
                }
                // "that" before the phrase's determiner is a clause word ("a country that the party's nominee, …,
                // called"); elsewhere a determiner ("one of the authors of that report").
                if (IsOneOf(k, RolePhraseStops) && (!Is(k, "that") || IsOneOf(k + 1, RolePhraseOpeners)))
                {
                    break;
                }
                if (Is(k, "that") || Is(k, "this"))
                {
                    continue;
                }
                if (TryCue(k, out _) || IsLeftBoundary(k) && !IsOneOf(k, RolePhraseJoins))
                {
                    return null;
                }
                noun |= IsLower(k) && !IsOneOf(k, RolePhraseJoins) && !IsOneOf(k, RolePhraseOpeners);
                if (IsPossessive(k))
                {
                    possessor = k;
                }
                continue;
            }
            if (_tokens[k].Kind == TokenKind.Number || IsAbbreviationDot(k) || IsPunct(k, '-') && Attached(k))
            {
                continue;
            }
            if (IsPunct(k, ',') || IsQuoteMarkToken(k))
            {
                break;
            }
            return null;
        }
        if (k >= sentenceFirst && last - k >= MaxRolePhraseTokens)
        {
            return null;
        }
        var start = k + 1;
        // "Kessel's deputy", "Dora Vance's aide": the tokenizer keeps that possessive inside the word, and it must end
        // the name that opens the phrase ("In an article on the cardinal's work, Ana Ruiz …" is a preposition's
        // phrase, not a role).
        var possessedName = possessor >= start;
        for (var n = start; n <= possessor && possessedName; n++)
        {
            possessedName = IsCapitalised(n);
        }
        return start <= last && noun && (IsOneOf(start, RolePhraseOpeners) || (possessive || possessedName) && IsCapitalised(start)) ? start : null;
    }

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) overlaps the quote's content (and, with
    /// <paramref name="withCue"/>, its cue): a source edge may not reach into either.
    /// </summary>
    private static bool Touches(Quote quote, int start, int end, bool withCue)
    {
        var span = TextSpan.FromBounds(start, end);
        foreach (var part in quote.Parts)
        {
            if (part.Overlaps(span))
            {
                return true;
            }
        }
        return withCue && quote.CueSpan is { } cue && cue.Overlaps(span);
    }

    // Time words that open a date after a participle: "released Monday", "published last week", "taken this month".
    private static readonly string[] DateOpeners = ["last", "this", "earlier", "on"];

    /// <summary>
    /// Where a participle with its date ends after a source that follows its cue: "in a Harbour Ledger poll [released
    /// Monday]", "according to a fact sheet the port [released last week]". PolNeAR keeps the participle and its date in
    /// the source, as the rules already do for a source before its cue ("A poll released Monday shows …"); null unless
    /// a lower-case -ed participle is followed by a weekday or "last / this / earlier / on" and a time unit, and the
    /// phrase ends there, outside the content.
    /// </summary>
    private int? DatedParticipleEnd(int participle, Quote quote)
    {
        if (!IsLower(participle) || !Word(participle).EndsWith("ed", StringComparison.Ordinal) || IsCueWord(participle))
        {
            return null;
        }
        var date = participle + 1;
        if (IsOneOf(date, DateOpeners))
        {
            date++;
        }
        if (!IsOneOf(date, TimeUnits) || IsWord(date + 1) && !IsFunctionWord(date + 1))
        {
            return null;
        }
        var end = _tokens[date].Span.End;
        return Touches(quote, _tokens[participle].Span.Start, end, withCue: false) ? null : end;
    }

    /// <summary>
    /// Where a second name joined to the source by a slash ends, with the record noun both share: "according to the
    /// Harbour Ledger[/Vodena Pulse poll]". The speaker parsers stop at the slash; PolNeAR marks the whole phrase. Null
    /// unless capitalised words follow the slash and the phrase ends (at a mark, a clause word or a preposition)
    /// within eight tokens, outside the content and the cue.
    /// </summary>
    private int? SlashedNameEnd(int slash, Quote quote)
    {
        if (!IsPunct(slash, '/') || !Attached(slash) || !IsCapitalised(slash - 1) || !IsCapitalised(slash + 1) || !Attached(slash + 1))
        {
            return null;
        }
        var end = slash + 1;
        while (end + 1 < _tokens.Length && end - slash < 8 && (IsCapitalised(end + 1) || IsLower(end + 1) && IsOneOf(end + 1, ByRecordNouns) || Is(end + 1, "polling")))
        {
            end++;
        }
        if (IsWord(end + 1) && !IsFunctionWord(end + 1) && !IsLeftBoundary(end + 1) && !IsCueWord(end + 1))
        {
            return null;
        }
        var to = _tokens[end].Span.End;
        return Touches(quote, _tokens[slash].Span.Start, to, withCue: true) ? null : to;
    }

    // Lower-case words a first conjunct before a source may hold besides role and group nouns.
    private static readonly string[] ConjunctWords = ["the", "a", "an", "both", "of", "current", "former"];

    // Pronouns that are a first conjunct alone: "he and Mr. Allen said".
    private static readonly string[] ConjunctPronouns = ["he", "she", "i", "we", "they"];

    /// <summary>
    /// Where a first conjunct starts before a source that precedes its cue: "[The State Department and] the Department
    /// of Homeland Security have said", "[Both Kovac and] the union have", "[he and] Mr. Allen said", "[The port's
    /// director and] the local bishop have". PolNeAR marks both conjuncts; the rules stopped at "and". The conjunct must
    /// open its clause (sentence start, comma, quotation mark, clause word) and hold only capitalised words, role or
    /// group nouns and the/a/both/of/current/former, or be a lone pronoun: "The council met and Ana Ruiz said" stays.
    /// </summary>
    private int? FirstConjunctStart(int and)
    {
        if (!Is(and, "and"))
        {
            return null;
        }
        var (sentenceFirst, _) = SentenceTokens(_tokenSentence[and]);
        var k = and - 1;
        if (k >= sentenceFirst && IsOneOf(k, ConjunctPronouns))
        {
            return k - 1 < sentenceFirst || IsPunct(k - 1, ',') || IsQuoteMarkToken(k - 1) || IsOneOf(k - 1, RolePhraseStops) ? k : null;
        }
        var noun = false;
        for (; k >= sentenceFirst && and - k <= 8; k--)
        {
            if (IsCapitalised(k) && !IsOneOf(k, RolePhraseStops) || IsAbbreviationDot(k))
            {
                noun |= IsCapitalised(k) && !IsOneOf(k, ConjunctWords);
                continue;
            }
            if (IsLower(k) && (IsOneOf(k, ConjunctWords) || IsRoleOrGroupNoun(k)))
            {
                noun |= IsRoleOrGroupNoun(k);
                continue;
            }
            break;
        }
        if (k == and - 1 || !noun || and - k > 8)
        {
            return null;
        }
        var boundary = k < sentenceFirst || IsPunct(k, ',') || IsQuoteMarkToken(k) || IsOneOf(k, RolePhraseStops);
        return boundary && !Is(k + 1, "of") ? k + 1 : null;
    }

    // Words a second conjunct after a source may hold besides its nouns: "and officials who worked with him".
    private static readonly string[] ConjunctJoins = ["of", "in", "at", "for", "with", "on", "who", "from"];

    /// <summary>
    /// Where a second conjunct ends after a source that follows its cue and closes its clause: "according to [their
    /// friends and advisers]", "criticised by [Kovac and some harbour pilots]". PolNeAR marks both conjuncts; the rules
    /// stopped at "and". Null unless "and" is followed by at most eight words with no clause word, auxiliary or cue
    /// (besides of / in / at / for / with / on / who / from) up to a comma, a full stop or the paragraph's end.
    /// </summary>
    private int? CoordinatedEnd(int and, Quote quote)
    {
        if (!Is(and, "and") || !IsWord(and + 1))
        {
            return null;
        }
        var end = and;
        while (end + 1 < _tokens.Length && end - and < 8 && IsWord(end + 1) && (!IsLeftBoundary(end + 1) || IsOneOf(end + 1, ConjunctJoins))
            && !IsCueWord(end + 1) && !IsAuxiliary(end + 1) && !LineBreakBeforeToken(end + 1))
        {
            end++;
        }
        if (end == and || end + 1 < _tokens.Length && !LineBreakBeforeToken(end + 1) && !IsPunct(end + 1, ',') && !IsPunct(end + 1, '.') || IsOneOf(end, ConjunctJoins))
        {
            return null;
        }
        var to = _tokens[end].Span.End;
        return Touches(quote, _tokens[and].Span.Start, to, withCue: true) ? null : to;
    }

    // Record nouns whose maker follows "by": "A survey by the Lorton Institute found …", "an average of polls by …".
    private static readonly string[] ByRecordNouns =
    [
        "poll", "polls", "survey", "surveys", "review", "study", "studies", "analysis", "average", "report", "reports",
        "audit", "investigation", "estimate", "estimates", "projection", "tally", "count",
    ];

    /// <summary>
    /// Where the noun phrase of a record noun ends in "by" right before a source that opens its clause: "[A survey by
    /// the Lorton Institute] found …", "[The poll by the Ledger] showed …", which PolNeAR marks whole while the rules
    /// stop at "by". Null unless the phrase starts the sentence (or follows a clause opener) within six words.
    /// </summary>
    private int? RecordByPhraseStart(int first)
    {
        if (!Is(first - 1, "by") || !IsOneOf(first - 2, ByRecordNouns))
        {
            return null;
        }
        var sentenceFirst = SentenceTokens(_tokenSentence[first]).First;
        var k = first - 2;
        while (k - 1 >= sentenceFirst && first - 2 - k < 6 && (IsWord(k - 1) && !IsLeftBoundary(k - 1) && !IsCueWord(k - 1) || Is(k - 1, "of") || _tokens[k - 1].Kind == TokenKind.Number || IsAttachedMark(k - 1)))
        {
            k--;
        }
        return k == sentenceFirst || IsOneOf(k - 1, SourceLeadingWords) && k - 1 == sentenceFirst ? k : null;
    }

    /// <summary>
    /// Where a party label in parentheses right after a source ends ("said Rep. Ivo Brenner (D-Vod.) on Friday",
    /// "Sen. Ana Ruiz (R) told …"): PolNeAR keeps it in the source (107 train sources end in one, 3 stop before one),
    /// while the rules and the source model leave it out when the cue or the sentence's end does not follow it. Null
    /// unless the parenthesis holds a one-letter party initial and at most a state abbreviation, outside the content.
    /// </summary>
    private int? PartyLabelEnd(int open, Quote quote)
    {
        // The tokenizer keeps a hyphenated label in one word ("D-Vod"), or splits it at the hyphen.
        var initial = Word(open + 1);
        if (!IsPunct(open, '(') || !IsCapitalised(open + 1) || !(initial.Length == 1 || initial.Length > 2 && initial[1] == '-') || initial[0] is not ('D' or 'R' or 'I'))
        {
            return null;
        }
        for (var j = open + 2; j < _tokens.Length && j <= open + 6; j++)
        {
            if (IsPunct(j, ')'))
            {
                var end = _tokens[j].Span.End;
                return Touches(quote, _tokens[open].Span.Start, end, withCue: true) ? null : end;
            }
            if (!(IsPunct(j, '-') || IsPunct(j, '.') || IsCapitalised(j)))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// Where the "of" phrase at <paramref name="of"/> that names where the person is from ends ("Ivo Brenner of the
    /// Lorton Dock Union said", "said Mr. Brenner of the Harbour Institute."), which PolNeAR keeps in the source and the
    /// rules leave out; null unless it ends within 8 words at punctuation, a clause word or the cue, outside the content.
    /// </summary>
    private int? OfPhraseEnd(int of, Quote quote)
    {
        if (!Is(of, "of") || !(Is(of + 1, "the") || IsCapitalised(of + 1)))
        {
            return null;
        }
        var cue = quote.CueSpan;
        for (var j = of + 1; j < _tokens.Length && j <= of + 8; j++)
        {
            var start = _tokens[j].Span.Start;
            var stops = cue is { } c && start >= c.Start && start < c.End
                || _tokens[j].Kind == TokenKind.Punctuation && !IsAttachedMark(j) && !IsAbbreviationDot(j)
                || IsOneOf(j, OfPhraseStops)
                || IsLower(j) && (Word(j).EndsWith("ed", StringComparison.Ordinal) || Word(j).EndsWith("ing", StringComparison.Ordinal));
            if (stops)
            {
                if (j - 1 <= of + 1 && Is(j - 1, "the"))
                {
                    return null;
                }
                var end = _tokens[j - 1].Span.End;
                return Touches(quote, _tokens[of].Span.Start, end, withCue: false) ? null : end;
            }
        }
        return null;
    }

    /// <summary>
    /// Where the noun owned by a possessive source after "according to" ends: "according to Ana Ruiz's [memoir]",
    /// "according to the Harbour Pulse's [polling average]". PolNeAR marks the record with its owner (held-out
    /// predictions on train: 4 sources become exact, none is lost), while the speaker parsers stop at the owner; when
    /// the entities stage ends a name inside the possessive word ("Tomas| Berg's"), that word joins too. Null unless one
    /// to three lower-case words, none a function word or cue, follow the possessive and end the phrase at a mark.
    /// </summary>
    private int? PossessedNounEnd(int last, Quote quote)
    {
        if (quote.CueSpan is not { } cue || !string.Equals(quote.Cue, "according to", StringComparison.OrdinalIgnoreCase) || cue.End > _tokens[last].Span.Start)
        {
            return null;
        }
        var noun = last + 1;
        if (!IsPossessive(last))
        {
            if (!IsCapitalised(noun) || !IsPossessive(noun) || _tokens[noun].Span.Start != _tokens[last].Span.End + 1)
            {
                return null;
            }
            noun++;
        }
        var end = noun;
        while (end < _tokens.Length && end - noun < 3 && IsLower(end) && !IsFunctionWord(end) && !IsCueWord(end))
        {
            end++;
        }
        if (end == noun || end < _tokens.Length && _tokens[end].Kind != TokenKind.Punctuation || end < _tokens.Length && _tokenSentence[end] != _tokenSentence[last])
        {
            return null;
        }
        var to = _tokens[end - 1].Span.End;
        return Touches(quote, _tokens[last].Span.End, to, withCue: true) ? null : to;
    }

    // Prepositions that open an adverbial of the clause, not of the person: "in a statement", "on Monday", "via email".
    private static readonly string[] AdjunctPrepositions = ["in", "on", "at", "via", "about", "with", "during"];

    /// <summary>
    /// The comma before a trailing adverbial that a post-posed apposition ran into: "said Ana Ruiz, a pilot at the
    /// harbour[, in a statement]", "said Ivo Brenner, the union's head[, via email]". The apposition runs to the end of
    /// the sentence, so the clause's own adverbial after a second comma was swept in; PolNeAR ends the source before it
    /// (held-out predictions on train: 9 sources become exact, 1 is lost, ", on the city's south side"). Null unless the
    /// span holds at least two commas and the last one is followed by one of <see cref="AdjunctPrepositions"/>.
    /// </summary>
    private int? TrailingAdjunctComma(int first, int last)
    {
        var commas = 0;
        var lastComma = -1;
        for (var k = first; k <= last; k++)
        {
            if (IsPunct(k, ','))
            {
                commas++;
                lastComma = k;
            }
        }
        return commas >= 2 && lastComma > first && IsOneOf(lastComma + 1, AdjunctPrepositions) ? lastComma : null;
    }
}
