using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Signals;

/// <summary>Finds manipulation signals and scores sensationalism.</summary>
/// <remarks>
/// <para>Lexical detectors (one <c>signals-*.txt</c> lexicon per technique, matched on whole tokens through a trie),
/// rhetorical questions in the outlet's own voice, and anonymous citations from
/// <see cref="AnalyzedArticle.Citations"/>. A signal inside a quotation is kept, with its reason saying so, but weighs
/// less: the speaker used the word, not the outlet.</para>
/// <para>What counts as quoted is the union of text between double quotation marks and the direct and mixed
/// <see cref="AnalyzedArticle.Quotes"/>, so the stage works before the attribution stage is in place and gets better
/// with it. Signals tie to <see cref="Documents.Article.Text"/> only; the separate title is not scanned. Thread-safe: no
/// mutable state.</para>
/// </remarks>
/// <param name="options">The stage's options.</param>
public sealed class SignalStage(SignalOptions options) : IAnalysisStage
{
    private const double RhetoricalQuestionWeight = 0.7;
    private const double AnonymousCitationWeight = 0.4;
    private const double RepetitionWeight = 0.4;
    private const int RepetitionThreshold = 3;

    private readonly SignalOptions _options = Validate(options);

    /// <inheritdoc/>
    public string Name => "signals";

    /// <inheritdoc/>
    public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken)
    {
        var text = document.Article.Text;
        var tokens = document.Tokens.Count > 0 || text.Length == 0 ? document.Tokens : Tokenizer.Tokenize(text);
        // The model's per-article arrays are this thread's, reused from article to article: nothing built from them
        // outlives the call (the signals hold strings and spans only).
        var scratch = _options.Model is null ? null : SignalScratch.Take(tokens.Count);
        try
        {
            return Process(document, tokens, scratch, cancellationToken);
        }
        finally
        {
            scratch?.Return();
        }
    }

    private AnalyzedArticle Process(AnalyzedArticle document, IReadOnlyList<Token> tokens, SignalScratch? scratch, CancellationToken cancellationToken)
    {
        var text = document.Article.Text;
        var sentences = document.Sentences.Count > 0 || text.Length == 0 ? document.Sentences : SentenceSplitter.Split(text);
        var quotationMarks = TextRegions.QuotationMarkRegions(text);
        var quoted = new SpanIndex(QuotedRegions(document, quotationMarks));
        var signals = new List<Signal>();

        var anonymousSpans = new List<TextSpan>();
        foreach (var citation in document.Citations)
        {
            if (citation.Anonymous)
            {
                anonymousSpans.Add(citation.Span);
                signals.Add(Create(text, citation.Span, Technique.AnonymousSourcing, AnonymousCitationWeight,
                    $"'{citation.Source}' is an unnamed source the reader cannot check", quoted));
            }
        }

        var anonymousCitations = new SpanIndex(anonymousSpans);
        var overlapping = new List<int>();
        var matches = new List<PhraseMatch<SignalEntry>>();
        // Word hashes and types once, for the lexicon walk and the model's features (without a model, the walk alone
        // does not repay them).
        var words = scratch is null ? null : new WordTypes(text, tokens, scratch);
        if (words is null)
        {
            SignalLexicons.FindAll(text, tokens, matches);
        }
        else
        {
            // The model's word rows found first: they carry the lexicon's root answer for most words, so the walk asks
            // the trie only for the few types without a row.
            words.RowOf(_options.Model!.Rows, scratch!);
            SignalLexicons.FindAll(text, tokens, matches, words);
        }
        foreach (var match in matches)
        {
            var entry = match.Value;
            if (entry.Technique == Technique.AnonymousSourcing)
            {
                overlapping.Clear();
                anonymousCitations.FindOverlapping(match.Span, overlapping);
                if (overlapping.Count > 0)
                {
                    continue;
                }
            }
            var reason = entry.ReasonTemplate.Replace("{0}", match.Span.Substring(text), StringComparison.Ordinal);
            signals.Add(Create(text, match.Span, entry.Technique, entry.Weight, reason, quoted));
        }

        AddRepetitions(signals);

        if (_options.Model is { } model)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddModelSignals(model, text, tokens, sentences, matches, words!, quotationMarks, quoted, signals, scratch!);
        }

        foreach (var sentence in sentences)
        {
            // A question mark inside a quotation is the speaker's question, not the outlet's.
            if (TextRegions.EndsWithQuestionMark(text, sentence.Span, out var mark) && !quoted.Contains(mark))
            {
                signals.Add(new Signal(sentence.Span, sentence.Span.Substring(text), Technique.RhetoricalQuestion,
                    RhetoricalQuestionWeight, "the outlet asks a question in its own voice instead of reporting an answer"));
            }
        }

        signals.Sort(static (a, b) => a.Span.Start != b.Span.Start
            ? a.Span.Start.CompareTo(b.Span.Start)
            : a.Technique.CompareTo(b.Technique));
        var wordCount = 0;
        foreach (var token in TokenList.AsSpan(tokens))
        {
            if (token.Kind != TokenKind.Punctuation)
            {
                wordCount++;
            }
        }
        return document with { Signals = signals, Scores = new ArticleScores(Sensationalism.Score(signals, wordCount, _options)) };
    }

    private Signal Create(string text, TextSpan span, Technique technique, double weight, string reason, SpanIndex quoted)
    {
        if (quoted.CoveredLength(span) * 2 > span.Length)
        {
            return new Signal(span, span.Substring(text), technique, Math.Round(weight * _options.QuotedWeightFactor, 3), reason + " (inside a quotation)");
        }
        return new Signal(span, span.Substring(text), technique, weight, reason);
    }

    private void AddModelSignals(SignalModel model, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences,
        List<PhraseMatch<SignalEntry>> matches, WordTypes words, List<TextSpan> quotationMarks, SpanIndex quoted, List<Signal> signals,
        SignalScratch scratch)
    {
        var features = new TokenFeatures(text, tokens, sentences, matches, new SpanIndex(quotationMarks), words, scratch, model.Rows);
        // The lexicon's signals, indexed: checking each model span against all of them was quadratic on long texts.
        var lexicalSpans = new TextSpan[signals.Count];
        for (var i = 0; i < lexicalSpans.Length; i++)
        {
            lexicalSpans[i] = signals[i].Span;
        }
        var lexical = new SpanIndex(lexicalSpans);
        var overlapping = new List<int>();
        var spans = model.SegmentThreshold is { } segmentThreshold
            ? model.FindSegments(features, _options.SegmentThreshold ?? segmentThreshold, _options.CandidateGate, _options.SentenceOddsGate,
                _options.SegmentThreshold is null ? null : _options.SegmentRecallWeight)
            : model.FindSpans(features, _options.ModelThreshold ?? model.Threshold, _options.ClauseThreshold ?? model.ClauseThreshold, _options.CandidateGate);
        foreach (var found in spans)
        {
            var span = TextSpan.FromBounds(tokens[found.First].Span.Start, tokens[found.End - 1].Span.End);
            if (!_options.KeepOverlappingModelSpans)
            {
                overlapping.Clear();
                lexical.FindOverlapping(span, overlapping);
                if (overlapping.Count > 0)
                {
                    continue;
                }
            }
            var (technique, _) = model.Classify(features, found.First, found.End);
            var reason = ModelReasons.Describe(model.TopCues(features, found, 12), technique, found.Probability);
            signals.Add(Create(text, span, technique, Math.Round(found.Probability, 3), reason, quoted));
        }
    }

    private static SignalOptions Validate(SignalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.SensationalismRate, nameof(options.SensationalismRate));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.QuotedWeightFactor, nameof(options.QuotedWeightFactor));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.QuotedWeightFactor, 1.0, nameof(options.QuotedWeightFactor));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MinimumScoredWords, nameof(options.MinimumScoredWords));
        ArgumentOutOfRangeException.ThrowIfNegative(options.SentenceOddsGate, nameof(options.SentenceOddsGate));
        if (options.ModelThreshold is { } threshold)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold, nameof(options.ModelThreshold));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0, nameof(options.ModelThreshold));
        }
        return options;
    }

    private static void AddRepetitions(List<Signal> signals)
    {
        // The same charged word hammered three or more times is repetition; each use after the first is marked.
        var seen = new Dictionary<string, List<Signal>>(StringComparer.OrdinalIgnoreCase);
        foreach (var signal in signals)
        {
            if (signal.Technique is Technique.LoadedLanguage or Technique.SensationalFraming or Technique.NameCallingLabeling or Technique.Slogans)
            {
                if (!seen.TryGetValue(signal.Text, out var uses))
                {
                    seen[signal.Text] = uses = [];
                }
                uses.Add(signal);
            }
        }
        foreach (var uses in seen.Values)
        {
            if (uses.Count < RepetitionThreshold)
            {
                continue;
            }
            for (var i = 1; i < uses.Count; i++)
            {
                signals.Add(new Signal(uses[i].Span, uses[i].Text, Technique.Repetition, RepetitionWeight,
                    $"'{uses[i].Text}' is repeated {uses.Count} times"));
            }
        }
    }

    private static List<TextSpan> QuotedRegions(AnalyzedArticle document, List<TextSpan> quotationMarks)
    {
        var regions = new List<TextSpan>(quotationMarks);
        foreach (var quote in document.Quotes)
        {
            if (quote.Kind != QuoteKind.Indirect)
            {
                regions.Add(quote.Span);
            }
        }
        return regions;
    }
}
