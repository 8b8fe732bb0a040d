using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // A capitalised cue in a title-case headline is taken when its vocabulary entry heads a gold cue at least this
    // often: the model's weights were learned on lower-case text and cannot score it.
    private const double HeadlineCuePrecision = 0.05;

    // The share of its lower-case uses that head a gold cue for a learned participle to open a sentence as a cue.
    private const double OpeningParticiplePrecision = 0.2;

    // Particles that make a phrasal verb of a participle ("Lashing out", "Growing up"): no content follows.
    private static readonly string[] Particles = ["out", "up", "back", "ahead", "down", "off", "away", "it", "himself", "herself", "themselves"];

    // A headline is short; a longer title-case run is a list of names or a table.
    private const int MaxHeadlineWords = 20;

    /// <summary>
    /// Cues the word-level rules cannot see: a capitalised verb of a title-case headline ("Ruiz Praises Harbour Deal",
    /// "Kovac Refuses to Back Toll Plan"), a capitalised participle opening its sentence ("Noting that the fund is
    /// empty, Ruiz said …", whose source is the main clause's subject), and "in" before a poll ("Ruiz leads by nine
    /// points in a new Star poll"). Runs after the reported-speech pass and adds a quote only where no quote holds the
    /// words yet; one candidate per sentence, so the pass is linear.
    /// </summary>
    private void FindSentenceLevelCues()
    {
        List<(TextSpan Content, CueMatch Cue, SpeakerPhrase Speaker)>? found = null;
        for (var s = 0; s < _sentences.Length; s++)
        {
            var (first, last) = SentenceTokens(s);
            if (last - first < 3 || first < 0)
            {
                continue;
            }
            var candidate = HeadlineAttribution(first, last) ?? OpeningParticiple(first, last);
            if (candidate is { } c)
            {
                (found ??= []).Add(c);
                continue;
            }
            for (var k = first; k < last; k++)
            {
                if (Is(k, "in") && PollAttribution(k, first, last) is { } poll)
                {
                    (found ??= []).Add(poll);
                    break;
                }
            }
        }
        if (found is null)
        {
            return;
        }
        // One pass over the quotes marks the candidates some quote already covers (candidates are in text order).
        var covered = new bool[found.Count];
        foreach (var quote in _quotes)
        {
            foreach (var part in quote.Parts)
            {
                var lo = 0;
                var hi = found.Count;
                while (lo < hi)
                {
                    var mid = (lo + hi) >>> 1;
                    if (found[mid].Content.End <= part.Start)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }
                for (var k = lo; k < found.Count && found[k].Content.Start < part.End; k++)
                {
                    covered[k] = true;
                }
            }
        }
        for (var k = 0; k < found.Count; k++)
        {
            var (content, cue, speaker) = found[k];
            if (!covered[k] && !IsUsedCue(cue.First))
            {
                AddQuote(content, QuoteKind.Indirect, cue, speaker, null, null, _tokens[cue.First].Span.Start);
            }
        }
    }

    /// <summary>
    /// "Ruiz Praises Harbour Deal": in a title-case sentence, the first capitalised word after a capitalised subject
    /// that a cue lexicon holds (in lower case) is the cue, the words before it the source and the rest the content.
    /// </summary>
    private (TextSpan, CueMatch, SpeakerPhrase)? HeadlineAttribution(int first, int last)
    {
        var end = last;
        while (end > first && _tokens[end].Kind == TokenKind.Punctuation)
        {
            end--;
        }
        if (!IsTitleCaseSentence(first, end))
        {
            return null;
        }
        var start = first;
        // A listicle's number ("5 Ana Ruiz Opened Up About …") is not part of the source.
        if (_tokens[start].Kind == TokenKind.Number)
        {
            start++;
        }
        var hasMention = false;
        for (var k = start; k <= end && k <= start + 8; k++)
        {
            if (_tokens[k].Kind == TokenKind.Punctuation)
            {
                if (IsAttachedMark(k) || IsAbbreviationDot(k))
                {
                    continue;
                }
                return null; // "Ruiz: …" is a speaker label; a quotation or a comma ends the subject
            }
            if (!IsCapitalised(k) && _tokens[k].Kind != TokenKind.Number)
            {
                return null;
            }
            if (MentionAt(k) is { Kind: not EntityKind.Place })
            {
                hasMention = true;
            }
            if (k == start || !hasMention || k >= end)
            {
                continue;
            }
            var lexicons = CueWordOf(k);
            var isCue = lexicons.Hand is { } hand && hand.Lemma != "state" || lexicons.Phrasal is not null && lexicons.Learned is not null || lexicons.Learned is { } learned && learned.Precision >= HeadlineCuePrecision;
            if (!isCue || MentionAt(k) is not null)
            {
                continue;
            }
            var subjectLast = k - 1;
            while (subjectLast > start && IsOneOf(subjectLast, FiniteAuxiliaries))
            {
                subjectLast--;
            }
            if (subjectLast < start || !IsWord(subjectLast))
            {
                return null;
            }
            // The whole subject must parse as a speaker: "Ruiz Scores Direct Hit" holds a verb before the cue word.
            var speaker = ParseSpeakerBackward(subjectLast, start);
            if (speaker is null || speaker.First != start || speaker.Kind == SpeakerKind.Pronoun)
            {
                return null;
            }
            var cueClass = lexicons.Hand?.Class ?? (lexicons.Learned!.Intent ? CueClass.Intent : CueClass.Speech);
            var cue = new CueMatch(k, k, lexicons.Hand?.Lemma ?? "learned", cueClass);
            if (lexicons.Phrasal is { } phrasal)
            {
                foreach (var (particle, lemma, phrasalClass) in phrasal)
                {
                    if (Is(k + 1, particle))
                    {
                        cue = new CueMatch(k, k + 1, lemma, phrasalClass); // "Calls for", "Points To"
                        break;
                    }
                }
            }
            // "Archbishop Viganò Speaks, the Neo-Catholics Panic": a verb set off by a comma has no content after it.
            if (end - cue.Last < 2 || IsPunct(cue.Last + 1, ',') || IsPunct(cue.Last + 1, ';') || IsPunct(cue.Last + 1, ':'))
            {
                return null;
            }
            return (SpanOf(cue.Last + 1, end), cue, speaker);
        }
        return null;
    }

    // Per sentence, once asked: 0 unknown, 1 a title-case headline, 2 not (see InTitleCaseSentence).
    private byte[]? _titleCase;

    // Small words a title-case headline capitalises ("Drone Used To Attack", "Pope Francis On Marriage"): no name
    // runs across them. "Of" is not here: "Bank Of England" is one name.
    private static readonly string[] HeadlineSmallWords =
    [
        "to", "for", "with", "in", "on", "at", "from", "by", "as", "and", "or", "a", "an", "the", "into", "over", "after",
        "before", "against", "about", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    ];

    /// <summary>Whether token <paramref name="i"/> lies in a title-case headline (<see cref="IsTitleCaseSentence"/>), cached per sentence.</summary>
    private bool InTitleCaseSentence(int i)
    {
        if (_sentences.Length == 0)
        {
            return false;
        }
        var s = _tokenSentence[i];
        _titleCase ??= new byte[_sentences.Length];
        if (_titleCase[s] == 0)
        {
            var (first, last) = SentenceTokens(s);
            while (last > first && _tokens[last].Kind == TokenKind.Punctuation)
            {
                last--;
            }
            _titleCase[s] = first >= 0 && IsTitleCaseSentence(first, last) ? (byte)1 : (byte)2;
        }
        return _titleCase[s] == 1;
    }

    /// <summary>
    /// Whether capitalised word <paramref name="k"/> of a headline ends a name before it: a small word, or a verb a
    /// headline puts after a name (<see cref="EntityLexicon.HeadlineVerbs"/>) unless a speech verb follows it, when it
    /// is the noun of the subject ("Media Reports Reveal …").
    /// </summary>
    private bool IsHeadlineBreak(int k) => IsOneOf(k, HeadlineSmallWords) || IsHeadlineVerb(k);

    /// <summary>A headline verb at <paramref name="k"/> not followed by a speech verb ("Defies", but not the "Reports" of "Media Reports Reveal").</summary>
    private bool IsHeadlineVerb(int k) => EntityLexicon.HeadlineVerbs.Contains(Word(k)) && CueWordOf(k + 1).Hand is null;

    /// <summary>
    /// Whether the sentence from <paramref name="first"/> to <paramref name="last"/> is a title-case headline: at
    /// least four words, at most <see cref="MaxHeadlineWords"/>, and nearly every word of four letters or more
    /// capitalised ("Ruiz Calls for Audit after Report Finds Gaps").
    /// </summary>
    private bool IsTitleCaseSentence(int first, int last)
    {
        var words = 0;
        var longWords = 0;
        var lower = 0;
        for (var k = first; k <= last; k++)
        {
            if (!IsWord(k))
            {
                continue;
            }
            words++;
            if (Word(k).Length >= 4)
            {
                longWords++;
                if (IsLower(k))
                {
                    lower++;
                }
            }
            // Most sentences fail within a few words: stop as soon as the answer cannot be yes.
            if (words > MaxHeadlineWords || lower * 8 > MaxHeadlineWords)
            {
                return false;
            }
        }
        return words >= 4 && words <= MaxHeadlineWords && lower * 8 <= longWords;
    }

    /// <summary>
    /// "Noting that the fund is empty, Ruiz said …": a participle opening the sentence, in a cue lexicon, reports what
    /// the main clause's subject says or thinks; its clause up to the comma is the content.
    /// </summary>
    private (TextSpan, CueMatch, SpeakerPhrase)? OpeningParticiple(int first, int last)
    {
        var i = first;
        if (!IsCapitalised(i) || !Word(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || Word(i).Length < 6 || InsideRun(_tokens[i].Span.Start))
        {
            return null;
        }
        var lexicons = CueWordOf(i);
        // Learned words that are mostly not cues ("Speaking earlier", "Growing up", "Looking back") need a "that".
        var known = (lexicons.Hand is not null || lexicons.Learned is not null) && Is(i + 1, "that") || lexicons.Hand is not null || lexicons.Learned is { Precision: >= OpeningParticiplePrecision };
        if (!known || StartsAdverbial(i + 1) || IsOneOf(i + 1, Particles) || IsPunct(i + 1, ','))
        {
            return null;
        }
        for (var k = i + 2; k < last && k <= i + 30; k++)
        {
            if (_tokens[k].Kind != TokenKind.Punctuation)
            {
                continue;
            }
            if (!IsPunct(k, ','))
            {
                return null; // a quotation, dash or colon: not a plain participle clause
            }
            if (SentenceSubject(k + 1, last) is not { } subject || subject.Last + 1 > last || !IsLower(subject.Last + 1) || IsOneOf(subject.Last + 1, ClauseOpeners))
            {
                return null;
            }
            var cueClass = lexicons.Hand?.Class ?? (lexicons.Learned!.Intent ? CueClass.Intent : CueClass.Speech);
            return (SpanOf(i + 1, k - 1), new CueMatch(i, i, lexicons.Hand?.Lemma ?? "learned", cueClass), subject);
        }
        return null;
    }

    private static readonly ListedWords PollDeterminers = ["a", "an", "the", "this", "that", "one", "another", "its", "their", "his", "her", "our", "each"];

    // What may follow the poll's noun inside its phrase ("a poll released Monday", "a survey of 900 voters").
    private static readonly string[] PollFollowers = ["released", "conducted", "taken", "published", "last", "this", "of", "by", "from", "on", "out", "for"];

    /// <summary>
    /// "Ruiz leads by nine points in a new Lorton Star poll." and "In the Lorton Star poll, Ruiz leads by nine points.":
    /// "in" before a poll or survey is the cue, the poll the source, and the clause before it (or, when "in" opens the
    /// sentence, after its comma) the content, as PolNeAR marks them.
    /// </summary>
    private (TextSpan, CueMatch, SpeakerPhrase)? PollAttribution(int i, int first, int last)
    {
        var determiner = i + 1;
        if (!IsOneOf(determiner, PollDeterminers) && !(IsCapitalised(determiner) && Word(determiner).EndsWith("s", StringComparison.Ordinal) && Word(determiner).Length > 2 && Word(determiner)[^2] is '\'' or '\u2019'))
        {
            return null;
        }
        var noun = -1;
        for (var k = determiner + 1; k <= last && k <= determiner + 8; k++)
        {
            if (Is(k, "poll") || Is(k, "survey"))
            {
                noun = k;
                break;
            }
            if (!(IsWord(k) || _tokens[k].Kind == TokenKind.Number || IsAttachedMark(k) || IsPunct(k, '/')))
            {
                return null;
            }
        }
        if (noun < 0 || !(noun + 1 > last || _tokens[noun + 1].Kind == TokenKind.Punctuation || IsOneOf(noun + 1, PollFollowers) || IsCapitalised(noun + 1)))
        {
            return null;
        }
        var end = last;
        while (end > first && _tokens[end].Kind == TokenKind.Punctuation)
        {
            end--;
        }
        int contentFirst, contentLast;
        if (i == first)
        {
            var comma = -1;
            for (var k = noun + 1; k <= end && k <= noun + 12; k++)
            {
                if (IsPunct(k, ','))
                {
                    comma = k;
                    break;
                }
            }
            if (comma < 0)
            {
                return null;
            }
            (contentFirst, contentLast) = (comma + 1, end);
        }
        else
        {
            contentLast = i - 1;
            while (contentLast > first && _tokens[contentLast].Kind == TokenKind.Punctuation)
            {
                contentLast--;
            }
            contentFirst = first;
        }
        if (contentLast - contentFirst < 2 || InsideRun(_tokens[i].Span.Start))
        {
            return null;
        }
        var span = SpanOf(determiner, noun);
        var source = new SpeakerPhrase(determiner, noun, span, SpeakerKind.Organization, span);
        return (SpanOf(contentFirst, contentLast), new CueMatch(i, i, "in", CueClass.Speech), source);
    }
}
