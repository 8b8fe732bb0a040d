using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>Decides a sentence's modality from its hedge, speculation and negation cues.</summary>
/// <remarks>
/// Precedence when several cues apply: Question &gt; Speculative &gt; Hedged &gt; Negated &gt; Asserted (see
/// <see cref="ClaimStage"/>). Stateless and thread-safe.
/// </remarks>
internal static class ModalityClassifier
{
    /// <summary>The modality of <paramref name="span"/>, whose tokens are [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public static Modality Classify(
        string text, ReadOnlySpan<Token> tokens, TextSpan span, int first, int end, List<PhraseMatch<CueKind>> cues,
        out List<TextSpan> modalityCues, out bool hasNegation)
    {
        cues.Clear();
        ClaimLexicons.Cues.FindAll(text, tokens, first, end, cues);
        List<TextSpan>? speculation = null;
        List<TextSpan>? hedges = null;
        List<TextSpan>? negations = null;
        foreach (var cue in cues)
        {
            // "May" capitalised mid-sentence is the month, not the modal.
            if (cue.FirstToken > first && char.IsUpper(text[cue.Span.Start]) && cue.Span.Slice(text).StartsWith("May", StringComparison.Ordinal))
            {
                continue;
            }
            switch (cue.Value)
            {
                case CueKind.Speculation:
                    (speculation ??= []).Add(cue.Span);
                    break;
                case CueKind.Hedge:
                    (hedges ??= []).Add(cue.Span);
                    break;
                case CueKind.Negation:
                    (negations ??= []).Add(cue.Span);
                    // "may not", "might not": a negated possibility is still only a possibility.
                    var cueText = cue.Span.Slice(text);
                    if (cueText.StartsWith("may ", StringComparison.OrdinalIgnoreCase) || cueText.StartsWith("might ", StringComparison.OrdinalIgnoreCase))
                    {
                        (speculation ??= []).Add(cue.Span);
                    }
                    break;
                default:
                    break;
            }
        }
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            var word = tokens[i].Span.Slice(text);
            // Only 't' and 'T' fold to 't': a word ending otherwise skips the two case-insensitive comparisons.
            if (word.Length >= 3 && word[^1] is 't' or 'T' && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase)))
            {
                (negations ??= []).Add(tokens[i].Span);
            }
        }
        negations?.Sort((a, b) => a.Start.CompareTo(b.Start));
        hasNegation = negations is { Count: > 0 };

        if (TextRegions.EndsWithQuestionMark(text, span, out var mark) || QuotedQuestion(text, span, out mark))
        {
            modalityCues = [new TextSpan(mark, 1)];
            return Modality.Question;
        }
        (modalityCues, var modality) =
            speculation is not null ? (speculation, Modality.Speculative)
            : hedges is not null ? (hedges, Modality.Hedged)
            : negations is not null ? (negations, Modality.Negated)
            : ([], Modality.Asserted);
        return modality;
    }

    /// <summary>
    /// A quoted question framed by its speaker ("“Where did the money go?” the senator asked."): the sentence reports a
    /// question, so it asserts nothing either.
    /// </summary>
    private static bool QuotedQuestion(string text, TextSpan span, out int markOffset)
    {
        var sentence = span.Slice(text);
        // From one question mark to the next (a vectorised search): most sentences hold none.
        for (var i = sentence.IndexOf('?'); i >= 0 && i + 1 < sentence.Length; i = sentence[(i + 1)..].IndexOf('?') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (sentence[i + 1] is '"' or '\u201D' or '\u00BB')
            {
                markOffset = span.Start + i;
                return true;
            }
        }
        markOffset = -1;
        return false;
    }
}
