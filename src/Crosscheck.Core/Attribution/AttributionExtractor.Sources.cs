using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    private const int MaxModifierTokens = 8;
    private const int MaxAppositionTokens = 40;

    // Words that end a noun phrase on its left: a source's modifiers never reach past a clause word or preposition.
    private static readonly ListedWords LeftBoundaryWords =
    [
        "that", "and", "but", "or", "when", "while", "as", "because", "if", "after", "before", "since", "though",
        "although", "where", "in", "on", "at", "to", "for", "with", "by", "from", "during", "into", "than", "so",
        "who", "which", "also", "is", "was", "are", "were", "be", "has", "have", "had", "will", "would", "said",
        "says", "then", "now", "yesterday", "today", "tonight", "later", "earlier", "meanwhile", "still", "however",
        "perhaps", "maybe", "what", "both", "say", "even", "only", "instead", "indeed", "interview", "footage",
    ];

    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    // Prepositions joining a role noun to the name it belongs to: "a spokeswoman for Ana Ruiz", "aides to Kovac".
    private static readonly string[] RolePrepositions = ["for", "of", "to", "at", "on"];

    /// <summary>
    /// Widens a speaker mention to the source phrase: leftwards over its modifiers ("longtime Democratic pollster",
    /// "his", "a majority of"), rightwards over an apposition or parenthesis that sits between it and its cue
    /// ("Ana Ruiz, a lawyer for the union, said") or that closes the sentence after a post-posed cue
    /// ("…,” said Ana Ruiz, a lawyer for the union."). Where the cue model carries source-boundary weights, the trained
    /// model decides each step (the hand rule's answer is one of its features; see AttributionExtractor.SourceModel.cs).
    /// </summary>
    private TextSpan SourcePhrase(SpeakerPhrase speaker, CueMatch cue, TextSpan content)
    {
        var first = speaker.First;
        var last = speaker.Last;
        var relative = cue.First - 1;
        while (relative > speaker.Last && IsAuxiliary(relative))
        {
            relative--;
        }
        // "Ruiz, who last year threatened …", "Kovac, who has in the past described …": a time adverbial between the
        // relative pronoun and its verb (the source had gone to the antecedent, which PolNeAR marks only without one).
        if (relative > speaker.Last && SkipTimeBackward(relative, speaker.Last) is var beforeTime && beforeTime < relative)
        {
            relative = beforeTime;
            while (relative > speaker.Last && IsAuxiliary(relative))
            {
                relative--;
            }
        }
        if (relative > speaker.Last && (Is(relative, "who") || Is(relative, "which")))
        {
            // "an architect who said …": the relative pronoun is the source in the cue's own clause.
            return _tokens[relative].Span;
        }
        var (sentenceFirst, sentenceLast) = SentenceTokens(_tokenSentence[speaker.First]);
        if (speaker.Kind != SpeakerKind.Pronoun)
        {
            var floor = Math.Max(sentenceFirst, first - MaxModifierTokens);
            var call = ++_sourceCalls;
            if (SourceRecorder is not null)
            {
                // Training sees the whole window, past where the rule stops, so the model can learn to go further.
                for (var k = first - 1; k >= floor && !InsideRun(_tokens[k].Span.Start); k--)
                {
                    RecordLeft(k, speaker, cue, LeftModifier(k, speaker), sentenceFirst, call);
                }
            }
            for (var k = first - 1; k >= floor; k--)
            {
                if (InsideRun(_tokens[k].Span.Start) || !SourceLeftKeep(k, speaker, LeftModifier(k, speaker), sentenceFirst))
                {
                    break;
                }
                first = k;
            }
            // The model may cross a comma or dash; the phrase never starts with one.
            while (UseSourceModel && first < speaker.First && (IsPunct(first, ',') || IsPunct(first, '\u2014') || IsPunct(first, '\u2013') || IsPunct(first, '-') || IsPunct(first, '(') || IsPunct(first, ':') || IsPunct(first, ';')))
            {
                first++;
            }
            if (first < speaker.First && IsPunct(first, '-'))
            {
                first = speaker.First;
            }
            // "A spokeswoman for Ana Ruiz", "Republicans on the committee": the role noun heads the source phrase.
            if (IsOneOf(first - 1, RolePrepositions) && first - 2 >= sentenceFirst && IsWord(first - 2) && IsRoleOrGroupNoun(first - 2))
            {
                var k = first - 2;
                while (k - 1 >= Math.Max(sentenceFirst, first - 2 - MaxModifierTokens) && IsWord(k - 1) && !IsLeftBoundary(k - 1) && !TryCue(k - 1, out _) && !InsideRun(_tokens[k - 1].Span.Start))
                {
                    k--;
                }
                first = k;
            }
            // "Another critic, Ana Ruiz, said": a short noun phrase opening the sentence, set off before the name.
            if (first == speaker.First && IsPunct(first - 1, ',') && speaker.Last < cue.First && IsPunct(speaker.Last + 1, ','))
            {
                var k = first - 2;
                while (k >= sentenceFirst && first - 2 - k < 6 && (IsWord(k) && !IsLeftBoundary(k) && !TryCue(k, out _) || (IsPunct(k, '\'') || IsPunct(k, '\u2019')) && Attached(k)))
                {
                    k--;
                }
                if (k < sentenceFirst && first - 2 >= sentenceFirst && !IsCapitalised(first - 2))
                {
                    first = sentenceFirst;
                }
            }
        }
        if (speaker.Last < cue.First)
        {
            // Between the mention and its cue: ", an apposition," / "(R-Vodena)" / ", who …,". Auxiliaries stay out.
            var end = cue.First - 1;
            while (end > speaker.Last && IsAuxiliary(end))
            {
                end--;
            }
            // An aside between dashes ("Ana Ruiz — a teacher from Lorton — said") is left to the model: the hand rule never took it.
            var dashed = (UseSourceModel || SourceRecorder is not null) && IsDash(speaker.Last + 1) && IsDash(end);
            if (IsPunct(speaker.Last + 1, ',') && end > speaker.Last + 1)
            {
                end = AppositionBeforeClause(speaker.Last + 2, end, keepComma: true);
            }
            if (end > speaker.Last + 1 && end - speaker.Last <= MaxAppositionTokens && (IsPunct(speaker.Last + 1, ',') && (IsPunct(end, ',') || IsPunct(end, ')')) || IsPunct(speaker.Last + 1, '(') && (IsPunct(end, ',') || IsPunct(end, ')')) || dashed)
                && NoCueBetween(speaker.Last + 1, end))
            {
                var rule = !dashed && (IsPunct(speaker.Last + 1, '(') || !StartsAdverbial(speaker.Last + 2) && !Word(speaker.Last + 2).EndsWith("ing", StringComparison.OrdinalIgnoreCase));
                if (SourceRecorder is not null)
                {
                    RecordRight(speaker, cue, end, prePosed: true, rule, _sourceCalls);
                }
                if (SourceRightKeep(speaker, end, prePosed: true, rule))
                {
                    last = end;
                }
            }
        }
        else if (cue.Last < speaker.First && content.End <= _tokens[cue.First].Span.Start && (IsPunct(speaker.Last + 1, ',') || IsPunct(speaker.Last + 1, '(')))
        {
            // Post-posed "said Ana Ruiz, a lawyer for the union." runs to the end of the sentence.
            var end = sentenceLast;
            while (end > speaker.Last && _tokens[end].Kind == TokenKind.Punctuation && !IsPunct(end, ')'))
            {
                end--;
            }
            if (IsPunct(speaker.Last + 1, ',') && end > speaker.Last + 1)
            {
                end = AppositionBeforeClause(speaker.Last + 2, end, keepComma: false);
                end = end < 0 ? end : PostposedAppositionEnd(speaker.Last + 2, end);
            }
            if (end > speaker.Last + 1 && end - speaker.Last <= MaxAppositionTokens && NoCueBetween(speaker.Last + 1, end) && !HasQuoteMark(speaker.Last + 1, end))
            {
                if (SourceRecorder is not null)
                {
                    RecordRight(speaker, cue, end, prePosed: false, rule: true, _sourceCalls);
                }
                if (SourceRightKeep(speaker, end, prePosed: false, rule: true))
                {
                    last = end;
                }
            }
        }
        return TextSpan.FromBounds(Math.Min(_tokens[first].Span.Start, speaker.Span.Start), Math.Max(_tokens[last].Span.End, speaker.Span.End));
    }

    private bool IsDash(int i) => IsPunct(i, '\u2014') || IsPunct(i, '\u2013');

    /// <summary>The hand rule for the source phrase's left edge: whether token <paramref name="k"/> is a modifier of the speaker it precedes.</summary>
    private bool LeftModifier(int k, SpeakerPhrase speaker)
    {
        // "and" joins two sources ("Mr. Grassley and Mr. Leahy", "federal and state officials"), but "met
        // reporters and Kovac said" does not: only between capitalised words or inside a group phrase.
        var joins = Is(k, "and") && (IsCapitalised(k - 1) && IsCapitalised(k + 1) || speaker.Kind == SpeakerKind.Group && IsLower(k - 1));
        // "Six in 10 voters", "more than half of voters", "at least half": a proportion is one modifier.
        var proportion = k > 0 && Is(k, "in") && _tokens[k + 1].Kind == TokenKind.Number && (_tokens[k - 1].Kind == TokenKind.Number || IsOneOf(k - 1, NumberWords))
            || Is(k, "than") && (Is(k - 1, "more") || Is(k - 1, "fewer") || Is(k - 1, "less")) || Is(k, "at") && Is(k + 1, "least");
        return joins || proportion || IsWord(k) && !IsLeftBoundary(k) && !TryCue(k, out _)
            || (IsPunct(k, '-') || IsPunct(k, '\'') || IsPunct(k, '\u2019')) && Attached(k)
            || IsAbbreviationDot(k) || _tokens[k].Kind == TokenKind.Number;
    }

    // Between a subject and its cue: "Wells Fargo just this month announced", "the White House is saying".
    private static readonly string[] ProgressiveAuxiliaries = ["is", "are", "was", "were"];

    private static readonly ListedWords SubjectVerbGap =
    [
        "is", "are", "was", "were", "has", "have", "had", "also", "just", "now", "still", "already", "never", "not",
        "did", "does", "do", "this", "last", "week", "month", "year", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "yesterday", "today", "again", "repeatedly", "often", "even",
    ];

    // A subject does not end in these: "more than expected", "nobody doubted", "The said agreement".
    private static readonly ListedWords NotSubjectEnds = ["more", "less", "than", "nobody", "no", "none", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your"];

    private static readonly ListedWords ClauseOpeners = ["that", "and", "but", "while", "because", "as", "when", "if", "though", "although", "whereas"];

    /// <summary>
    /// The noun phrase that opens the cue's clause when no speaker rule names it ("Another 19 percent said",
    /// "Video of the incident shows", "Wells Fargo just this month announced"): a subject in all but name.
    /// </summary>
    private SpeakerPhrase? LooseSubject(CueMatch cue, int floor, int b)
    {
        if (!IsLower(cue.First))
        {
            return null;
        }
        var k = b;
        var progressive = false;
        var passive = false;
        // The caller has already stepped back over the auxiliaries, so "be" between the subject and the cue marks the
        // progressive (or passive) too ("The lawsuit is calling on the court", "Some pilots are talking about …" made
        // no quote). Not before a mark: "… are worrying, Kovac said" is an adjective, and the clause is Kovac's.
        for (var a = b + 1; a < cue.First; a++)
        {
            progressive |= IsOneOf(a, ProgressiveAuxiliaries) && cue.Last + 1 < _tokens.Length && _tokens[cue.Last + 1].Kind != TokenKind.Punctuation;
            passive |= a == cue.First - 1 && (IsOneOf(a, ProgressiveAuxiliaries) || Is(a, "been"));
        }
        var skippedBe = progressive;
        while (k >= floor && b - k < 5 && IsWord(k) && (IsOneOf(k, SubjectVerbGap) || IsLower(k) && Word(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
        {
            progressive |= IsOneOf(k, ProgressiveAuxiliaries);
            passive |= IsOneOf(k, ["is", "are", "was", "were", "been"]) && k == cue.First - 1;
            k--;
        }
        var cueWord = Word(cue.First);
        if (cueWord.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !progressive || passive && cueWord.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || k < floor || !IsWord(k) && _tokens[k].Kind != TokenKind.Number)
        {
            return null;
        }
        var end = k;
        if (IsLeftBoundary(end) || IsOneOf(end, ClauseOpeners) || IsOneOf(end, NotSubjectEnds))
        {
            return null; // "more than expected", "as predicted", "nobody doubted"
        }
        var start = end;
        for (var conjuncts = 0; conjuncts < 2; conjuncts++)
        {
            while (start - 1 >= floor && end - start < 10)
            {
                var p = start - 1;
                var part = IsWord(p) && (!IsLeftBoundary(p) && !IsOneOf(p, ClauseOpeners) || Is(p, "of")) && !TryCue(p, out _)
                    || _tokens[p].Kind == TokenKind.Number || (IsPunct(p, '\'') || IsPunct(p, '\u2019') || IsPunct(p, '-')) && Attached(p) || IsAbbreviationDot(p);
                if (!part)
                {
                    break;
                }
                start = p;
            }
            // "Gillum and others are expressing …": a progressive's subject takes both conjuncts (the phrase stopped at
            // "and" and read "others" alone).
            if (!skippedBe || start - 2 < floor || !(Is(start - 1, "and") || Is(start - 1, "or")) || !IsWord(start - 2) || TryCue(start - 2, out _))
            {
                break;
            }
            start -= 2;
        }
        // A subject after "that" sits inside another attribution's content; only clause-initial subjects count.
        var opens = start == floor || IsPunct(start - 1, ',') || IsOneOf(start - 1, ClauseOpeners) && !Is(start - 1, "that");
        if (!opens || Is(start, "of") || Is(end, "of") || IsLower(end) && Word(end).EndsWith("ly", StringComparison.OrdinalIgnoreCase) || InsideRun(_tokens[start].Span.Start))
        {
            return null;
        }
        var span = SpanOf(start, end);
        return new SpeakerPhrase(start, end, span, SpeakerKind.Organization, span);
    }

    private bool IsRoleOrGroupNoun(int i)
    {
        var word = Word(i);
        return AttributionLexicons.RoleLookup.ContainsKey(word) || AttributionLexicons.GroupNounLookup.Contains(word)
            || word.Length > 2 && word[^1] == 's' && AttributionLexicons.RoleLookup.ContainsKey(word[..^1]);
    }

    // Preferred where both overloads apply: a list written in place ("IsOneOf(k, ["is", "are"])") stays an array.
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    private bool IsOneOf(int i, string[] words)
    {
        // The token is sliced once and only words of its length compared: the lists are scanned at most tokens.
        if (i < 0 || i >= _tokens.Length)
        {
            return false;
        }
        var token = _tokens[i].Span.Slice(_text);
        foreach (var word in words)
        {
            if (OrdinalWord.EqualsIgnoreCase(token, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// As <see cref="IsOneOf(int, string[])"/>, for the lists the rules test most (<see cref="ListedWords"/>): a bit test
    /// of the token's list bits (<see cref="WordBitsOf"/>), where a scan compared it with each word of the list (about
    /// 40,000 list tests and 560,000 word comparisons per round of the benchmark's 50 articles).
    /// </summary>
    private bool IsOneOf(int i, ListedWords words) => (uint)i < (uint)_tokens.Length && (WordBitsOf(i) & words.Bit) != 0;

    private bool Attached(int i) => i > 0 && _tokens[i - 1].Span.End == _tokens[i].Span.Start;

    // One slice of the token for the 63 words, not one per word.
    private bool IsLeftBoundary(int i) => IsOneOf(i, LeftBoundaryWords);

    private bool NoCueBetween(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (IsWord(k) && TryCue(k, out _))
            {
                return false;
            }
        }
        return true;
    }

    private bool HasQuoteMark(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (InsideRun(_tokens[k].Span.Start) || _tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Span.Start] is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB')
            {
                return true;
            }
        }
        return false;
    }
}
