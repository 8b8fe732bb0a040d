using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    private const int MaxModifierTokens = 8;
    private const int MaxAppositionTokens = 40;

    // Words that end a noun phrase on its left: a source's modifiers never reach past a clause word or preposition.
    private static readonly string[] LeftBoundaryWords =
    [
        "that", "and", "but", "or", "when", "while", "as", "because", "if", "after", "before", "since", "though",
        "although", "where", "in", "on", "at", "to", "for", "with", "by", "from", "during", "into", "than", "so",
        "who", "which", "also", "is", "was", "are", "were", "be", "has", "have", "had", "will", "would", "said",
        "says", "then", "now", "yesterday", "today", "tonight", "later", "earlier", "meanwhile", "still", "however",
    ];

    /// <summary>
    /// Widens a speaker mention to the source phrase: leftwards over its modifiers ("longtime Democratic pollster",
    /// "his", "a majority of"), rightwards over an apposition or parenthesis that sits between it and its cue
    /// ("Ana Ruiz, a lawyer for the union, said") or that closes the sentence after a post-posed cue
    /// ("…,” said Ana Ruiz, a lawyer for the union.").
    /// </summary>
    private TextSpan SourcePhrase(SpeakerPhrase speaker, CueMatch cue, TextSpan content)
    {
        var first = speaker.First;
        var last = speaker.Last;
        var (sentenceFirst, sentenceLast) = SentenceTokens(_tokenSentence[speaker.First]);
        if (speaker.Kind != SpeakerKind.Pronoun)
        {
            var floor = Math.Max(sentenceFirst, first - MaxModifierTokens);
            for (var k = first - 1; k >= floor; k--)
            {
                // "and" joins two sources ("Mr. Grassley and Mr. Leahy", "federal and state officials"), but "met
                // reporters and Kovac said" does not: only between capitalised words or inside a group phrase.
                var joins = Is(k, "and") && (IsCapitalised(k - 1) && IsCapitalised(k + 1) || speaker.Kind == SpeakerKind.Group && IsLower(k - 1));
                var modifier = joins || IsWord(k) && !IsLeftBoundary(k) && !TryCue(k, out _)
                    || (IsPunct(k, '-') || IsPunct(k, '\'') || IsPunct(k, '\u2019')) && Attached(k)
                    || IsAbbreviationDot(k) || _tokens[k].Kind == TokenKind.Number;
                if (!modifier || InsideRun(_tokens[k].Span.Start))
                {
                    break;
                }
                first = k;
            }
            if (first < speaker.First && IsPunct(first, '-'))
            {
                first = speaker.First;
            }
            // "Another critic, Ana Ruiz, said": a short noun phrase opening the sentence, set off before the name.
            if (first == speaker.First && IsPunct(first - 1, ',') && speaker.Last < cue.First && IsPunct(speaker.Last + 1, ','))
            {
                var k = first - 2;
                while (k >= sentenceFirst && first - 2 - k < 6 && (IsWord(k) && !IsLeftBoundary(k) && !TryCue(k, out _) || (IsPunct(k, '\'') || IsPunct(k, '\u2019')) && Attached(k)))
                {
                    k--;
                }
                if (k < sentenceFirst && first - 2 >= sentenceFirst && !IsCapitalised(first - 2))
                {
                    first = sentenceFirst;
                }
            }
        }
        if (speaker.Last < cue.First)
        {
            // Between the mention and its cue: ", an apposition," / "(R-Vodena)" / ", who …,". Auxiliaries stay out.
            var end = cue.First - 1;
            while (end > speaker.Last && IsAuxiliary(end))
            {
                end--;
            }
            if (end > speaker.Last + 1 && end - speaker.Last <= MaxAppositionTokens && (IsPunct(speaker.Last + 1, ',') && !StartsAdverbial(speaker.Last + 2) && !Word(speaker.Last + 2).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || IsPunct(speaker.Last + 1, '('))
                && (IsPunct(end, ',') || IsPunct(end, ')')) && NoCueBetween(speaker.Last + 1, end))
            {
                last = end;
            }
        }
        else if (cue.Last < speaker.First && content.End <= _tokens[cue.First].Span.Start && (IsPunct(speaker.Last + 1, ',') || IsPunct(speaker.Last + 1, '(')))
        {
            // Post-posed "said Ana Ruiz, a lawyer for the union." runs to the end of the sentence.
            var end = sentenceLast;
            while (end > speaker.Last && _tokens[end].Kind == TokenKind.Punctuation && !IsPunct(end, ')'))
            {
                end--;
            }
            if (end > speaker.Last + 1 && end - speaker.Last <= MaxAppositionTokens && NoCueBetween(speaker.Last + 1, end) && !HasQuoteMark(speaker.Last + 1, end))
            {
                last = end;
            }
        }
        return TextSpan.FromBounds(Math.Min(_tokens[first].Span.Start, speaker.Span.Start), Math.Max(_tokens[last].Span.End, speaker.Span.End));
    }

    private bool Attached(int i) => i > 0 && _tokens[i - 1].Span.End == _tokens[i].Span.Start;

    private bool IsLeftBoundary(int i)
    {
        foreach (var word in LeftBoundaryWords)
        {
            if (Is(i, word))
            {
                return true;
            }
        }
        return false;
    }

    private bool NoCueBetween(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (IsWord(k) && TryCue(k, out _))
            {
                return false;
            }
        }
        return true;
    }

    private bool HasQuoteMark(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (InsideRun(_tokens[k].Span.Start) || _tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Span.Start] is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB')
            {
                return true;
            }
        }
        return false;
    }
}
