using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    private const int MaxLabelTokens = 5;
    private const int MaxLabelSentences = 12;
    private const int MaxSurnameScanTokens = 4000;

    // Capitalised words that label a paragraph without naming who speaks ("Update: …", "Photo: …").
    private static readonly string[] NonSpeakerLabels =
    [
        "update", "updated", "photo", "photos", "video", "note", "editor", "editors", "read", "related", "watch", "source",
        "sources", "image", "caption", "credit", "warning", "correction", "clarification", "q", "a", "listen", "see",
        "also", "more", "subscribe", "follow", "share", "click", "tags", "topics", "posted", "published", "by", "via",
        "the", "this", "here", "why", "how", "what", "when", "where", "who", "breaking", "exclusive", "analysis",
        "opinion", "live", "full", "transcript", "part", "chapter", "step", "day", "question", "answer", "example",
        // Clickbait and boilerplate openers of scraped headlines ("Wow: …", "Revealed: …", "Our Standards: …").
        "wow", "boom", "look", "revealed", "busted", "bombshell", "shock", "shocking", "proof", "confirmed", "leaked",
        "our", "contributing", "email", "name", "special", "conspiracy", "byline",
    ];

    /// <summary>
    /// Speaker labels: a paragraph that opens with a short capitalised label and a colon is that speaker's turn, as in
    /// transcripts ("KANE: We will not …") and headlines ("Ruiz: Talks Will Resume"). The colon is the cue and the
    /// rest of the paragraph the content; quotes found inside the turn are folded into it, since a token has one role.
    /// </summary>
    private void FindSpeakerLabels()
    {
        var turns = new List<(TextSpan Content, SpeakerPhrase Speaker, int Colon, CueMatch? Inverted)>();
        for (var s = 0; s < _sentences.Length; s++)
        {
            if (s > 0 && _sentences[s - 1].Paragraph == _sentences[s].Paragraph)
            {
                continue;
            }
            var (first, last) = SentenceTokens(s);
            if (IsQuoteMarkToken(first) && first < last)
            {
                first++; // a transcript quoted as a whole: "KANE: …
            }
            var colon = LabelColon(first, last);
            if (colon < 0 || _usedCues[colon] || IsPlaceLabel(first, colon - 1))
            {
                continue;
            }
            var end = s;
            while (end + 1 < _sentences.Length && end + 1 - s < MaxLabelSentences && _sentences[end + 1].Paragraph == _sentences[s].Paragraph)
            {
                end++;
            }
            var contentLast = SentenceTokens(end).Last;
            while (contentLast > colon && _tokens[contentLast].Kind == TokenKind.Punctuation && !IsQuoteMarkToken(contentLast))
            {
                contentLast--;
            }
            if (contentLast - colon < 3 || !HasSpace(_tokens[colon + 1].Span.Start, _tokens[contentLast].Span.End))
            {
                continue; // too short, or one unbroken string: a link or an address ("Email: desk@…")
            }
            var content = SpanOf(colon + 1, contentLast);
            // "Continued Pell: …": an inverted verb before the label is the cue, and the speaker the words after it.
            CueMatch? inverted = null;
            if (IsInvertedCue(first))
            {
                inverted = InvertedCueAt(first);
                first++;
            }
            // "Ruiz to Pilots: …", "Kovac at Lorton Summit: …": the speaker is the words before the preposition.
            var preposition = LabelSpeakerPreposition(first, colon - 1);
            var labelLast = LabelSubjectLast(first, preposition > first ? preposition - 1 : colon - 1);
            if (preposition > first ? !NamesSpeakerBeforePreposition(first, labelLast) : !NamesSpeaker(first, labelLast))
            {
                continue; // a topic ("Harbour Fire: A Third Timeline Emerges"), not someone's turn
            }
            var labelSpan = SpanOf(first, labelLast);
            var speaker = new SpeakerPhrase(first, labelLast, labelSpan, SpeakerKind.Name, labelSpan);
            turns.Add((content, speaker, colon, inverted));
        }
        if (turns.Count == 0)
        {
            return;
        }
        RemoveQuotesInside(turns);
        foreach (var (content, speaker, colon, inverted) in turns)
        {
            AddQuote(content, QuoteKind.Indirect, inverted ?? new CueMatch(colon, colon, ":", CueClass.Speech), speaker, null, null, _tokens[colon].Span.Start);
            if (inverted is not null)
            {
                // The source phrase widened over the inverted verb; the label alone is the source.
                _usedCues[colon] = true;
                _quotes[^1] = _quotes[^1] with { SourceSpan = speaker.Span, SpeakerSpan = speaker.Span, Speaker = Resolve(speaker, _tokens[colon].Span.Start, content, QuoteKind.Indirect) };
            }
        }
    }

    // One-word labels of a section or an aside, not a speaker ("Conclusion: …", "Result: …").
    private static readonly string[] SectionLabels =
    [
        "conclusion", "conclusions", "result", "results", "summary", "background", "context", "verdict", "translation",
        "bottom", "lesson", "lessons", "nah", "yes", "no", "ok", "okay", "answer", "problem", "solution", "fact", "facts",
    ];

    // Person nouns a headline label names its speaker by that the role and group lexicons do not list ("Texas Mom:
    // …", "Muslim Cleric: …"): kin, clergy and the people a story happens to.
    private static readonly string[] LabelPersonNouns =
    [
        "mom", "mother", "dad", "father", "wife", "husband", "son", "daughter", "sister", "brother", "victim", "victims",
        "survivor", "survivors", "cleric", "priest", "bishop", "cardinal", "pope", "imam", "rabbi", "pastor", "nun",
        "eyewitness", "eyewitnesses", "expert", "experts", "doctor", "doctors", "chief", "boss", "judge", "mayor",
    ];

    /// <summary>
    /// Whether a label's subject (tokens <paramref name="first"/>..<paramref name="last"/>) names who speaks. A
    /// title-case headline also opens with topics ("Harbour Fire: …", "Ferry Toll Theory: …", "Conclusion: …"), so
    /// one of these must hold: the label is one word that does not label a section (a transcript's turn "KANE: …", a
    /// surname "Petrovic: …"); its last word is part of a name the entity stage found (not a place) or the surname of a
    /// person named outside it; it opens with a given name; its last word, or the word before a capitalised verb
    /// ("Trump Addresses …", "Officials Warn: …"), is a role, group, title, person (<see cref="LabelPersonNouns"/>) or
    /// agent noun ("Coroner", "Informant"); it holds an organisation's word ("Post", "Party"); it is two or three
    /// title-case words whose last comes back alone later ("Cecile Richards: …", then "Richards said"); or it is up to
    /// four words in capitals ("KATE BOULDUAN: …").
    /// </summary>
    private bool NamesSpeaker(int first, int last)
    {
        if (first == last)
        {
            // One word: a transcript's turn or a surname the article may not name in full ("Petrovic: …"); the words
            // that label a section instead are listed.
            return IsWord(first) && !IsOneOf(first, SectionLabels);
        }
        if (MentionAt(last) is { Kind: not EntityKind.Place })
        {
            return true;
        }
        // A title-case headline's names are often not mentions of the entity stage ("Dina Habib Powell: …"); a given
        // name opening the label marks one, and so does a last word that is the surname of a person the article names.
        if (last - first <= 3 && IsCapitalised(last)
            && (IsCapitalised(first) && EntityLexicon.GivenNames.TryGetValue(Word(first), out _) || IsSurnameNamedElsewhere(first, last)))
        {
            return true;
        }
        if (IsSpeakerHead(last))
        {
            return true;
        }
        // "Trump Addresses Munich Attack: …", "Officials Warn: …": a speaker and the headline's own verb, which the
        // verb lexicon behind LabelSubjectLast does not hold.
        for (var k = first + 1; k <= last; k++)
        {
            if (IsCapitalised(k) && (Word(k).Length > 3 && Word(k)[^1] == 's' && Word(k)[^2] != 's' || IsOneOf(k, LabelSpeechVerbs))
                && (IsSpeakerHead(k - 1) || MentionAt(k - 1) is { Kind: EntityKind.Person or EntityKind.Organization or EntityKind.Outlet }))
            {
                return true;
            }
        }
        // "Lorton Post Fact-Check: …", "Harbour Labour Party: …": an organisation's word names the outlet or body.
        for (var k = first; k <= last; k++)
        {
            if (IsCapitalised(k) && AttributionLexicons.OrgWordLookup.Contains(Word(k)))
            {
                return true;
            }
        }
        // "Cecile Richards: …" over a story that goes on to call her "Richards": a name the entity stage missed.
        if (last - first is 1 or 2 && IsCapitalised(first) && IsCapitalised(first + 1) && IsCapitalised(last) && !IsOneOf(first, LabelPrepositions)
            && IsBareSurnameLater(last))
        {
            return true;
        }
        // All capitals ("KATE BOULDUAN: …", "SEN. VALE: …"): a transcript's speaker, whose name the entity stage misses.
        for (var k = first; k <= last; k++)
        {
            if (IsWord(k) && !IsAllCaps(k))
            {
                return false;
            }
        }
        return last - first <= 3;
    }

    /// <summary>
    /// Whether the label's last word is the surname of a person named outside the label ("Cecile Richards: …" over a
    /// story that names her): the sightings the label's own words made do not count.
    /// </summary>
    private bool IsSurnameNamedElsewhere(int first, int last)
    {
        if (!_personsByWord.TryGetValue(Word(last).ToString(), out var candidates))
        {
            return false;
        }
        var label = SpanOf(first, last);
        foreach (var person in candidates)
        {
            if (person.IsPerson && !label.Contains(person.Position) && EndsWithWord(person.Name, Word(last).ToString()))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the label's last word comes back later in the text on its own, capitalised and not after the label's
    /// word before it, as a surname does ("Richards said …"); a topic's head ("Fire", "Theory") does not. Reached only
    /// by two- and three-word labels the other tests left undecided, and bounded to <see cref="MaxSurnameScanTokens"/>.
    /// </summary>
    private bool IsBareSurnameLater(int last)
    {
        var word = Word(last);
        // A story that uses the surname does so soon; the bound keeps a page of many such labels linear.
        var end = Math.Min(_tokens.Length, last + MaxSurnameScanTokens);
        for (var k = last + 2; k < end; k++)
        {
            if (_tokens[k].Span.Length == word.Length && Word(k).SequenceEqual(word) && !Word(k - 1).SequenceEqual(Word(last - 1)))
            {
                return true;
            }
        }
        return false;
    }

    // Words that open a topic or a credit, never a name ("From TPM: …", "Against the State: …").
    private static readonly string[] LabelPrepositions = ["from", "against", "in", "on", "at", "with", "for", "by", "about", "after", "before", "inside", "beyond", "under", "over"];

    // Plural-less verbs a headline label may end its speaker with ("Officials Warn: …").
    private static readonly string[] LabelSpeechVerbs = ["warn", "say", "claim", "deny", "admit", "urge", "vow", "demand", "insist"];

    /// <summary>Whether word <paramref name="k"/> can head a speaker: a role, group, title, person or agent noun.</summary>
    private bool IsSpeakerHead(int k)
    {
        if (!IsWord(k))
        {
            return false;
        }
        if (IsRoleOrGroupNoun(k) || AttributionLexicons.TitleLookup.Contains(Word(k)) || IsOneOf(k, LabelPersonNouns))
        {
            return true;
        }
        var word = Word(k);
        return word.Length > 4 && (EndsWithLetters(word, "er") || EndsWithLetters(word, "or") || EndsWithLetters(word, "ist")
            || EndsWithLetters(word, "ant") || EndsWithLetters(word, "ian") || EndsWithLetters(word, "man") || EndsWithLetters(word, "ers")
            || EndsWithLetters(word, "ors") || EndsWithLetters(word, "ists"));
    }

    private bool IsAllCaps(int i)
    {
        foreach (var c in Word(i))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool EndsWithLetters(ReadOnlySpan<char> word, string suffix) => word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a label is only a place the entity stage found: a dateline or a topic ("Vodena: …", "East Lorton: …"),
    /// not someone speaking.
    /// </summary>
    private bool IsPlaceLabel(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (IsWord(k) && MentionAt(k) is not { Kind: EntityKind.Place })
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The last word of a label's speaker: a headline label may hold its own verb ("Coroner Defies Court Order: Won't
    /// Release …", "Informant Breaks Silence: …"), and the speaker is the words before it.
    /// </summary>
    private int LabelSubjectLast(int first, int last)
    {
        for (var k = first + 1; k <= last; k++)
        {
            if (IsHeadlineVerb(k))
            {
                return k - 1;
            }
        }
        return last;
    }

    private bool HasSpace(int start, int end) => _text.AsSpan(start, end - start).ContainsAny(' ', '\n', '\t');

    /// <summary>The colon closing a speaker label that opens tokens <paramref name="first"/>..<paramref name="last"/>; -1 when none.</summary>
    private int LabelColon(int first, int last)
    {
        for (var k = first; k <= last && k - first <= MaxLabelTokens; k++)
        {
            if (IsPunct(k, ':'))
            {
                return k > first && !IsOneOf(first, NonSpeakerLabels) && !IsOneOf(k - 1, NonSpeakerLabels) && !IsDigitAfter(k) ? k : -1;
            }
            if (!(IsCapitalised(k) || IsAbbreviationDot(k) || IsPunct(k, '-') && Attached(k) || Is(k, "of") || Is(k, "the") && k > first
                || IsLabelSpeakerPreposition(first, k)))
            {
                return -1;
            }
        }
        return -1;
    }

    // "Round 2: …" and clock times are not labels; a digit right after the colon marks a time ("10:30").
    private bool IsDigitAfter(int colon) => _tokens[colon].Span.End < _text.Length && char.IsDigit(_text[_tokens[colon].Span.End]);

    private bool IsQuoteMarkToken(int i) => _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Span.Start] is '"' or '\u201C' or '\u201D' or '\'' or '\u2019';

    private static int LastTurnStartingBefore(List<(TextSpan Content, SpeakerPhrase Speaker, int Colon, CueMatch? Inverted)> turns, int offset)
    {
        int lo = 0, hi = turns.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (turns[mid].Content.Start < offset)
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

    /// <summary>Removes the quotes that lie inside a turn (turns are in text order and do not overlap).</summary>
    private void RemoveQuotesInside(List<(TextSpan Content, SpeakerPhrase Speaker, int Colon, CueMatch? Inverted)> turns)
    {
        var keep = 0;
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            int lo = 0, hi = turns.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if (turns[mid].Content.Start <= quote.Span.Start)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            // A turn holds its own quotes; a cue-less quote that runs into a turn is transcript text split by stray marks.
            var inside = found >= 0 && (turns[found].Content.Contains(quote.Span) || quote.CueSpan is null && turns[found].Content.Overlaps(quote.Span));
            if (!inside && quote.CueSpan is null)
            {
                var last = LastTurnStartingBefore(turns, quote.Span.End);
                inside = last >= 0 && turns[last].Content.Overlaps(quote.Span);
            }
            if (!inside)
            {
                _quotes[keep++] = quote;
            }
            else
            {
                (_foldedIntoTurns ??= []).Add(quote);
            }
        }
        _quotes.RemoveRange(keep, _quotes.Count - keep);
    }

    // The quotes a speaker label's turn folded in, kept until DropNested has judged the turn itself.
    private List<Quote>? _foldedIntoTurns;

    /// <summary>
    /// Puts back the quotes a turn folded in when <see cref="DropNested"/> dropped the turn: "Tolls: Ruiz is backed by
    /// 52 pilots, according to the Gazette. “…,” Vance said." opens with a topic label whose colon lies in the
    /// "according to" content, so it is no speaker's turn, and Vance's quote is Vance's again.
    /// </summary>
    private void RestoreFoldedQuotes()
    {
        if (_foldedIntoTurns is null)
        {
            return;
        }
        var restored = false;
        foreach (var folded in _foldedIntoTurns)
        {
            if (!TurnHolding(folded.Span))
            {
                _quotes.Add(folded);
                restored = true;
            }
        }
        _foldedIntoTurns = null;
        if (restored)
        {
            SortQuotes();
            DropNested();
        }
    }

    /// <summary>Whether a speaker label's turn that survived <see cref="DropNested"/> overlaps <paramref name="span"/>.</summary>
    private bool TurnHolding(TextSpan span)
    {
        foreach (var quote in _quotes)
        {
            if (quote.CueSpan is { Length: 1 } cue && _text[cue.Start] == ':' && quote.Span.Overlaps(span) && quote.Span.Start > cue.Start)
            {
                return true;
            }
        }
        return false;
    }
}
