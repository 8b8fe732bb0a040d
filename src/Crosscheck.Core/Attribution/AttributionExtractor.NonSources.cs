using Crosscheck.Documents;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Words that cannot be a whole source on their own, though the speaker rules can end up with one when the real
    // subject is missing: a passive's auxiliary ("it must be noted", "can be said"), a modal whose subject lies in an
    // earlier clause ("and thus, can call"), an imperative or first-person aside ("Let's say", "be aware"), a question
    // word ("Why say"), a sentence adverb before a clause with no subject ("Clearly wants to …"), or the "to" of an
    // infinitive ("To defend …").
    // Checked together with VerbLikeWords (VerbSources.cs): the auxiliaries and modals the subject rules already refuse
    // in lower case, which this pass also catches capitalised or reached by another rule.
    private static readonly string[] NonSourceWords =
    [
        "am", "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "let", "let's", "let’s", "lets",
        "why", "how", "what", "when", "where", "whether", "clearly", "obviously", "apparently", "perhaps", "maybe",
        "surely", "certainly", "probably", "also", "just", "only", "still", "even", "then", "now", "so", "thus",
        "therefore", "indeed", "instead", "not", "never", "to",
    ];

    /// <summary>
    /// Quotes that report nothing: a republication credit (<see cref="IsCreditLine"/>) goes; a source that is one word of
    /// <see cref="NonSourceWords"/> names no one, so the quote keeps its cue and content and loses the source, the
    /// speaker's mention and name ("Let's say …": the content stands, unattributed); and a quote in a yes-no question goes
    /// (<see cref="InYesNoQuestion"/>: a reader poll, a rhetorical question, a headline's "Did Ruiz Lie?") unless its
    /// source is the addressee. Each quote is
    /// judged on its own. Runs after the quote filter.
    /// </summary>
    private void DropNonReports()
    {
        var keep = 0;
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (IsCreditLine(quote))
            {
                continue;
            }
            if (quote.SpeakerSpan is { } mention && IsNonSource(mention) || quote.SourceSpan is { } source && IsNonSource(source))
            {
                quote = quote with { SourceSpan = null, SpeakerSpan = null, Speaker = null };
            }
            // A yes-no question reports nothing of a third party ("Did Ruiz say …?", "Will Ruiz Continue …?"), but an
            // interviewer's "Do you think …?" asks for the addressee's view, which PolNeAR marks as theirs.
            if ((quote.SpeakerSpan is not { } asked || !IsAddressee(asked)) && InYesNoQuestion(quote))
            {
                continue;
            }
            _quotes[keep++] = quote;
        }
        _quotes.RemoveRange(keep, _quotes.Count - keep);
    }

    private bool IsAddressee(TextSpan mention) => _text.AsSpan(mention.Start, mention.Length).Equals("you", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Article posted with permission from …", "Reprinted with permission of …": a republication credit, whose
    /// "content" is the permission, not anything anyone said.
    /// </summary>
    private bool IsCreditLine(Quote quote)
    {
        if (quote.CueSpan is not { } cue)
        {
            return false;
        }
        var last = TokenAtOrAfter(cue.End) - 1;
        var content = TokenAtOrAfter(quote.Span.Start);
        return last >= 0 && Is(last, "with") && content < _tokens.Length && Is(content, "permission");
    }

    /// <summary>
    /// Whether the span is exactly one word of <see cref="NonSourceWords"/> or <see cref="VerbLikeWords"/>, or "let"
    /// with its attached "'s" when the tokenizer splits the contraction.
    /// </summary>
    private bool IsNonSource(TextSpan span)
    {
        var k = TokenAtOrAfter(span.Start);
        if (k >= _tokens.Length || _tokens[k].Span.Start != span.Start || !IsOneOf(k, NonSourceWords) && !IsOneOf(k, VerbLikeWords))
        {
            return false;
        }
        return _tokens[k].Span.End == span.End
            || k + 1 < _tokens.Length && _tokens[k + 1].Span.End == span.End && Attached(k + 1) && Is(k, "let") && (Is(k + 1, "'s") || Is(k + 1, "’s"));
    }
}
