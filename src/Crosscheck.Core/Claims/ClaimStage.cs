using Crosscheck.Attribution;
using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>Finds check-worthy claims and their modality.</summary>
/// <remarks>
/// <para>One claim per sentence. Sentences that are bare attribution frames ("He said.") or headline noise (no final
/// punctuation, short) are skipped; the rest are scored and kept when at least
/// <see cref="ClaimOptions.MinimumCheckWorthiness"/>.</para>
/// <para>Modality precedence when several cues apply: Question &gt; Speculative &gt; Hedged &gt; Negated &gt; Asserted.
/// A question asserts nothing, so any cue inside it is moot. Speculation commits the outlet less than a hedge does (a
/// hedge softens a claim presented as likely; speculation offers a mere possibility), and the weakest commitment is
/// what a fact-checker must see: it is what a rewrite drops when it turns "may signal" into fact. A hedged denial
/// ("reportedly did not") is reported as hedged, because the outlet not vouching for it matters more than polarity;
/// <see cref="Claim.HasNegation"/> keeps the polarity so a negation flip can still be found.</para>
/// <para>Uses <see cref="AnalyzedArticle.Quotes"/>, <see cref="AnalyzedArticle.Citations"/> and
/// <see cref="AnalyzedArticle.Mentions"/> when present and falls back to quotation marks, "according to" and
/// capitalised words when they are empty. Thread-safe: no mutable state.</para>
/// </remarks>
/// <param name="options">The stage's options.</param>
public sealed class ClaimStage(ClaimOptions options) : IAnalysisStage
{
    private readonly ClaimOptions _options = Validate(options);

    /// <inheritdoc/>
    public string Name => "claims";

    /// <inheritdoc/>
    public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken)
    {
        var text = document.Article.Text;
        var tokens = document.Tokens.Count > 0 || text.Length == 0 ? document.Tokens : Tokenizer.Tokenize(text);
        var sentences = document.Sentences.Count > 0 || text.Length == 0 ? document.Sentences : SentenceSplitter.Split(text);
        var context = new VoiceContext(
            document,
            new SpanIndex(TextRegions.QuotationMarkRegions(text)),
            new SpanIndex(SpansOf(document.Quotes)),
            new SpanIndex(SpansOf(document.Citations)));
        var mentions = SortedMentions(document.Mentions);
        var claims = new List<Claim>();
        var cues = new List<PhraseMatch<CueKind>>();
        var phrases = new List<PhraseMatch<bool>>();
        var mentionCursor = 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = sentence.Span;
            var (first, end) = TextRegions.TokenRange(tokens, span);
            var words = CountWords(tokens, first, end);
            if (words == 0 || IsAttributionFrame(text, tokens, first, end, words) || IsHeadlineNoise(document.Article, text, span, words))
            {
                continue;
            }

            cues.Clear();
            ClaimLexicons.Cues.FindAll(text, tokens, first, end, cues);
            var modality = Classify(text, tokens, span, first, end, cues, out var modalityCues, out var hasNegation);

            while (mentionCursor < mentions.Count && mentions[mentionCursor].Span.Start < span.Start)
            {
                mentionCursor++;
            }
            var (entityKeys, namedEntities) = EntitiesIn(mentions, mentionCursor, span);
            if (mentions.Count == 0)
            {
                namedEntities = CountCapitalisedNames(text, tokens, first, end);
            }

            var numbers = NumberFinder.Find(text, tokens, first, end);
            phrases.Clear();
            ClaimLexicons.Opinion.FindAll(text, tokens, first, end, phrases);
            var opinion = phrases.Count;
            phrases.Clear();
            ClaimLexicons.Actors.FindAll(text, tokens, first, end, phrases);
            var actor = phrases.Count > 0;
            phrases.Clear();
            ClaimLexicons.Comparatives.FindAll(text, tokens, first, end, phrases);
            var features = new ClaimFeatures
            {
                Actor = actor,
                QuantityWithUnit = HasUnit(numbers),
                Words = words,
                Numbers = numbers.Count,
                Entities = namedEntities,
                Opinion = opinion,
                Comparative = phrases.Count > 0,
                Modality = modality,
            };
            features = AddVerbAndTimeFeatures(text, tokens, first, end, features);
            var voice = VoiceOf(context, text, tokens, first, end, span);
            if (voice == ClaimVoice.Quoted)
            {
                // "We will not renew the contract," the minister said: a named speaker's first person is a
                // commitment on the record, not filler.
                features = features with { FirstPersonOpening = false };
            }
            var worthiness = CheckWorthiness.Score(features);
            if (worthiness < _options.MinimumCheckWorthiness)
            {
                continue;
            }

            claims.Add(new Claim(span, span.Substring(text), modality)
            {
                SentenceIndex = sentence.Index,
                Voice = voice,
                CheckWorthiness = worthiness,
                Entities = entityKeys,
                Numbers = numbers,
                ModalityCues = modalityCues,
                HasNegation = hasNegation,
            });
        }
        return document with { Claims = claims };
    }

    private static ClaimOptions Validate(ClaimOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MinimumCheckWorthiness, nameof(options.MinimumCheckWorthiness));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MinimumCheckWorthiness, 1.0, nameof(options.MinimumCheckWorthiness));
        return options;
    }

    private static Modality Classify(
        string text, IReadOnlyList<Token> tokens, TextSpan span, int first, int end, List<PhraseMatch<CueKind>> cues,
        out List<TextSpan> modalityCues, out bool hasNegation)
    {
        var speculation = new List<TextSpan>();
        var hedges = new List<TextSpan>();
        var negations = new List<TextSpan>();
        foreach (var cue in cues)
        {
            // "May" capitalised mid-sentence is the month, not the modal.
            if (cue.FirstToken > first && char.IsUpper(text[cue.Span.Start]) && cue.Span.Slice(text).StartsWith("May", StringComparison.Ordinal))
            {
                continue;
            }
            var list = cue.Value switch
            {
                CueKind.Speculation => speculation,
                CueKind.Hedge => hedges,
                CueKind.Negation => negations,
                _ => null,
            };
            list?.Add(cue.Span);
        }
        for (var i = first; i < end; i++)
        {
            var word = tokens[i].Span.Slice(text);
            if (tokens[i].Kind == TokenKind.Word && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase)))
            {
                negations.Add(tokens[i].Span);
            }
        }
        negations.Sort((a, b) => a.Start.CompareTo(b.Start));
        hasNegation = negations.Count > 0;

        if (TextRegions.EndsWithQuestionMark(text, span, out var mark))
        {
            modalityCues = [new TextSpan(mark, 1)];
            return Modality.Question;
        }
        (modalityCues, var modality) =
            speculation.Count > 0 ? (speculation, Modality.Speculative)
            : hedges.Count > 0 ? (hedges, Modality.Hedged)
            : negations.Count > 0 ? (negations, Modality.Negated)
            : ([], Modality.Asserted);
        return modality;
    }

    private static ClaimVoice VoiceOf(VoiceContext context, string text, IReadOnlyList<Token> tokens, int first, int end, TextSpan span)
    {
        var document = context.Document;
        var found = new List<int>();
        context.Quotes.FindOverlapping(span, found);
        Quote? best = null;
        var bestOverlap = 0;
        foreach (var index in found)
        {
            var quote = document.Quotes[index];
            var overlap = Math.Min(quote.Span.End, span.End) - Math.Max(quote.Span.Start, span.Start);
            if (overlap > bestOverlap || overlap == bestOverlap && best is not null && quote.Span.Start < best.Span.Start)
            {
                best = quote;
                bestOverlap = overlap;
            }
        }
        // Attributed content makes up most of a sentence whose frame is "X said"; 40% leaves room for long frames,
        // and a frame that holds the quote's own cue may be longer still ("..., said Dana Whitlow, the chief executive
        // of Orlen Freight").
        if (best is not null && (bestOverlap * 5 >= span.Length * 2
            || bestOverlap * 5 >= span.Length && best.CueSpan is { } cueSpan && span.Contains(cueSpan)))
        {
            return IsCiting(best, context, span) ? ClaimVoice.Cited : ClaimVoice.Quoted;
        }
        found.Clear();
        context.Citations.FindOverlapping(span, found);
        if (found.Count > 0)
        {
            return ClaimVoice.Cited;
        }
        if (context.QuotationMarks.CoveredLength(span) * 5 >= span.Length * 2)
        {
            return ClaimVoice.Quoted;
        }
        for (var i = first; i + 1 < end; i++)
        {
            if (tokens[i].Span.Slice(text).Equals("according", StringComparison.OrdinalIgnoreCase)
                && tokens[i + 1].Span.Slice(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return ClaimVoice.Cited;
            }
        }
        if (document.Quotes.Count > 0 || document.Citations.Count > 0)
        {
            return ClaimVoice.Outlet;
        }
        // No attribution stage output: a speech verb outside quotation marks ("X said the bridge collapsed",
        // "'...,' said Whitlow") attributes the sentence to a speaker.
        var frameLookup = ClaimLexicons.FrameVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word && frameLookup.Contains(token.Span.Slice(text)) && !context.QuotationMarks.Contains(token.Span.Start))
            {
                return ClaimVoice.Quoted;
            }
        }
        return ClaimVoice.Outlet;
    }

    private static List<TextSpan> SpansOf(IReadOnlyList<Quote> quotes)
    {
        var spans = new List<TextSpan>(quotes.Count);
        foreach (var quote in quotes)
        {
            spans.Add(quote.Span);
        }
        return spans;
    }

    private static List<TextSpan> SpansOf(IReadOnlyList<Citation> citations)
    {
        var spans = new List<TextSpan>(citations.Count);
        foreach (var citation in citations)
        {
            spans.Add(citation.Span);
        }
        return spans;
    }

    private static bool HasUnit(List<string> numbers)
    {
        foreach (var number in numbers)
        {
            if (!char.IsDigit(number[^1]) || number[0] is '$' or '\u20AC' or '\u00A3' or '\u00A5')
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCiting(Quote quote, VoiceContext context, TextSpan sentence)
    {
        if (quote.Cue is { } cue && (cue.Contains("according", StringComparison.OrdinalIgnoreCase)
            || cue.Contains("report", StringComparison.OrdinalIgnoreCase) || cue.Contains("cit", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        if (quote.Speaker is not { } speaker)
        {
            return false;
        }
        // "as the Daily Ledger reported": the speaker is itself a cited source in the same sentence.
        var found = new List<int>();
        context.Citations.FindOverlapping(sentence, found);
        foreach (var index in found)
        {
            if (string.Equals(context.Document.Citations[index].Source, speaker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static ClaimFeatures AddVerbAndTimeFeatures(string text, IReadOnlyList<Token> tokens, int first, int end, ClaimFeatures features)
    {
        var factual = false;
        var past = false;
        var time = false;
        var firstPerson = false;
        var factualLookup = ClaimLexicons.FactualVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var timeLookup = ClaimLexicons.TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var pastLookup = ClaimLexicons.IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstWord = true;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            var word = token.Span.Slice(text);
            if (token.Kind == TokenKind.Number)
            {
                // A year such as 1999 or 2024 pins the claim to a time.
                time |= word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal));
                firstWord = false;
                continue;
            }
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            if (firstWord)
            {
                firstPerson = word is "I" or "We" or "I'm" or "We're" or "I\u2019m" or "We\u2019re" or "Let's" or "Let\u2019s" or "My" or "Our";
                firstWord = false;
            }
            factual |= factualLookup.Contains(word);
            time |= timeLookup.Contains(word) && !(word is "May" or "March" && i == first);
            past |= pastLookup.Contains(word) || word is "didn't" or "wasn't" or "weren't" or "hadn't" or "didn\u2019t"
                || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]);
        }
        return features with { FactualVerb = factual, PastTense = past, SpecificTime = time, FirstPersonOpening = firstPerson };
    }

    private static bool IsAttributionFrame(string text, IReadOnlyList<Token> tokens, int first, int end, int words)
    {
        if (words > 8)
        {
            return false;
        }
        var frameVerbAt = -1;
        var frameLookup = ClaimLexicons.FrameVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            var word = token.Span.Slice(text);
            if (token.Kind == TokenKind.Number)
            {
                return false;
            }
            if (token.Kind == TokenKind.Punctuation)
            {
                // A comma or quotation mark means content sits beside the frame ("Prices rose, he said.").
                if (i < end - 1 || word[0] is not ('.' or ':'))
                {
                    return false;
                }
                continue;
            }
            if (word.Equals("that", StringComparison.OrdinalIgnoreCase) || ClaimLexicons.FactualVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }
            if (frameVerbAt < 0 && frameLookup.Contains(word))
            {
                frameVerbAt = i;
            }
        }
        if (frameVerbAt < 0)
        {
            return false;
        }
        // After the verb a frame holds only its audience or setting: "told reporters", "said in a statement", "said on Monday".
        if (frameVerbAt + 1 >= end || tokens[frameVerbAt + 1].Kind == TokenKind.Punctuation)
        {
            return true;
        }
        var next = tokens[frameVerbAt + 1].Span.Slice(text);
        return next is "in" or "on" or "at" or "to" or "during" or "after" or "later" or "afterwards" or "reporters" or "journalists"
            or "via" or "when" or "while" or "before" or "earlier" or "so" or "this" or "the" && IsVenueArticle(text, tokens, frameVerbAt + 1, end);
    }

    private static bool IsVenueArticle(string text, IReadOnlyList<Token> tokens, int index, int end)
    {
        // "told the BBC", "told the newspaper": "the" followed by a capitalised name or a media noun ends the frame.
        var word = tokens[index].Span.Slice(text);
        if (!word.Equals("the", StringComparison.Ordinal))
        {
            return true;
        }
        if (index + 1 >= end)
        {
            return false;
        }
        var following = tokens[index + 1].Span.Slice(text);
        return char.IsUpper(following[0]) || following is "newspaper" or "broadcaster" or "agency" or "press" or "committee" or "audience" or "crowd";
    }

    private static bool IsHeadlineNoise(Article article, string text, TextSpan span, int words)
    {
        if (article.Title.Length > 0 && span.Slice(text).Trim().Equals(article.Title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // Headlines, bylines, captions and datelines carry no final punctuation; long unpunctuated text is kept.
        return words <= 15 && !TextRegions.HasTerminalPunctuation(text, span);
    }

    private static int CountWords(IReadOnlyList<Token> tokens, int first, int end)
    {
        var words = 0;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                words++;
            }
        }
        return words;
    }

    private static List<Mention> SortedMentions(IReadOnlyList<Mention> mentions)
    {
        var sorted = new List<Mention>(mentions);
        sorted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return sorted;
    }

    private static (List<string> Keys, int Named) EntitiesIn(List<Mention> mentions, int from, TextSpan span)
    {
        var keys = new List<string>();
        var named = 0;
        for (var i = from; i < mentions.Count && mentions[i].Span.Start < span.End; i++)
        {
            var mention = mentions[i];
            if (!span.Contains(mention.Span))
            {
                continue;
            }
            if (!keys.Contains(mention.Key))
            {
                keys.Add(mention.Key);
                if (mention.Form != MentionForm.Pronoun)
                {
                    named++;
                }
            }
        }
        return (keys, named);
    }

    private static int CountCapitalisedNames(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        // Without entity mentions, runs of capitalised words after the first word stand in for names.
        var names = 0;
        var inName = false;
        var timeLookup = ClaimLexicons.TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstWord = true;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                inName = false;
                continue;
            }
            var word = token.Span.Slice(text);
            var afterOpener = i > first && tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Span.Start] is '"' or '\u201C' or '\u00AB' or '\'' or '\u2018' or ':';
            var capitalised = char.IsUpper(word[0]) && !firstWord && !afterOpener && word is not ("I" or "I'm" or "I\u2019m") && !timeLookup.Contains(word);
            firstWord = false;
            if (capitalised && !inName)
            {
                names++;
            }
            inName = capitalised;
        }
        return names;
    }
}
