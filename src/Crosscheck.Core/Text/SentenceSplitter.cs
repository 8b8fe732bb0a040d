using Crosscheck.Documents;
using Crosscheck.Lexicons;
using System.Collections.Frozen;

namespace Crosscheck.Text;

/// <summary>Splits text into sentences, respecting abbreviations, initials, decimals and closing quotation marks.</summary>
/// <remarks>Thread-safe.</remarks>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = Lexicon.Set("abbreviations");

    /// <summary>Splits <paramref name="text"/> into sentences; a blank line always ends a sentence and a paragraph.</summary>
    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = SkipWhitespace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && IsParagraphBreak(text, i, out var next))
            {
                Add(text, start, i, paragraph, sentences);
                paragraph++;
                i = start = SkipWhitespace(text, next);
                continue;
            }
            if (c is '.' or '!' or '?' or '\u2026')
            {
                var end = i + 1;
                // Runs such as "?!" or "..." end together.
                while (end < text.Length && text[end] is '.' or '!' or '?' or '\u2026')
                {
                    end++;
                }
                // Closing quotes and brackets belong to the sentence they end.
                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }
                if (IsBoundary(text, i, end))
                {
                    Add(text, start, end, paragraph, sentences);
                    i = start = SkipWhitespace(text, end);
                    // Stay in the same paragraph unless the gap contained a blank line.
                    if (ContainsParagraphBreak(text, end, start))
                    {
                        paragraph++;
                    }
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        Add(text, start, text.Length, paragraph, sentences);
        return sentences;
    }

    private static bool IsBoundary(string text, int mark, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }
        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }
        var next = SkipWhitespace(text, end);
        if (next >= text.Length)
        {
            return true;
        }
        var following = text[next];
        if (text[mark] != '.')
        {
            // "?" and "!" end a sentence unless a lower-case continuation follows ("'Why?' he asked").
            return !char.IsLower(following);
        }
        if (char.IsLower(following) || char.IsDigit(following) && end == mark + 1 && IsNumberBefore(text, mark))
        {
            return false;
        }
        // The word before the period decides: abbreviations and single initials do not end a sentence.
        var wordStart = mark;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, mark - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }
        if (word.Contains('.'))
        {
            // "U.S." or "a.m." — an acronym ends a sentence only before a clear new-sentence start.
            return IsSentenceStartWord(text, next);
        }
        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return false;
        }
        return true;
    }

    private static bool IsNumberBefore(string text, int mark) => mark > 0 && char.IsDigit(text[mark - 1]);

    private static bool IsSentenceStartWord(string text, int index)
    {
        var end = index;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        var word = text.AsSpan(index, end - index);
        return word is "The" or "A" or "An" or "He" or "She" or "It" or "They" or "We" or "I" or "But" or "In" or "This"
            || index < text.Length && IsOpener(text[index]);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB' or '\u201C';

    private static bool IsOpener(char c) => c is '"' or '\u201C' or '\u00AB' or '\u201E' or '\'' or '\u2018' or '(';

    private static bool IsParagraphBreak(string text, int newline, out int next)
    {
        var i = newline + 1;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }
        next = i;
        return i < text.Length && text[i] == '\n';
    }

    private static bool ContainsParagraphBreak(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n' && ++newlines == 2)
            {
                return true;
            }
        }
        return false;
    }

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, TextSpan.FromBounds(start, end), paragraph));
        }
    }
}
