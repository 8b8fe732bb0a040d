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
                    // "warmer water, not fishing, is driving …": the "not" sets aside an alternative, and the claim
                    // itself is asserted. Read as negated, another outlet dropping the contrast looked like a flip.
                    if (IsContrastiveNot(text, cue.Span))
                    {
                        break;
                    }
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
        TextSpan? condition = null;
        var future = false;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            var word = tokens[i].Span.Slice(text);
            if (word.Length == 2 && word.Equals("if", StringComparison.OrdinalIgnoreCase))
            {
                condition ??= IsCondition(text, tokens, first, end, i) ? tokens[i].Span : null;
            }
            else if (!future && IsFuture(word))
            {
                future = true;
            }
            // Only 't' and 'T' fold to 't': a word ending otherwise skips the two case-insensitive comparisons.
            if (word.Length >= 3 && word[^1] is 't' or 'T' && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase)))
            {
                (negations ??= []).Add(tokens[i].Span);
            }
        }
        // "If these numbers are right, half the fleet will be gone": a prediction resting on an unverified premise is
        // speculative, like "could" (not hedged, which softens a fact through its source or an adverb), so dropping the
        // condition reads as speculation stated as fact. Without a future or conditional verb the "if" clause frames a
        // fact ("If anything, the port was busier"), which stays as it is. An explicit speculation cue keeps its own
        // evidence.
        if (condition is { } conditionSpan && future && speculation is null)
        {
            speculation = [conditionSpan];
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

    // After these words "if" means "whether" ("asked if the mayor would resign") or does not set a condition
    // ("as if", "even if" concedes: the outcome holds either way).
    private static readonly HashSet<string> NotConditionBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "even", "only", "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "know",
        "knows", "knew", "see", "sees", "saw", "unclear", "clear", "sure", "decide", "decides", "decided", "check",
        "checked", "tell", "told", "whether", "doubt", "doubtful", "question", "questioned", "say",
    };

    // An object pronoun between the verb and "if" ("asked me if …") keeps the "whether" reading.
    private static readonly HashSet<string> ObjectPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "me", "you", "him", "her", "us", "them", "it",
    };

    // After these words "if" opens no condition on the claim ("if any", "if anything", "if not", "if so").
    private static readonly HashSet<string> NotConditionAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "any", "anything", "not", "so", "ever", "at", "only",
    };

    private static bool IsCondition(string text, ReadOnlySpan<Token> tokens, int first, int end, int at)
    {
        // The word right before "if" (or before an object pronoun before it), when no punctuation stands between.
        var before = NotConditionBefore.GetAlternateLookup<ReadOnlySpan<char>>();
        var w = at - 1;
        if (w > first && tokens[w].Kind == TokenKind.Word && ObjectPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[w].Span.Slice(text)))
        {
            w--;
        }
        if (w >= first && tokens[w].Kind == TokenKind.Word && before.Contains(tokens[w].Span.Slice(text)))
        {
            return false;
        }
        // "if you will" is a figure of speech, not a condition.
        if (at + 2 < end && tokens[at + 1].Span.Slice(text).Equals("you", StringComparison.OrdinalIgnoreCase)
            && tokens[at + 2].Span.Slice(text).Equals("will", StringComparison.OrdinalIgnoreCase)
            && (at + 3 >= end || tokens[at + 3].Kind == TokenKind.Punctuation))
        {
            return false;
        }
        for (var k = at + 1; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                return !NotConditionAfter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[k].Span.Slice(text));
            }
        }
        return false;
    }

    /// <summary>A verb form that puts the outcome after or apart from now: "will", "would", "won't", "'ll", "shall".</summary>
    private static bool IsFuture(ReadOnlySpan<char> word)
    {
        // Runs on every word of every sentence: the last letter rules out almost all of them before any comparison.
        if (word.Length < 4)
        {
            return false;
        }
        return word[^1] switch
        {
            'l' or 'L' => word.Equals("will", StringComparison.OrdinalIgnoreCase) || word.Equals("shall", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019ll", StringComparison.OrdinalIgnoreCase),
            'd' or 'D' => word.Equals("would", StringComparison.OrdinalIgnoreCase),
            't' or 'T' => word.Equals("won't", StringComparison.OrdinalIgnoreCase) || word.Equals("won\u2019t", StringComparison.OrdinalIgnoreCase)
                || word.Equals("wouldn't", StringComparison.OrdinalIgnoreCase) || word.Equals("wouldn\u2019t", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>
    /// A bare "not" right after a comma or dash ("X, not Y, …", "X — not Y"): a contrast that names what the statement
    /// is not about, not a negated verb ("is not driving" has no comma before it).
    /// </summary>
    internal static bool IsContrastiveNot(string text, TextSpan cue)
    {
        if (cue.Length != 3 || !cue.Slice(text).Equals("not", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var i = cue.Start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        if (i < 0 || text[i] is not (',' or '\u2014' or '\u2013'))
        {
            return false;
        }
        // ", not all of them …", ", not guilty of …": the "not" negates what follows, it sets no alternative aside.
        var next = cue.End;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }
        var stop = next;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }
        return !NegatingAfterComma.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(next, stop - next));
    }

    private static readonly HashSet<string> NegatingAfterComma = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "every", "everyone", "everybody", "everything", "one", "guilty", "many", "much", "enough", "yet",
    };

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
