using System.Collections.Frozen;
using Crosscheck.Documents;
using Crosscheck.Text;
using Crosscheck.Entities;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    private const int MaxSpeakerTokens = 9;

    private static readonly string[] Quantifiers =
        ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many", "few", "multiple", "numerous", "the", "other", "most", "dozens", "various", "another", "those", "these", "all", "both"];

    private static readonly string[] GroupTrailers = ["familiar", "close", "with", "in", "at", "from", "inside", "within", "briefed", "involved", "knowledgeable", "aware", "on", "for", "of"];

    private static readonly string[] NameParticles = ["de", "van", "von", "der", "bin", "al", "da", "di", "la", "le", "du", "del", "ibn"];

    private static readonly string[] Pronouns = ["he", "she", "they", "it"];

    private static readonly string[] ContractedPronouns = ["he", "she", "they", "we", "i"];

    private static readonly string[] Contractions = ["s", "re", "ve", "ll", "d", "m"];

    /// <summary>
    /// The length of the pronoun in a token that joins a subject pronoun and a contracted auxiliary ("He’s",
    /// "they've", "I'm"); 0 for any other token. "It’s" stays out: it is mostly an expletive subject.
    /// </summary>
    private int ContractedPronounLength(int i)
    {
        var word = Word(i);
        var mark = word.IndexOfAny('\'', '\u2019');
        if (mark <= 0 || mark > 4 || !IsWord(i))
        {
            return 0;
        }
        var pronoun = word[..mark];
        var suffix = word[(mark + 1)..];
        var known = false;
        foreach (var p in ContractedPronouns)
        {
            known |= pronoun.Equals(p, StringComparison.OrdinalIgnoreCase);
        }
        if (!known)
        {
            return 0;
        }
        foreach (var c in Contractions)
        {
            if (suffix.Equals(c, StringComparison.OrdinalIgnoreCase))
            {
                return mark;
            }
        }
        return 0;
    }

    /// <summary>Parses a speaker phrase starting at token <paramref name="i"/> and ending no later than <paramref name="limit"/>.</summary>
    private SpeakerPhrase? ParseSpeakerForward(int i, int limit) =>
        ParseSpeakerHead(i, limit) is { } phrase ? WidenOverHeadNoun(phrase, limit) : null;

    /// <summary>The speaker phrase at token <paramref name="i"/> before a name used as a modifier gives way to its head noun.</summary>
    private SpeakerPhrase? ParseSpeakerHead(int i, int limit)
    {
        if (i < 0 || i > limit || i >= _tokens.Length || !IsWord(i))
        {
            return null;
        }
        foreach (var pronoun in Pronouns)
        {
            if (Is(i, pronoun))
            {
                var span = _tokens[i].Span;
                return new SpeakerPhrase(i, i, span, SpeakerKind.Pronoun, span);
            }
        }
        if (ContractedPronounLength(i) is > 0 and var length)
        {
            // "He’s predicting …", "they’ve said …": the annotators' source is the pronoun without its auxiliary.
            var span = new TextSpan(_tokens[i].Span.Start, length);
            return new SpeakerPhrase(i, i, span, SpeakerKind.Pronoun, span);
        }
        if (MentionAt(i) is { Kind: EntityKind.Place } place && place.Span.Start == _tokens[i].Span.Start
            && (Is(i - 1, "from") || Is(i - 1, "of") || Is(i - 1, "in") || Is(i - 1, "at")))
        {
            return null; // "the senator from Texas says": the place qualifies the speaker, it does not speak
        }
        if (MentionAt(i) is { } named && named.Span.Start == _tokens[i].Span.Start && named.Kind != EntityKind.Place)
        {
            var mention = named;
            var last = TokenBefore(mention.Span.End);
            if (last <= limit && last >= i)
            {
                var kind = mention.Kind switch
                {
                    EntityKind.Person => mention.Form == MentionForm.Descriptor ? SpeakerKind.Descriptor : mention.Form == MentionForm.Pronoun ? SpeakerKind.Pronoun : SpeakerKind.Name,
                    // "police", "the authorities": an institution speaking, not an unnamed source.
                    EntityKind.Group when last == i && AttributionLexicons.OrgWordLookup.Contains(Word(i)) => SpeakerKind.Organization,
                    EntityKind.Group => SpeakerKind.Group,
                    _ => SpeakerKind.Organization,
                };
                if (kind == SpeakerKind.Group && ParseGroup(i, limit) is { } longer && longer.Last >= last)
                {
                    return longer;
                }
                return new SpeakerPhrase(i, last, mention.Span, kind, mention.Span) { MentionKey = mention.Key, Title = mention.Title };
            }
        }
        return ParseGroup(i, limit) ?? ParseDescriptor(i, limit) ?? ParseName(i, limit) ?? QuantifierPronoun(i, limit);
    }

    // Quantifiers that stand for a group named before them: "…; most said they were worried", "During the war, many
    // followed …", "Some flirted back, others ignored her".
    private static readonly string[] QuantifierPronouns = ["many", "most", "some", "others", "several", "few"];

    private static readonly string[] QuantifierBlockers = ["the", "a", "an", "of", "been", "be", "being", "am", "very", "too", "so", "how", "gave", "give", "gives", "broken", "among", "for", "to", "by", "in", "on", "at", "from"];

    /// <summary>
    /// A lower-case quantifier standing alone as a subject ("most", "others"), or with "of them" ("many of them"),
    /// ending at <paramref name="limit"/>: PolNeAR marks it as the source. At a sentence's start its capital made it a
    /// name already; after a semicolon, a comma or a conjunction nothing read it.
    /// </summary>
    private SpeakerPhrase? QuantifierPronoun(int i, int limit)
    {
        // Not after "has broken many", "one of many", "there have been few", "the most": there the word is an object,
        // a determiner or part of a longer phrase. After a verb's object slot it may still be the subject of what
        // follows ("led many to wonder", "with many worried that …", "which many feel …").
        if (!IsLower(i) || !IsOneOf(i, QuantifierPronouns) || i == 0 || IsWord(i - 1) && (IsOneOf(i - 1, QuantifierBlockers) || Auxiliaries.Contains(Word(i - 1))))
        {
            return null;
        }
        // "many others", "Gillum and others": the quantifier ends a longer subject, which the other rules read whole.
        if (IsQuantifier(i - 1) || (Is(i - 1, "and") || Is(i - 1, "or")) && IsWord(i - 2))
        {
            return null;
        }
        var last = i + 2 <= limit && Is(i + 1, "of") && (Is(i + 2, "them") || Is(i + 2, "us") || Is(i + 2, "those")) ? i + 2 : i;
        if (last != limit)
        {
            return null;
        }
        var span = SpanOf(i, last);
        return new SpeakerPhrase(i, last, span, SpeakerKind.Group, span);
    }

    /// <summary>Parses a speaker phrase that ends exactly at token <paramref name="last"/>, preferring the longest.</summary>
    private SpeakerPhrase? ParseSpeakerBackward(int last, int floor)
    {
        // "The F.B.I. has said", "Ana Ruiz Jr. said": a subject may end on its initialism's dot.
        if (last < 0 || !IsWord(last) && !(IsPunct(last, '.') && IsInnerInitialismEnd(last) && IsAbbreviationDot(last)))
        {
            return null;
        }
        var start = last;
        while (start - 1 >= floor && start - 1 >= 0 && last - (start - 1) < MaxSpeakerTokens && !IsBoundaryPunct(start - 1))
        {
            start--;
        }
        for (var s = start; s <= last; s++)
        {
            if (ParseSpeakerForward(s, last) is { } phrase && phrase.Last == last)
            {
                return phrase;
            }
        }
        return null;
    }

    private bool IsBoundaryPunct(int i) =>
        _tokens[i].Kind == TokenKind.Punctuation && !(IsPunct(i, '.') && (IsDomainDot(i) || IsAbbreviationDot(i))) && !IsPunct(i, '-');

    /// <summary>
    /// The dot of "Mr." or of an initial ("Gregory W. Meeks") inside a name, or the last dot of a dotted initialism
    /// ("U.S. officials", "the F.B.I. has said", "(D-R.I.),") or of "Jr." that does not end its sentence.
    /// </summary>
    private bool IsAbbreviationDot(int i) =>
        IsPunct(i, '.') && IsCapitalised(i - 1) && _tokens[i - 1].Span.End == _tokens[i].Span.Start
        && (IsCapitalised(i + 1) && (_tokens[i - 1].Span.Length == 1 || AttributionLexicons.TitleLookup.Contains(Word(i - 1)))
            || IsInnerInitialismEnd(i));

    // The tokenizer splits "U.S." into "U", ".", "S", "."; the sentence splitter already knows that its last dot ends
    // no sentence when a word follows it in the same sentence, but a dot before a lower-case word or a comma ended
    // every walk over a subject or a source here ("…, U.S. officials said." made no quote; "according to F.A.A.
    // records" read the source "F").
    private bool IsInnerInitialismEnd(int i)
    {
        if (i + 1 >= _tokens.Length || _tokenSentence[i + 1] != _tokenSentence[i] || i < 3)
        {
            return false;
        }
        if (Is(i - 1, "Jr") || Is(i - 1, "Sr"))
        {
            return true;
        }
        return _tokens[i - 1].Span.Length == 1 && IsPunct(i - 2, '.') && _tokens[i - 2].Span.End == _tokens[i - 1].Span.Start
            && _tokens[i - 3].Span.Length == 1 && IsCapitalised(i - 3) && _tokens[i - 3].Span.End == _tokens[i - 2].Span.Start;
    }

    private bool IsDomainDot(int i) =>
        i > 0 && i + 1 < _tokens.Length && _tokens[i - 1].Span.End == _tokens[i].Span.Start && _tokens[i + 1].Span.Start == _tokens[i].Span.End && IsLower(i + 1);

    private bool IsQuantifier(int i)
    {
        if (i < _tokens.Length && _tokens[i].Kind == TokenKind.Number)
        {
            return true;
        }
        return InList(i, WordList.Quantifier);
    }

    private bool IsCueWord(int i) => IsWord(i) && InList(i, WordList.Cue);

    /// <summary>Word lists whose answer for a token <see cref="InList"/> keeps.</summary>
    private enum WordList
    {
        Cue,
        GroupNoun,
        Title,
        Stopword,
        OrgWord,
        Function,
        Quantifier,
    }

    // Per token: bit 31 once its word was looked up, and below it one bit per word list that holds it: the lists of
    // WordList (bit n for list n) and the ListedWords lists (their Bit), see WordBitsOf.
    private uint[]? _wordBits;

    /// <summary>
    /// Whether token <paramref name="i"/>'s word is in <paramref name="list"/>, as the list's own look-up says. The
    /// speaker parsers try a phrase from each start before a cue (ParseSpeakerBackward) and read up to four words from
    /// each, so the same words went into the same frozen sets again and again; the first question about a token now
    /// answers for every list with one look-up (<see cref="WordBitsOf"/>). Asked list by list, a token was hashed once
    /// per list and the function words and quantifiers were compared one by one (those look-ups under ParseGroup and
    /// ParseName were about 3 % of the analysis by perf).
    /// </summary>
    private bool InList(int i, WordList list)
    {
        if ((uint)i >= (uint)_tokens.Length)
        {
            return IsInList([], list);
        }
        return (WordBitsOf(i) & (1u << (int)list)) != 0;
    }

    /// <summary>The list bits of token <paramref name="i"/> (in range), looked up on first use and kept.</summary>
    private uint WordBitsOf(int i)
    {
        // Read by the token's shared id when it has one whose word the lists compare as they would the token.
        if (_wordIds.Length != 0 && _wordIds[i] != SharedWords.Unknown)
        {
            var byId = ListsOfWord.OfId(_wordIds[i]);
            if (byId != ListsOfWord.AskTheWord)
            {
                return byId;
            }
        }
        var all = _wordBits ??= new uint[_tokens.Length];
        var bits = all[i];
        if (bits == 0)
        {
            bits = (ListsOfWord.Lookup.TryGetValue(Word(i), out var found) ? found : 0) | 1u << 31;
            all[i] = bits;
        }
        return bits;
    }

    // In a class of its own so that it is built on first use, after the partial class's static lists (whose order across
    // files is not defined) are set.
    /// <summary>
    /// Every word of the seven lists of <see cref="WordList"/> and of the <see cref="ListedWords"/> lists, with one bit per
    /// list that holds it. The lists and this map compare words ignoring case (ordinal), so a word's bits are exactly
    /// the lists that a look-up in each (<see cref="IsInList"/>, or a comparison with each word) finds it in.
    /// </summary>
    internal static class ListsOfWord
    {
        public static readonly FrozenDictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> Lookup = Build().GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Not a word's bits (bit 31 is never a list's): the token must be looked up itself.</summary>
        public const uint AskTheWord = uint.MaxValue;

        private static uint[]? _byId;

        /// <summary>
        /// The bits of a token whose <see cref="SharedWords"/> id is <paramref name="id"/> (at least
        /// <see cref="SharedWords.Unlisted"/>, which has none), with bit 31 set as <see cref="WordBitsOf"/> keeps them, or
        /// <see cref="AskTheWord"/>. Such a token is ASCII without an apostrophe, and for ASCII letters the lists' case-blind
        /// comparison is the shared vocabulary's fold; a vocabulary word outside ASCII (which could fold to ASCII letters
        /// and compare differently here) asks the token.
        /// </summary>
        public static uint OfId(int id) => id < 0 ? 1u << 31 : (_byId ?? BuildById())[id];

        private static uint[] BuildById() => _byId = SharedWords.ById(static word =>
            !System.Text.Ascii.IsValid(word) ? AskTheWord : (Lookup.TryGetValue(word, out var bits) ? bits : 0) | 1u << 31);

        private static FrozenDictionary<string, uint> Build()
        {
            var bits = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
            void Add(IEnumerable<string> words, uint bit)
            {
                foreach (var word in words)
                {
                    bits[word] = bits.GetValueOrDefault(word) | bit;
                }
            }
            Add(AttributionLexicons.Cues.Keys, 1u << (int)WordList.Cue);
            Add(AttributionLexicons.GroupNouns, 1u << (int)WordList.GroupNoun);
            Add(AttributionLexicons.Titles, 1u << (int)WordList.Title);
            Add(AttributionLexicons.Stopwords, 1u << (int)WordList.Stopword);
            Add(AttributionLexicons.OrgWords, 1u << (int)WordList.OrgWord);
            Add(FunctionWords, 1u << (int)WordList.Function);
            Add(Quantifiers, 1u << (int)WordList.Quantifier);
            foreach (var list in ListedWords.Close())
            {
                Add(list, list.Bit);
            }
            return bits.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>Every word of the extractor's word lists (for <see cref="SharedWords"/>).</summary>
    internal static IEnumerable<string> ListedWordKeys => ListsOfWord.Lookup.Dictionary.Keys;

    private static bool IsInList(ReadOnlySpan<char> word, WordList list) => list switch
    {
        WordList.Cue => AttributionLexicons.CueLookup.ContainsKey(word),
        WordList.GroupNoun => AttributionLexicons.GroupNounLookup.Contains(word),
        WordList.Title => AttributionLexicons.TitleLookup.Contains(word),
        WordList.Stopword => AttributionLexicons.StopwordLookup.Contains(word),
        WordList.OrgWord => AttributionLexicons.OrgWordLookup.Contains(word),
        WordList.Function => IsAnyOf(word, FunctionWords),
        _ => IsAnyOf(word, Quantifiers),
    };

    /// <summary>Whether <paramref name="word"/> is one of <paramref name="words"/> (case ignored), as <see cref="IsOneOf(int, string[])"/> asks of a token.</summary>
    private static bool IsAnyOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (OrdinalWord.EqualsIgnoreCase(word, candidate))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"three Western diplomats", "a source familiar with the matter", "officials in Belgrade".</summary>
    private SpeakerPhrase? ParseGroup(int i, int limit)
    {
        var j = i;
        while (j <= limit && IsQuantifier(j) && j - i < 2)
        {
            j++;
        }
        var head = -1;
        for (var k = j; k <= limit && k < j + 4; k++)
        {
            if (!IsWord(k) || IsCueWord(k) || IsFunctionWord(k))
            {
                break;
            }
            if (InList(k, WordList.GroupNoun) && (IsLower(k) || IsSentenceStart(k)))
            {
                head = k;
                if (!InList(k + 1, WordList.GroupNoun))
                {
                    break;
                }
            }
            else if (IsCapitalised(k) && (InList(k, WordList.Title) ? false : k + 1 <= limit && IsCapitalised(k + 1) && !InList(k + 1, WordList.GroupNoun)))
            {
                // A capitalised name inside ("Kremlin officials") is fine; a run of names is not a group.
                if (k + 2 <= limit && IsCapitalised(k + 2))
                {
                    break;
                }
            }
        }
        if (head < 0)
        {
            return null;
        }
        var end = head;
        if (head + 1 <= limit && IsWord(head + 1))
        {
            foreach (var trailer in GroupTrailers)
            {
                if (Is(head + 1, trailer))
                {
                    end = ExtendTrailer(head + 1, limit);
                    break;
                }
            }
        }
        var span = SpanOf(i, end);
        return new SpeakerPhrase(i, end, span, SpeakerKind.Group, span);
    }

    private static readonly string[] FunctionWords = ["on", "in", "at", "of", "for", "to", "by", "with", "from", "and", "or", "that", "who", "which", "is", "are", "was", "were", "has", "have", "had", "about", "over"];

    private bool IsFunctionWord(int i) => InList(i, WordList.Function);

    private bool IsSentenceStart(int i) => i == 0 || _tokenSentence[i - 1] != _tokenSentence[i];

    /// <summary>A determiner and up to three words ending at <paramref name="last"/> ("an engineer"), for relative clauses.</summary>
    private SpeakerPhrase? ParseNounPhraseBackward(int last, int floor)
    {
        for (var k = last - 1; k >= floor && k >= last - 4; k--)
        {
            if (!IsWord(k))
            {
                return null;
            }
            if (Is(k, "a") || Is(k, "an") || Is(k, "the") || Is(k, "his") || Is(k, "her") || Is(k, "their"))
            {
                var span = SpanOf(k, last);
                return new SpeakerPhrase(k, last, span, SpeakerKind.Descriptor, span);
            }
        }
        return null;
    }

    private int ExtendTrailer(int i, int limit)
    {
        var end = i;
        for (var k = i + 1; k <= limit && k < i + 6; k++)
        {
            if (!IsWord(k) && !IsDomainDot(k))
            {
                break;
            }
            if (IsCueWord(k) && !Is(k, "talks"))
            {
                break;
            }
            end = k;
        }
        return end;
    }

    /// <summary>"the Serbian leader", "the country's foreign minister", "the president of Serbia".</summary>
    private SpeakerPhrase? ParseDescriptor(int i, int limit)
    {
        var possessive = IsWord(i) && (Word(i).EndsWith("'s", StringComparison.OrdinalIgnoreCase) || Word(i).EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase));
        if (!Is(i, "the") && !Is(i, "a") && !Is(i, "an") && !Is(i, "his") && !Is(i, "her") && !Is(i, "their") && !Is(i, "its") && !possessive)
        {
            return null;
        }
        for (var k = i + 1; k <= limit && k < i + 7; k++)
        {
            if (!IsWord(k) || IsCueWord(k))
            {
                return null;
            }
            if (IsLower(k) && AttributionLexicons.RoleLookup.ContainsKey(Word(k)) && !AttributionLexicons.RoleLookup.ContainsKey(Word(k + 1)))
            {
                if (IsCapitalised(k + 1) && k + 1 <= limit && !AttributionLexicons.StopwordLookup.Contains(Word(k + 1)))
                {
                    return null; // "the Serbian president Aleksandar Vidric" is a titled name
                }
                var end = k;
                if ((Is(k + 1, "of") || Is(k + 1, "from") || Is(k + 1, "for")) && IsCapitalised(k + 2) && k + 2 <= limit)
                {
                    end = k + 2;
                    while (end + 1 <= limit && IsCapitalised(end + 1) && end < k + 4)
                    {
                        end++;
                    }
                }
                var span = SpanOf(i, end);
                return new SpeakerPhrase(i, end, span, SpeakerKind.Descriptor, span);
            }
        }
        return null;
    }

    /// <summary>"Foreign Minister Ana Petrovic", "Petrovic", "the Daily Ledger", "Gazeta.ru", "the ministry".</summary>
    private SpeakerPhrase? ParseName(int i, int limit)
    {
        var article = Is(i, "the");
        var j = article ? i + 1 : i;
        // "the ministry said", and bare "police said".
        if (IsLower(j) && InList(j, WordList.OrgWord) && j <= limit && (article || Is(j, "police") || Is(j, "authorities")))
        {
            var orgSpan = SpanOf(i, j);
            return new SpeakerPhrase(i, j, orgSpan, SpeakerKind.Organization, _tokens[j].Span);
        }
        if (!IsCapitalised(j) || j > limit || InList(j, WordList.Stopword) || Word(j).EndsWith("n't", StringComparison.OrdinalIgnoreCase)
            || Word(j).EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        // A title-case headline capitalises its verbs and small words too: "Receipt Shows Kell Had a Guest" names no
        // "Receipt Shows Kell", and "Drone Used To Attack" no "Drone Used To".
        var headline = InTitleCaseSentence(j);
        if (headline && IsHeadlineBreak(j))
        {
            return null;
        }
        var end = j;
        var lastTitle = InList(j, WordList.Title) ? j : -1;
        var orgLike = InList(j, WordList.OrgWord);
        var k = j + 1;
        while (k <= limit)
        {
            // A letter after an initial's dot is a letter of the initialism, even one that is also a word ("F.A.A.",
            // "R.I.": "A" and "I" are stopwords).
            if (IsCapitalised(k) && (!InList(k, WordList.Stopword) || _tokens[k].Span.Length == 1 && IsAbbreviationDot(k - 1))
                && !(headline && IsHeadlineBreak(k)))
            {
                if (InList(k, WordList.Title))
                {
                    lastTitle = k; // "Serbian President Aleksandar Vidric": everything up to the last title word
                }
                orgLike |= InList(k, WordList.OrgWord);
                end = k++;
                continue;
            }
            if (IsAbbreviationDot(k) && (k + 1 <= limit || k == limit && !IsCapitalised(k + 1)))
            {
                if (!IsCapitalised(k + 1))
                {
                    end = k; // "F.A.A. records": the initialism keeps its last dot, and a head noun may follow
                }
                k++;
                continue;
            }
            if (IsPunct(k, '.') && IsDomainDot(k))
            {
                end = k + 1;
                k += 2;
                orgLike = true;
                continue;
            }
            if (IsWord(k) && IsCapitalised(k + 1) && k + 1 <= limit && (IsNameParticle(k) || Is(k, "of")))
            {
                k++;
                continue;
            }
            // "Trump lawyer Marc Kasowitz": a lower-case role between names is part of the title.
            if (IsLower(k) && AttributionLexicons.RoleLookup.ContainsKey(Word(k)) && k + 1 <= limit && IsCapitalised(k + 1) && !InList(k + 1, WordList.Stopword))
            {
                lastTitle = k;
                end = k++;
                continue;
            }
            // "Cicero magazine", "Radio Free Sava news agency".
            if (IsLower(k) && InList(k, WordList.OrgWord))
            {
                orgLike = true;
                end = k++;
                continue;
            }
            break;
        }
        // A phrase read across a line break is named by its last line, and is there: a page's "Advertisement" line
        // above "Kell said …" is not part of the name, nor is a title on an earlier line.
        var lineStart = j;
        for (var t = j + 1; t <= end; t++)
        {
            if (LineBreakBeforeToken(t))
            {
                lineStart = t;
            }
        }
        if (lastTitle < lineStart)
        {
            lastTitle = -1;
        }
        var nameFirst = lastTitle >= 0 ? lastTitle + 1 : lineStart;
        if (nameFirst <= end && IsAbbreviationDot(nameFirst))
        {
            nameFirst++;
        }
        var span = SpanOf(lineStart > j ? lineStart : i, end);
        if (nameFirst > end)
        {
            // A bare title ("the Prime Minister", "Serbian President") denotes a person as a descriptor does.
            return orgLike ? null : new SpeakerPhrase(i, end, span, SpeakerKind.Descriptor, span);
        }
        var nameSpan = SpanOf(nameFirst, end);
        var kind = article || orgLike ? SpeakerKind.Organization : SpeakerKind.Name;
        var title = lastTitle >= j ? TextOf(SpanOf(lineStart, lastTitle)) : null;
        // "the Ledger reported": the entities stage links the short form to the outlet or body named in full before
        // ("the Daily Ledger"), and the speaker and the citation take that name, so the two count as one source.
        var linked = kind == SpeakerKind.Organization && MentionAt(nameFirst) is { Kind: EntityKind.Outlet or EntityKind.Organization } mention
            && mention.Span == nameSpan ? mention.Key : null;
        return new SpeakerPhrase(i, end, span, kind, nameSpan) { Title = kind == SpeakerKind.Name ? title : null, MentionKey = linked };
    }

    /// <summary>Whether a line break separates token <paramref name="t"/> from the token before it.</summary>
    private bool LineBreakBeforeToken(int t) =>
        _text.AsSpan(_tokens[t - 1].Span.End, _tokens[t].Span.Start - _tokens[t - 1].Span.End).Contains('\n');

    private bool IsNameParticle(int i)
    {
        foreach (var particle in NameParticles)
        {
            if (Is(i, particle) && IsLower(i))
            {
                return true;
            }
        }
        return false;
    }
}
