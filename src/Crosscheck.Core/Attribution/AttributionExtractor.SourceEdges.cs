using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Words that open a clause or a question and never begin a source phrase as PolNeAR marks it ("But [aides] say",
    // "Yet [voters] feel", "Do [you] think", "Let [me] say"): in the 20,841 gold sources of the train split none of
    // these starts one, while speaker phrases that open their sentence sweep them in.
    private static readonly string[] SourceLeadingWords =
    [
        "but", "yet", "while", "whilst", "as", "and", "so", "when", "whether", "how", "why", "what", "let", "do", "does",
        "did", "is", "are", "was", "were", "had", "has", "have", "now", "then", "although", "though", "because", "if",
        "despite", "until", "once", "where",
    ];

    /// <summary>
    /// Off for the quote filter's training (<see cref="CueModelTrainer"/>): the filter scores quotes before the trim, so
    /// it learns from the spans as the rules find them, and its weights do not depend on this step.
    /// </summary>
    internal bool TrimsSourceEdges { get; init; } = true;

    /// <summary>
    /// Takes the clause words off the front of each quote's source and speaker spans. Runs last, after the quote filter,
    /// so the filter (trained on the spans as the rules find them) sees what it was trained on.
    /// </summary>
    private void TrimSourceEdges()
    {
        if (!TrimsSourceEdges)
        {
            return;
        }
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            var source = quote.SourceSpan is { } s ? WithoutTrailingAdverbial(WithOfPhrase(WithoutLeadingJoiner(s), quote)) : (TextSpan?)null;
            var mention = quote.SpeakerSpan is { } m ? WithoutTrailingAdverbial(WithoutLeadingJoiner(m)) : (TextSpan?)null;
            if (source != quote.SourceSpan || mention != quote.SpeakerSpan)
            {
                // A group's resolved name is its phrase as written ("Yet harbour officials", "I am"): it loses the same words.
                var name = quote.Speaker;
                if (mention != quote.SpeakerSpan && name is not null)
                {
                    var old = quote.SpeakerSpan!.Value;
                    var head = _text.AsSpan(old.Start, mention!.Value.Start - old.Start);
                    var tail = _text.AsSpan(mention.Value.End, old.End - mention.Value.End);
                    if (head.Length > 0 && name.AsSpan().StartsWith(head, StringComparison.Ordinal))
                    {
                        name = name[head.Length..];
                    }
                    if (tail.Length > 0 && name.AsSpan().EndsWith(tail, StringComparison.Ordinal))
                    {
                        name = name[..^tail.Length];
                    }
                }
                _quotes[q] = quote with { SourceSpan = source, SpeakerSpan = mention, Speaker = name };
            }
        }
        for (var c = 0; c < _citations.Count; c++)
        {
            var citation = _citations[c];
            if (citation.SourceSpan is { } named && WithoutLeadingJoiner(named) is var trimmed && trimmed != named)
            {
                var dropped = _text.AsSpan(named.Start, trimmed.Start - named.Start);
                var span = citation.Span.Start < trimmed.Start ? TextSpan.FromBounds(Math.Max(citation.Span.Start, trimmed.Start), citation.Span.End) : citation.Span;
                _citations[c] = citation with
                {
                    Span = span,
                    Text = TextOf(span),
                    SourceSpan = trimmed,
                    Source = citation.Source.AsSpan().StartsWith(dropped, StringComparison.Ordinal) ? citation.Source[dropped.Length..] : citation.Source,
                };
            }
        }
    }

    /// <summary>
    /// The source span without the clause words that open it ("But Kovac’s backers" → "Kovac’s backers", "Even though
    /// voters" → "voters"); unchanged when nothing would be left.
    /// </summary>
    private TextSpan WithoutLeadingJoiner(TextSpan source)
    {
        var first = TokenAtOrAfter(source.Start);
        var k = first;
        while (k < _tokens.Length && _tokens[k].Span.End < source.End
            && (IsOneOf(k, SourceLeadingWords) || Is(k, "even") && IsOneOf(k + 1, SourceLeadingWords)))
        {
            k++;
        }
        return k == first || k >= _tokens.Length || _tokens[k].Span.Start >= source.End || _tokens[k].Kind != TokenKind.Word
            ? source
            : TextSpan.FromBounds(_tokens[k].Span.Start, source.End);
    }

    // Words that end an "of" phrase after a source: the clause goes on ("Ruiz of the dock union who …", "… said").
    private static readonly string[] OfPhraseStops = ["who", "which", "that", "and", "but", "said", "says", "say", "told", "has", "have", "had", "is", "was", "are", "were", "will", "would", "in", "on", "at", "to", "for"];

    /// <summary>
    /// The source span with the "of" phrase that names where the person is from ("Ivo Brenner of the Lorton Dock Union
    /// said", "said Mr. Brenner of the Harbour Institute."), which PolNeAR keeps in the source and the rules leave out;
    /// unchanged unless the phrase ends within 8 words at punctuation, a clause word or the cue.
    /// </summary>
    private TextSpan WithOfPhrase(TextSpan source, Quote quote)
    {
        var of = TokenAtOrAfter(source.End);
        if (!Is(of, "of") || !(Is(of + 1, "the") || IsCapitalised(of + 1)))
        {
            return source;
        }
        var cueStart = quote.CueSpan?.Start ?? int.MaxValue;
        for (var j = of + 1; j < _tokens.Length && j <= of + 8; j++)
        {
            var start = _tokens[j].Span.Start;
            var stops = start >= cueStart && start < (quote.CueSpan?.End ?? 0)
                || _tokens[j].Kind == TokenKind.Punctuation && !IsAttachedMark(j) && !IsAbbreviationDot(j)
                || IsOneOf(j, OfPhraseStops)
                || IsLower(j) && (Word(j).EndsWith("ed", StringComparison.Ordinal) || Word(j).EndsWith("ing", StringComparison.Ordinal));
            if (stops)
            {
                var end = _tokens[j - 1].Span.End;
                if (j - 1 <= of + 1 && Is(j - 1, "the"))
                {
                    return source;
                }
                foreach (var part in quote.Parts)
                {
                    if (part.Start < end && source.End < part.End)
                    {
                        return source;
                    }
                }
                return TextSpan.FromBounds(source.Start, end);
            }
        }
        return source;
    }

    // Auxiliaries and time words a source phrase sweeps in before its cue ("I am [convinced]", "Ruiz late [said]",
    // "polls at the time [showed]"); no gold source of the train split ends in one.
    private static readonly string[] SourceTrailingWords =
    [
        "am", "is", "are", "was", "were", "has", "have", "had", "did", "do", "does", "can", "could", "might", "must",
        "should", "been", "being", "not", "earlier", "late",
    ];

    /// <summary>The source span without trailing auxiliaries and time adverbials ("in particular", "at the time"); never empty.</summary>
    private TextSpan WithoutTrailingAdverbial(TextSpan source)
    {
        var first = TokenAtOrAfter(source.Start);
        var last = TokenBefore(source.End);
        while (last > first)
        {
            if (IsOneOf(last, SourceTrailingWords) && IsLower(last))
            {
                last--;
            }
            else if (last - 1 > first && Is(last - 1, "in") && (Is(last, "particular") || Is(last, "general")))
            {
                last -= 2;
            }
            else if (last - 2 > first && Is(last - 2, "at") && Is(last - 1, "the") && Is(last, "time"))
            {
                last -= 3;
            }
            else
            {
                break;
            }
        }
        return last < first || _tokens[last].Span.End >= source.End ? source : TextSpan.FromBounds(source.Start, _tokens[last].Span.End);
    }
}
