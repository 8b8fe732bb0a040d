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
        var tokenList = document.Tokens.Count > 0 || text.Length == 0 ? document.Tokens : Tokenizer.Tokenize(text);
        var tokens = TokenList.AsSpan(tokenList);
        // The shared word ids of the document's tokens, when the text stage made them (see SharedWords).
        var ids = ReferenceEquals(tokenList, document.Tokens) && TokenWords.Of(document) is { } shared ? shared.Ids : [];
        var sentences = document.Sentences.Count > 0 || text.Length == 0 ? document.Sentences : SentenceSplitter.Split(text);
        var context = new VoiceContext(
            document,
            new SpanIndex(TextRegions.QuotationMarkRegions(text)),
            new SpanIndex(SpansOf(document.Quotes)),
            new SpanIndex(SpansOf(document.Citations)));
        var mentions = SortedMentions(document.Mentions);
        var scorer = CheckWorthinessScorer.Default;
        var claims = new List<Claim>();
        var cues = new List<PhraseMatch<CueKind>>();
        var features = new List<int>();
        var mentionCursor = 0;
        var words = new ClaimWord[64];
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = sentence.Span;
            var (first, end) = TextRegions.TokenRange(tokens, span);
            var wordCount = ClaimFeatureExtractor.CountWords(tokens, first, end);
            // A one-word sentence ("Embarrassed.", "2.", "P.S.") states nothing a reader could check.
            if (wordCount <= 1)
            {
                continue;
            }
            // Every word is looked up once in the single-word lists; the rules below test its flags.
            if (words.Length < end - first)
            {
                words = new ClaimWord[Math.Max(end - first, words.Length * 2)];
            }
            var flags = words.AsSpan(0, end - first);
            if (ids.IsEmpty)
            {
                ClaimLexicons.Lookup(text, tokens[first..end], flags);
            }
            else
            {
                ClaimLexicons.Lookup(text, tokens[first..end], ids[first..end], flags);
            }
            if (IsAttributionFrame(text, tokens, first, end, flags, wordCount) || IsHeadlineNoise(document.Article, text, span, wordCount))
            {
                continue;
            }

            var modality = ModalityClassifier.Classify(text, tokens, span, first, end, cues, out var modalityCues, out var hasNegation);
            while (mentionCursor < mentions.Count && mentions[mentionCursor].Span.Start < span.Start)
            {
                mentionCursor++;
            }
            var entityKeys = EntitiesIn(mentions, mentionCursor, span);
            var numbers = NumberFinder.Find(text, tokens, first, end, flags);
            // The model was trained on capitalised-name counts, not on the entity stage's mentions, so it scores the
            // same sentence the same way whatever the entity stage finds.
            var rules = ClaimFeatureExtractor.Extract(text, tokens, first, end, flags, numbers, entities: null, modality);
            var worthiness = scorer.Score(text, tokenList, first, end, rules, features);
            if (worthiness < _options.MinimumCheckWorthiness)
            {
                continue;
            }
            var voice = VoiceOf(context, text, tokens, first, end, flags, span);

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

    private static ClaimVoice VoiceOf(
        VoiceContext context, string text, ReadOnlySpan<Token> tokens, int first, int end, ReadOnlySpan<ClaimWord> words, TextSpan span)
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
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if ((words[i - first] & ClaimWord.Frame) != 0 && !context.QuotationMarks.Contains(token.Span.Start))
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
            var citation = context.Document.Citations[index];
            // The attribution stage also lists "Officials said" as an (anonymous) citation: that is the quote's own
            // frame seen twice, not a source the speaker cites.
            var sameFrame = citation.SourceSpan == quote.SpeakerSpan && string.Equals(citation.Relation, quote.Cue, StringComparison.OrdinalIgnoreCase);
            if (!sameFrame && string.Equals(citation.Source, speaker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAttributionFrame(string text, ReadOnlySpan<Token> tokens, int first, int end, ReadOnlySpan<ClaimWord> flags, int words)
    {
        if (words > 8)
        {
            return false;
        }
        var frameVerbAt = -1;
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
            if (word.Equals("that", StringComparison.OrdinalIgnoreCase) || (flags[i - first] & ClaimWord.Factual) != 0)
            {
                return false;
            }
            if (frameVerbAt < 0 && (flags[i - first] & ClaimWord.Frame) != 0)
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

    private static bool IsVenueArticle(string text, ReadOnlySpan<Token> tokens, int index, int end)
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

    private static List<Mention> SortedMentions(IReadOnlyList<Mention> mentions)
    {
        var sorted = new List<Mention>(mentions);
        sorted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return sorted;
    }

    private static List<string> EntitiesIn(List<Mention> mentions, int from, TextSpan span)
    {
        var keys = new List<string>();
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
            }
        }
        return keys;
    }
}
