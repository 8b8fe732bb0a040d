using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

/// <summary>
/// Finds the quotes and citations of one article. One instance per article: it holds per-article working state, so
/// the stage stays thread-safe by creating a fresh extractor for each call.
/// </summary>
internal sealed partial class AttributionExtractor
{
    private readonly AttributionOptions _options;
    private readonly string _text;
    // Arrays, not the document's read-only lists: every rule indexes tokens, and an interface call per access cost
    // a fifth of the stage. Copying them is linear and done once per article.
    private readonly Token[] _tokens;
    private readonly Sentence[] _sentences;
    private readonly Mention[] _mentions;
    // Per token: the index of the mention holding it (see MentionAt), or -1.
    private readonly int[] _tokenMention;
    private readonly int[] _tokenSentence;
    // Per sentence: its first token and its last (see SentenceTokens).
    private readonly (int First, int Last)[] _sentenceTokens;
    // Per block of 2^TokenBlockShift characters: the first token starting at or after the block's start (see
    // TokenAtOrAfter).
    private readonly int[] _tokenByBlock;
    private readonly List<QuoteRun> _runs;
    private readonly List<Quote> _quotes = [];
    private readonly List<Citation> _citations = [];
    // Per token: whether a quote already took the cue starting there. An array, not a set: the rules ask at most cue
    // candidates, and hashing each question cost more than the flag.
    private readonly bool[] _usedCues;
    // Per token: its shared word id (see SharedWords), or empty when the document carries none. The text stage's rented
    // array, longer than the tokens: read only for tokens in range.
    private readonly int[] _wordIds;

    // How many of _quotes are the direct quotes attributed before reported speech is read (see QuotedInside).
    private int _directCount;
    private readonly List<PersonSighting> _persons = [];
    private readonly List<PersonSighting> _speakers = [];
    private readonly List<PersonSighting> _titled = [];
    private readonly Dictionary<string, List<PersonSighting>> _personsByWord = new(StringComparer.OrdinalIgnoreCase);

    public AttributionExtractor(AnalyzedArticle document, AttributionOptions options)
    {
        _options = options;
        _text = document.Article.Text;
        _sentences = [.. document.Sentences.Count > 0 ? document.Sentences : SentenceSplitter.Split(_text)];
        _tokens = [.. document.Tokens.Count > 0 ? document.Tokens : Tokenizer.Tokenize(_text)];
        _wordIds = document.Tokens.Count > 0 && TokenWords.Of(document) is { } words ? words.IdArray : [];
        _tokenByBlock = MapBlocksToTokens();
        _usedCues = new bool[_tokens.Length];
        _mentions = SortedMentions(document.Mentions);
        _tokenMention = MapTokensToMentions();
        _tokenSentence = MapTokensToSentences();
        _sentenceTokens = MapSentencesToTokens();
        _runs = ScanQuoteMarks();
        _writer = WriterOf(document.Article.Authors);
        CollectPersons();
    }

    private static Mention[] SortedMentions(IReadOnlyList<Mention> mentions)
    {
        Mention[] sorted = [.. mentions];
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Span.Start < sorted[i - 1].Span.Start)
            {
                // Mentions never overlap, so no two share a start and the order is fully determined.
                Array.Sort(sorted, static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
                break;
            }
        }
        return sorted;
    }

    /// <summary>
    /// Whether the mends after the quote filter run (source edges, contents cut at page furniture, quotes that report
    /// nothing, speaker names). Off for the quote filter's training (<see cref="CueModelTrainer"/>): the filter scores
    /// quotes before them, so it learns from the quotes as the rules find them, and its weights do not depend on them.
    /// </summary>
    internal bool MendsAfterFilter { get; init; } = true;

    /// <summary>Puts the quotes in text order (shorter first at a shared start), as the passes after the finders expect.</summary>
    private void SortQuotes() =>
        _quotes.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));

    public (List<Quote> Quotes, List<Citation> Citations) Run(CancellationToken cancellationToken)
    {
        var deferred = new List<QuoteRun>();
        foreach (var run in _runs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!run.Used && !AttributeDirect(run))
            {
                deferred.Add(run);
            }
        }
        _directCount = _quotes.Count;
        cancellationToken.ThrowIfCancellationRequested();
        FindReportedSpeech();
        FindNominalsReadAsCues();
        FindSentenceLevelCues();
        FindCitingPhrases();
        FindLabelledQuotations(deferred);
        InheritSpeakers(deferred);
        FindSpeakerLabels();
        SortQuotes();
        DropActFrames();
        DropNested();
        RestoreFoldedQuotes();
        TrimRunOns();
        FilterQuotes();
        if (MendsAfterFilter)
        {
            TrimSourceEdges();
            CreditPassiveAgents();
            DropNamingSources();
            MoveCuesOffAdverbs();
            EndContentsAtFragments();
            MoveTrailingVenuesOffContents();
            TrimFootnoteMarks();
            DropNonReports();
            AddReportedlyQuotes();
            AddWhenAskedQuotes();
            MoveSpeakersToApposedNames();
            MendSpeakerNames();
            NameCoordinatedBodies();
            ResolvePronounsAgainstEverySpeaker();
            // Last, and only with the mends: no pass and no quote-filter training sees the relayed quotes.
            AddRelayedQuotes();
            AddQuotedAsSaying();
        }
        _citations.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return (_quotes, _citations);
    }

    /// <summary>
    /// Drops a quote whose cue lies inside another quote's content: "Ruiz said she plans to resign" is one attribution,
    /// Ruiz's, and annotators (PolNeAR is univocal: a token has one role) do not mark the embedded "plans". A subordinate
    /// clause with its own subject is kept (<see cref="OpensOwnClause"/>), and <see cref="TrimRunOns"/> ends the outer
    /// content before it.
    /// </summary>
    private void DropNested()
    {
        var keep = 0;
        for (var i = 0; i < _quotes.Count; i++)
        {
            var quote = _quotes[i];
            if (quote.CueSpan is not { } cue || !InsideOtherContent(i, cue) || OpensOwnClause(quote))
            {
                _quotes[keep++] = quote;
            }
            else
            {
                NoteRelayed(i, quote);
            }
        }
        _quotes.RemoveRange(keep, _quotes.Count - keep);
    }

    /// <summary>Whether <paramref name="cue"/> lies in the content of one of the few quotes added before the last.</summary>
    private bool CueInsideRecentContent(TextSpan cue)
    {
        for (var k = _quotes.Count - 2; k >= 0 && k >= _quotes.Count - 6; k--)
        {
            if (PartsContain(_quotes[k], cue))
            {
                return true;
            }
        }
        return false;
    }

    private bool InsideOtherContent(int index, TextSpan cue)
    {
        // Quotes are sorted by start; a content holding the cue starts before it, and a few neighbours suffice.
        for (var k = index + 1; k < _quotes.Count && k <= index + 4 && _quotes[k].Span.Start <= cue.Start; k++)
        {
            if (PartsContain(_quotes[k], cue))
            {
                return true;
            }
        }
        for (var k = index - 1; k >= 0 && k >= index - 8; k--)
        {
            if (PartsContain(_quotes[k], cue))
            {
                return true;
            }
        }
        return false;
    }

    // A conjunction that opens a clause of its own: "is backing Ruiz because he worries …" holds two attributions.
    private static readonly string[] ClauseJoiners = ["because", "but", "although", "though", "whereas", "while"];

    /// <summary>
    /// Whether the cue sits in the first clause of one of the quote's parts: "said she plans to …" embeds, while
    /// "said the plan failed, but she acknowledged …" is a content that ran on past its clause into the next attribution.
    /// </summary>
    private bool PartsContain(Quote quote, TextSpan cue)
    {
        // A clause after "according to X," is vouched for whole, embedded attributions included: "According to the
        // poll, most voters in Vodena, Lorton and Sava say they feel betrayed" is the poll's.
        var wholeClause = quote.Kind != QuoteKind.Direct && quote.Cue.AsSpan().StartsWith("according", StringComparison.OrdinalIgnoreCase);
        // By index, not foreach: the parts are a read-only list of the compiler's making, whose enumerator is a
        // boxed object and three interface calls per part, on a path that runs for a dozen neighbours of each quote.
        var parts = quote.Parts;
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            if (!part.Contains(cue))
            {
                continue;
            }
            if (wholeClause)
            {
                return true;
            }
            for (var t = TokenAtOrAfter(part.Start); t < _tokens.Length && _tokens[t].Span.End <= cue.Start; t++)
            {
                if (_tokens[t].Kind == TokenKind.Punctuation && !IsAbbreviationDot(t) && !IsPunct(t, '"') && !IsPunct(t, '\u201C') && !IsPunct(t, '\u201D')
                    || t > TokenAtOrAfter(part.Start) && IsOneOf(t, ClauseJoiners))
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    // ---- token helpers -------------------------------------------------------------------------------------------

    /// <summary>
    /// What the cue model's lexicons hold for token <paramref name="i"/> (out of range: nothing), read by the token's
    /// shared word id when it has one (<see cref="CueModel.LookupById"/>), else looked up.
    /// </summary>
    private CueWord CueWordOf(int i) =>
        _wordIds.Length != 0 && (uint)i < (uint)_tokens.Length && _wordIds[i] != SharedWords.Unknown
            ? _options.CueModel.LookupById(_wordIds[i], Word(i))
            : _options.CueModel.Lookup(Word(i));

    // Out-of-range indexes read as an empty word, so look-ahead in the parsers needs no bounds checks of its own.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Word(int i) => i >= 0 && i < _tokens.Length ? _tokens[i].Span.Slice(_text) : [];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsWord(int i) => i >= 0 && i < _tokens.Length && _tokens[i].Kind == TokenKind.Word;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool Is(int i, string word) =>
        i >= 0 && i < _tokens.Length && OrdinalWord.EqualsIgnoreCase(_tokens[i].Span.Slice(_text), word);

    private bool IsPunct(int i, char c) =>
        i >= 0 && i < _tokens.Length && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Span.Start] == c;

    private bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(_text[_tokens[i].Span.Start]);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsLower(int i) => IsWord(i) && char.IsLower(_text[_tokens[i].Span.Start]);

    private TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(_tokens[first].Span.Start, _tokens[last].Span.End);

    private string TextOf(TextSpan span) => span.Substring(_text);

    // Characters per block of _tokenByBlock: a block holds one or two tokens of prose, so the scan from its first
    // token is short, and the table takes an eighth of the text's bytes.
    private const int TokenBlockShift = 3;

    private int[] MapBlocksToTokens()
    {
        var map = new int[(_text.Length >> TokenBlockShift) + 1];
        var t = 0;
        for (var b = 0; b < map.Length; b++)
        {
            var blockStart = b << TokenBlockShift;
            while (t < _tokens.Length && _tokens[t].Span.Start < blockStart)
            {
                t++;
            }
            map[b] = t;
        }
        return map;
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    /// <remarks>
    /// A table look-up and a short scan, not a binary search over the tokens: the rules ask this hundreds of
    /// times an article, and the search's unpredictable branches made it the stage's most expensive helper.
    /// </remarks>
    private int TokenAtOrAfter(int offset)
    {
        if (offset <= 0)
        {
            return 0;
        }
        var t = _tokenByBlock[Math.Min(offset >> TokenBlockShift, _tokenByBlock.Length - 1)];
        while (t < _tokens.Length && _tokens[t].Span.Start < offset)
        {
            t++;
        }
        return t;
    }

    /// <summary>Index of the last token ending at or before <paramref name="offset"/>, or -1.</summary>
    private int TokenBefore(int offset)
    {
        var i = TokenAtOrAfter(offset) - 1;
        while (i >= 0 && _tokens[i].Span.End > offset)
        {
            i--;
        }
        return i;
    }

    private int SentenceOfOffset(int offset)
    {
        int lo = 0, hi = _sentences.Length - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sentences[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    private int ParagraphOfOffset(int offset) => _sentences.Length == 0 ? 0 : _sentences[SentenceOfOffset(offset)].Paragraph;

    private int[] MapTokensToSentences()
    {
        var map = new int[_tokens.Length];
        var s = 0;
        for (var i = 0; i < _tokens.Length; i++)
        {
            while (s + 1 < _sentences.Length && _sentences[s + 1].Span.Start <= _tokens[i].Span.Start)
            {
                s++;
            }
            map[i] = s;
        }
        return map;
    }

    /// <summary>Each sentence's first token (at or after its start) and last (ending at or before its end), once: the rules ask for them at every cue candidate.</summary>
    private (int First, int Last)[] MapSentencesToTokens()
    {
        var map = new (int First, int Last)[_sentences.Length];
        for (var s = 0; s < map.Length; s++)
        {
            var span = _sentences[s].Span;
            map[s] = (TokenAtOrAfter(span.Start), TokenBefore(span.End));
        }
        return map;
    }

    private (int First, int Last) SentenceTokens(int sentence) => _sentenceTokens[sentence];

    /// <summary>The run whose opening mark is token <paramref name="i"/>, if any.</summary>
    private QuoteRun? RunOpeningAt(int i)
    {
        if (i < 0 || i >= _tokens.Length)
        {
            return null;
        }
        var r = LastRunOpeningAtOrBefore(_tokens[i].Span.Start);
        return r >= 0 && _runs[r].OpenMark == _tokens[i].Span.Start ? _runs[r] : null;
    }

    private bool InsideRun(int offset)
    {
        // Runs never overlap and come in text order, so only the last one opening before the offset can hold it.
        var r = LastRunOpeningAtOrBefore(offset);
        if (r < 0)
        {
            return false;
        }
        foreach (var part in _runs[r].Parts)
        {
            if (part.Contains(offset))
            {
                return true;
            }
        }
        return false;
    }

    private int LastRunOpeningAtOrBefore(int offset)
    {
        int lo = 0, hi = _runs.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_runs[mid].OpenMark <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    /// <summary>
    /// For each token, the mention holding it: of the last mention starting at or before the token, the nearest of it
    /// and the three before that contains the token (mentions rarely nest, so a few steps back suffice). One merge of
    /// the two sorted lists, because the rules ask about most tokens, several times each.
    /// </summary>
    private int[] MapTokensToMentions()
    {
        var map = new int[_tokens.Length];
        var found = -1;
        for (var t = 0; t < _tokens.Length; t++)
        {
            var span = _tokens[t].Span;
            while (found + 1 < _mentions.Length && _mentions[found + 1].Span.Start <= span.Start)
            {
                found++;
            }
            map[t] = -1;
            for (var m = found; m >= 0 && m > found - 4; m--)
            {
                if (_mentions[m].Span.Contains(span))
                {
                    map[t] = m;
                    break;
                }
            }
        }
        return map;
    }

    private bool IsUsedCue(int i) => (uint)i < (uint)_usedCues.Length && _usedCues[i];

    private Mention? MentionAt(int token) => _tokenMention[token] is var m and >= 0 ? _mentions[m] : null;

    // ---- cues ----------------------------------------------------------------------------------------------------

    private static readonly string[] EvidenceNouns =
    [
        "polls", "surveys", "data", "documents", "records", "results", "figures", "numbers", "studies", "estimates",
        "reports", "filings", "emails", "statistics", "projections", "averages", "tests", "files", "papers", "returns",
    ];

    /// <summary>The cue starting at token <paramref name="i"/>.</summary>
    private bool TryCue(int i, out CueMatch cue)
    {
        cue = default;
        if (!IsWord(i))
        {
            return false;
        }
        // Inside a quotation the words are the speaker's: "“It's according to age groups,” said Vance" is Vance's quote,
        // and PolNeAR (univocal) marks no attribution inside it.
        if (Is(i, "according") && Is(i + 1, "to") && !InsideRun(_tokens[i].Span.Start))
        {
            cue = new CueMatch(i, i + 1, "according to", CueClass.Speech);
            return true;
        }
        // "has so far refused": the "so" of "so far" is an adverb the walk to the subject steps over, never a cue (the
        // learned reading of "so" took it when the subject was a known person, and the quote filter then dropped it).
        if (_tokens[i].Span.Length == 2 && IsAdverbAfterAuxiliary(i))
        {
            return false;
        }
        var lexicons = CueWordOf(i);
        // Phrases headed by a cue word ("lashed out at", "made it clear"): AttributionExtractor.PhraseCues.cs. Only words of
        // a lexicon are asked about, as TryCue runs on most tokens many times over and nearly all are in none.
        var inLexicon = lexicons.Phrasal is not null || lexicons.Hand is not null || lexicons.Learned is not null;
        if (inLexicon && IsLower(i) && ParticleCueEnd(i) is >= 0 and var particleEnd && !InsideRun(_tokens[i].Span.Start))
        {
            cue = new CueMatch(i, particleEnd, "learned", CueClass.Speech);
            return true;
        }
        if (IsLower(i) && lexicons.Phrasal is { } phrasal && !InsideRun(_tokens[i].Span.Start))
        {
            // "called again for", "called Wednesday for", "talked openly about": one adverb or weekday may stand
            // between the verb and its particle (annotators mark the three words as the cue).
            var gap = IsLower(i + 1) && (Word(i + 1).EndsWith("ly", StringComparison.Ordinal) || IsOneOf(i + 1, ParticleGapWords)) || IsOneOf(i + 1, Weekdays) ? 1 : 0;
            foreach (var (particle, lemma, cueClass) in phrasal)
            {
                if (Is(i + 1, particle))
                {
                    cue = new CueMatch(i, i + 1, lemma, cueClass);
                    return true;
                }
                if (gap == 1 && Is(i + 2, particle))
                {
                    cue = new CueMatch(i, i + 2, lemma, cueClass);
                    return true;
                }
            }
        }
        // Capitalised cues occur in headlines ("Minister Says …"); "United States" and "Islamic State" hold none.
        if (lexicons.Hand is { } entry && (IsLower(i) || entry.Class == CueClass.Speech && entry.Lemma != "state") && !InsideRun(_tokens[i].Span.Start))
        {
            // Only words the training data knows can be vetoed: a rare verb of the hand lexicon ("fumed") has no
            // evidence against it, and the model's "not in the vocabulary" weight would speak for the data, not the word.
            // Nor after a pronoun with its contracted auxiliary ("He’s not saying …"): the model sees a rare word where
            // "he is" would stand and scores the cue far below the written-out form, though a subject and its
            // auxiliary leave the verb no other reading.
            if (_options.HandCueVeto > float.NegativeInfinity && IsLower(i) && lexicons.Learned is not null && !AfterLeadIn(i) && CueScore(i, lexicons) < _options.HandCueVeto && !AfterContractedSubject(i))
            {
                return false;
            }
            cue = new CueMatch(i, i, entry.Lemma, entry.Class);
            return true;
        }
        // "show" is mostly a noun; after plural evidence ("polls show", "records show") it reports what they say.
        if (Is(i, "show") && IsLower(i) && IsOneOf(i - 1, EvidenceNouns) && !InsideRun(_tokens[i].Span.Start))
        {
            cue = new CueMatch(i, i, "show", CueClass.Speech);
            return true;
        }
        // A phrase the word alone does not show ("made it clear", "what Ruiz called “…”"), before the model, which scores
        // the head word alone.
        if (inLexicon && IsLower(i) && !InsideRun(_tokens[i].Span.Start) && PhraseCueEnd(i) is >= 0 and var phraseEnd)
        {
            cue = new CueMatch(i, PhraseCueLast(i, phraseEnd), "learned", lexicons.Learned is { Intent: true } ? CueClass.Intent : CueClass.Speech);
            return true;
        }
        // Words learned from annotated data are cues only where the trained cue model says so ("addressed concerns
        // that …", not "addressed the crowd").
        if (IsLower(i) && lexicons.Learned is { } learned && !InsideRun(_tokens[i].Span.Start) && CueScore(i, lexicons) > _options.CueThreshold)
        {
            cue = new CueMatch(i, i, "learned", learned.Intent ? CueClass.Intent : CueClass.Speech);
            return true;
        }
        return false;
    }

    // Adverbs that may part a two-word cue's verb from its particle ("called again for"), besides -ly words and weekdays.
    private static readonly string[] ParticleGapWords = ["again", "also", "today", "yesterday", "tonight"];

    /// <summary>Whether a pronoun with its contracted auxiliary comes right before token <paramref name="i"/>, "not" or an -ly adverb aside ("He’s not saying …").</summary>
    private bool AfterContractedSubject(int i)
    {
        var k = i - 1;
        while (k >= i - 3 && IsLower(k) && (Is(k, "not") || Word(k).EndsWith("ly", StringComparison.Ordinal)))
        {
            k--;
        }
        return ContractedPronounLength(k) > 0;
    }

    /// <summary>
    /// Whether a lead-in verb comes right before token <paramref name="i"/> ("goes on to say", "began by saying"): it
    /// announces speech, though the model has learned that a cue after "to" or "by" is rarely one.
    /// </summary>
    private bool AfterLeadIn(int i) =>
        Is(i - 1, "to") && Is(i - 2, "on") && IsOneOf(i - 3, GoForms) || Is(i - 1, "by") && IsOneOf(i - 2, BeginForms);

    /// <summary>The cue ending at token <paramref name="i"/>.</summary>
    private bool TryCueEndingAt(int i, out CueMatch cue)
    {
        if (TryCue(i - 1, out cue) && cue.Last == i)
        {
            return true;
        }
        return TryCue(i, out cue) && cue.Last == i;
    }

    /// <summary>
    /// Drops an auxiliary that a speaker rule swept into the source phrase ("We might [say]", "Ruiz can [argue]") and
    /// the contracted verb of a pronoun ("He’s [saying]"): annotators mark them as part of the cue, not the source.
    /// </summary>
    private TextSpan WithoutVerbTail(TextSpan source)
    {
        var first = TokenAtOrAfter(source.Start);
        var last = TokenBefore(source.End);
        while (last > first && IsLower(last) && IsOneOf(last, FiniteAuxiliaries))
        {
            last--;
        }
        if (last < first || first >= _tokens.Length)
        {
            return source;
        }
        // "He’s" is one token; a pronoun has no possessive "’s", so the ending is a verb.
        var end = ContractedPronounLength(last) is var length and > 0 ? _tokens[last].Span.Start + length : _tokens[last].Span.End;
        return TextSpan.FromBounds(source.Start, Math.Min(end, source.End));
    }

    /// <summary>
    /// The speaker when the mention a rule found is only the object of a preposition inside the source phrase: the name
    /// before the preposition ("Tomas Berg of the Dock Union said" → Tomas Berg), or else the whole role phrase ("A
    /// senior aide to Ruiz said", "a spokeswoman for the ministry said", "the city of Lorton said"), which names no one
    /// person. Null when the mention heads its source phrase, or when no speaker phrase ends right before the
    /// preposition. Only the speaker changes; the source span is already the whole phrase.
    /// </summary>
    private SpeakerPhrase? HeadBeforePreposition(SpeakerPhrase speaker, TextSpan source)
    {
        var preposition = Is(speaker.First - 1, "both") ? speaker.First - 2 : speaker.First - 1;
        if (source.Start >= speaker.Span.Start || preposition < 1 || !IsOneOf(preposition, HeadPrepositions) || _tokens[preposition - 1].Span.Start < source.Start)
        {
            return null;
        }
        var first = TokenAtOrAfter(source.Start);
        // "Johnnie Vale, of Lorton, said": a comma may set the place off the name.
        var headLast = IsPunct(preposition - 1, ',') ? preposition - 2 : preposition - 1;
        var head = ParseSpeakerBackward(headLast, first);
        if (head is null && headLast == first && headLast == preposition - 1 && IsQuantifier(headLast))
        {
            head = new SpeakerPhrase(headLast, headLast, _tokens[headLast].Span, SpeakerKind.Group, _tokens[headLast].Span); // "Many of her supporters"
        }
        else if (head is null && headLast == preposition - 1 && IsPlainNounPhrase(first, headLast))
        {
            head = new SpeakerPhrase(first, headLast, SpanOf(first, headLast), SpeakerKind.Descriptor, SpanOf(first, headLast)); // "A doctor at …"
        }
        else if (head is null && headLast == preposition - 1 && speaker.First == speaker.Last && speaker.Kind == SpeakerKind.Name)
        {
            head = PluralHeadBeforePlace(first, headLast, speaker.First); // "Local journalists in Lorton"
        }
        if (head is null || head.Kind == SpeakerKind.Pronoun || head.Kind != SpeakerKind.Name && headLast != preposition - 1
            || _text.AsSpan(head.Span.Start, speaker.Span.Start - head.Span.Start).Contains('\n'))
        {
            return null; // no phrase the source could be headed by (or one on another line): keep the mention rather than guess
        }
        if (head.First == head.Last && IsVerbForm(head.First))
        {
            return null; // "Based on Ruiz’s argument": a verb form that opens the sentence heads nothing
        }
        // "One of Ruiz’s lawyers": a quantifier heads a group, which runs on over the words the mention left out.
        var quantified = head.First == head.Last && IsQuantifier(head.First);
        if (head.Kind == SpeakerKind.Name && !quantified && (MentionAt(head.First) is { Kind: EntityKind.Person } || head.Last > head.First))
        {
            return head; // "Tomas Berg of the Dock Union"
        }
        var last = speaker.Last;
        while (quantified && last + 1 < _tokens.Length && _tokens[last + 1].Span.End <= source.End && IsLower(last + 1))
        {
            last++;
        }
        var span = TextSpan.FromBounds(head.Span.Start, _tokens[last].Span.End);
        // "his team of lawyers" stays a group a later "they" can mean; "the city of Lorton" an organisation.
        // A lone capitalised word that is no person heads an organisation's name ("Everytown for Pier Safety").
        var kind = quantified || head.Kind == SpeakerKind.Group ? SpeakerKind.Group : head.Kind is SpeakerKind.Organization or SpeakerKind.Name ? SpeakerKind.Organization : SpeakerKind.Descriptor;
        return new SpeakerPhrase(head.First, last, span, kind, span);
    }

    // Prepositions after which a source phrase's head noun names its place or body: "a spokeswoman for Ruiz", "the
    // embassy in Lorton", "a teacher from Lorton".
    private static readonly string[] HeadPrepositions = ["for", "of", "to", "at", "on", "in", "from"];

    private static readonly string[] PhraseDeterminers = ["a", "an", "the", "his", "her", "their", "its", "our"];

    /// <summary>
    /// Whether tokens <paramref name="first"/> to <paramref name="last"/> are a short plain noun phrase: a determiner,
    /// then at most three words, none a verb form or cue ("the embassy", "a senior doctor").
    /// </summary>
    private bool IsPlainNounPhrase(int first, int last)
    {
        if (last - first > 3 || last <= first || !IsOneOf(first, PhraseDeterminers))
        {
            return false;
        }
        for (var k = first + 1; k <= last; k++)
        {
            if (!IsWord(k) || IsOneOf(k, FunctionWords) || TryCue(k, out _) || IsLower(k) && IsVerbForm(k))
            {
                return false;
            }
        }
        return true;
    }

    private string CueText(CueMatch cue) => TextOf(SpanOf(cue.First, cue.Last));

    private void AddQuote(TextSpan content, QuoteKind kind, CueMatch? cue, SpeakerPhrase? speaker, VenueMatch? venue, IReadOnlyList<TextSpan>? parts, int anchor)
    {
        var text = parts is { Count: > 1 } ? JoinParts(parts) : TextOf(content);
        TextSpan? source = speaker is null ? null : cue is { } sc ? WithoutVerbTail(SourcePhrase(speaker, sc, content)) : speaker.Span;
        // A role phrase made the speaker here is named as written: resolving it as a descriptor could pick a titled person.
        var asWritten = false;
        if (speaker is not null && source is { } widened && HeadBeforePreposition(speaker, widened) is { } head)
        {
            speaker = head; // "A senior aide to Ruiz said": the aide speaks, not Ruiz
            asWritten = head.Kind == SpeakerKind.Descriptor;
        }
        var pair = speaker is null ? null : CoordinatedName(speaker);
        var quote = new Quote(content, text, kind)
        {
            Speaker = speaker is null ? null : pair ?? (asWritten ? TextOf(speaker.Span) : Resolve(speaker, anchor, content, kind)),
            SpeakerSpan = speaker is null ? null : WithoutVerbTail(speaker.Span),
            SourceSpan = source,
            Cue = cue is { } c ? CueText(c) : null,
            CueSpan = cue is { } c2 ? SpanOf(c2.First, c2.Last) : null,
            Venue = venue?.Name,
            VenueSpan = venue?.NameSpan,
            SentenceIndex = SentenceOfOffset(cue is { } c3 ? _tokens[c3.First].Span.Start : content.Start),
            Parts = parts is { Count: > 1 } ? [.. parts] : [content],
        };
        _quotes.Add(quote);
        if (cue is { } used)
        {
            _usedCues[used.First] = true;
        }
        // A speaker whose cue sits inside an earlier quote's content ("Olsen said the visit was meant to …") is dropped
        // with its quote (DropNested), so it is not one a later pronoun may mean.
        if (speaker is not null && quote.Speaker is not null && !(cue is { } sighted && CueInsideRecentContent(SpanOf(sighted.First, sighted.Last))))
        {
            var one = speaker.Kind is not (SpeakerKind.Group or SpeakerKind.Organization) && pair is null;
            _speakers.Add(new PersonSighting(speaker.Span.Start, quote.Speaker, null, one, IsSpeaker: true));
        }
        // Only speech cues of the hand lexicon make a group a relied-on source: learned cues are mostly acts and stances
        // ("officials ordered the archive sealed").
        if (speaker is { Kind: SpeakerKind.Group } && cue is { } groupCue && groupCue.Lemma is not ("according to" or "learned"))
        {
            // An unnamed source that speaks is sourcing the article relies on: record it as an anonymous citation.
            AddCitation(TextSpan.FromBounds(Math.Min(speaker.Span.Start, _tokens[groupCue.First].Span.Start), Math.Max(speaker.Span.End, _tokens[groupCue.Last].Span.End)),
                TextOf(speaker.Span), anonymous: true, CueText(groupCue).ToLowerInvariant(), speaker.Span);
        }
        if (speaker is not null && cue is { } citingCue && (citingCue.Lemma == "according to" || citingCue.Class == CueClass.Report && speaker.Kind != SpeakerKind.Pronoun))
        {
            var relation = citingCue.Lemma == "according to" ? "according to" : "reported";
            var phrase = TextSpan.FromBounds(Math.Min(speaker.Span.Start, _tokens[citingCue.First].Span.Start), Math.Max(speaker.Span.End, _tokens[citingCue.Last].Span.End));
            AddCitation(phrase, SourceName(speaker), speaker.Kind == SpeakerKind.Group, relation, speaker.Kind == SpeakerKind.Group ? speaker.Span : speaker.NameSpan);
        }
        if (venue is { Named: true })
        {
            // "X told the FT" in an article not by the FT means the article relies on the FT's interview: the venue is
            // also a cited source, with relation "told".
            AddCitation(venue.Span, venue.Name, anonymous: false, "told", venue.NameSpan);
        }
    }

    private string JoinParts(IReadOnlyList<TextSpan> parts)
    {
        var builder = new System.Text.StringBuilder();
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            if (builder.Length > 0)
            {
                // “… wages,” she said. “The operator …”: the attribution between the parts ended a sentence, so the
                // comma that led into it becomes a full stop ("… wages. The operator …").
                if (builder[^1] == ',' && SentenceEndsBetween(parts[p - 1].End, part.Start))
                {
                    builder[^1] = '.';
                }
                // A mixed quote ends on its quotation's closing mark ("The ferry was “a disgrace,” Ruiz said. “It
                // leaks.”"): the quotation that goes on with it keeps its marks, or the text would run the writer's
                // words and the speaker's together ("… “a disgrace.” It leaks.").
                var closed = builder[^1] is '”' or '"';
                if (closed && builder.Length > 1 && builder[^2] == ',' && SentenceEndsBetween(parts[p - 1].End, part.Start))
                {
                    builder[^2] = '.';
                }
                builder.Append(' ');
                if (closed && part.Start > 0 && _text[part.Start - 1] is '“' or '"' && part.End < _text.Length && _text[part.End] is '”' or '"')
                {
                    builder.Append(_text[part.Start - 1]).Append(_text.AsSpan(part.Start, part.Length)).Append(_text[part.End]);
                    continue;
                }
            }
            builder.Append(_text.AsSpan(part.Start, part.Length));
        }
        return builder.ToString();
    }

    private bool SentenceEndsBetween(int start, int end)
    {
        for (var i = start; i < end && i < _text.Length; i++)
        {
            if (_text[i] is '.' or '!' or '?' or '\n')
            {
                return true;
            }
        }
        return false;
    }

    private void AddCitation(TextSpan span, string source, bool anonymous, string relation, TextSpan? sourceSpan)
    {
        foreach (var existing in _citations)
        {
            if (existing.Span.Overlaps(span) && existing.Relation == relation && existing.Source == source)
            {
                return;
            }
        }
        _citations.Add(new Citation(span, TextOf(span), source, anonymous)
        {
            Relation = relation,
            SourceSpan = sourceSpan,
            SentenceIndex = SentenceOfOffset(span.Start),
        });
    }
}
