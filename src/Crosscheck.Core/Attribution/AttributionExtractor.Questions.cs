using Crosscheck.Documents;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // An auxiliary or modal opening a yes-no question ("Will Dora Vance be confirmed as harbour minister?").
    private static readonly string[] QuestionOpeners =
    [
        "will", "would", "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "shall", "has",
        "have", "had", "may", "might", "must",
    ];

    /// <summary>
    /// Whether the quote's cue lies in a sentence that opens with an auxiliary or modal and ends with "?".
    /// </summary>
    private bool InYesNoQuestion(Quote quote)
    {
        if (quote.CueSpan is not { } cue || !EndsWithQuestionMark(_sentences[quote.SentenceIndex].Span))
        {
            return false;
        }
        var at = Math.Min(TokenAtOrAfter(cue.Start), _tokens.Length - 1);
        var (first, last) = SentenceTokens(_tokenSentence[at]);
        while (last > first && !IsWord(last) && !IsPunct(last, '?'))
        {
            last--; // closing quotation marks or brackets after the question mark
        }
        if (!IsPunct(last, '?'))
        {
            return false;
        }
        // A line without final punctuation (a widget's "vote below") joins the question's sentence: the question opens
        // on the cue's own line. The walk back is bounded, so a long run-on sentence costs no more than 40 steps.
        var opener = at;
        for (var steps = 0; steps < 40 && opener > first && !_text.AsSpan(_tokens[opener - 1].Span.End,
            _tokens[opener].Span.Start - _tokens[opener - 1].Span.End).Contains('\n'); steps++)
        {
            opener--;
        }
        return IsQuestionOpener(first) || opener != first && IsQuestionOpener(opener);
    }

    private bool IsQuestionOpener(int i) => IsCapitalised(i) && IsOneOf(i, QuestionOpeners);

    /// <summary>
    /// Whether the sentence's last character other than spaces, quotation marks and brackets is "?": a look at its
    /// last few characters, so most quotes need no token search.
    /// </summary>
    private bool EndsWithQuestionMark(TextSpan sentence)
    {
        var text = _text.AsSpan(sentence.Start, sentence.Length).TrimEnd();
        while (text.Length > 0 && text[^1] is '"' or '”' or '’' or '\'' or ')' or ']')
        {
            text = text[..^1].TrimEnd();
        }
        return text.Length > 0 && text[^1] == '?';
    }
}
