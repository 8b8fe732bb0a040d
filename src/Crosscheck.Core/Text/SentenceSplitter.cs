using Crosscheck.Documents;
using Crosscheck.Lexicons;
using System.Collections.Frozen;

namespace Crosscheck.Text;

/// <summary>
/// Splits text into sentences and paragraphs, respecting abbreviations, initials, decimals, ellipses and quotation
/// marks in their English, French and German forms.
/// </summary>
/// <remarks>
/// <para>Paragraphs are blank-line separated blocks. Inside a block, single newlines are read one of two ways: when the
/// block looks hard-wrapped (a line continues in lower case, or ends on a comma or a function word) they are spaces;
/// otherwise every line is its own paragraph, as in headline / dateline / body layouts and in feeds that put one
/// paragraph per line.</para>
/// <para>Thread-safe; a single left-to-right scan.</para>
/// </remarks>
public static class SentenceSplitter
{
    private static readonly FrozenDictionary<string, string> Abbreviations = Lexicon.Table("abbreviations");
    private static readonly FrozenSet<string> Starters = Lexicon.Set("sentence-starters");
    private static readonly FrozenSet<string> ContinuationWords = Lexicon.Set("sentence-continuation-words");
    private static readonly FrozenSet<string> QuoteCues = Lexicon.Set("sentence-quote-cues");
    // A dateline opens the story's first paragraph; after a headline, a standfirst and a byline that is paragraph 3.
    private const int MaxDatelineParagraph = 3;

    private static readonly System.Buffers.SearchValues<char> TerminalMarks = System.Buffers.SearchValues.Create(".!?\u2026");

    /// <summary>Splits <paramref name="text"/> into sentences; a blank line always ends a sentence and a paragraph.</summary>
    public static List<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var i = 0;
        while (i < text.Length)
        {
            var blockStart = SkipWhitespace(text, i, text.Length);
            if (blockStart >= text.Length)
            {
                break;
            }
            var blockEnd = FindBlockEnd(text, blockStart, out i);
            SplitBlock(text, blockStart, blockEnd, ref paragraph, sentences);
        }
        return sentences;
    }

    /// <summary>Finds the end of the blank-line separated block starting at <paramref name="start"/>.</summary>
    private static int FindBlockEnd(string text, int start, out int next)
    {
        // Each scan of this class jumps from one character of interest to the next with a vectorised search: the text
        // is read four times over (blocks, lines, wrapping, sentence marks), and a test per character was most of it.
        for (var i = text.IndexOf('\n', start); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            var j = i + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\u00A0')
            {
                j++;
            }
            if (j < text.Length && text[j] == '\n')
            {
                next = j + 1;
                return i;
            }
        }
        next = text.Length;
        return text.Length;
    }

    private static void SplitBlock(string text, int start, int end, ref int paragraph, List<Sentence> sentences)
    {
        var wrapped = IsHardWrapped(text, start, end);
        var segmentStart = start;
        var lineStart = start;
        for (var i = NextNewline(text, start, end); i <= end; i = NextNewline(text, i + 1, end))
        {
            // In wrapped prose only a line in capitals (a headline or a section label) stands alone.
            var breakHere = i == end || !wrapped || IsCapitalsLine(text, lineStart, i);
            if (breakHere)
            {
                var before = sentences.Count;
                SplitSegment(text, segmentStart, i, paragraph, sentences);
                if (sentences.Count > before)
                {
                    paragraph++;
                }
                segmentStart = i + 1;
            }
            lineStart = i + 1;
        }
    }

    /// <summary>The first newline in [<paramref name="from"/>, <paramref name="end"/>), or <paramref name="end"/> when there is none (and past it when <paramref name="from"/> is).</summary>
    private static int NextNewline(string text, int from, int end)
    {
        if (from >= end)
        {
            return from;
        }
        var at = text.AsSpan(from, end - from).IndexOf('\n');
        return at < 0 ? end : from + at;
    }

    /// <summary>Whether the block's single newlines are line wraps inside running prose.</summary>
    private static bool IsHardWrapped(string text, int start, int end)
    {
        var lineStart = start;
        for (var i = NextNewline(text, start, end); i < end; i = NextNewline(text, i + 1, end))
        {
            var next = SkipWhitespace(text, i + 1, end);
            if (next < end && char.IsLower(text[next]))
            {
                return true;
            }
            var last = i;
            while (last > lineStart && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }
            if (last > lineStart && text[last - 1] is ',' or '-' or '\u2010')
            {
                return true;
            }
            if (last > lineStart && !IsTerminal(text[last - 1]) && LooksLikeProse(text, lineStart, last))
            {
                return true;
            }
            var wordStart = last;
            while (wordStart > lineStart && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }
            if (wordStart < last && char.IsLower(text[wordStart])
                && ContinuationWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(wordStart, last - wordStart)))
            {
                return true;
            }
            lineStart = i + 1;
        }
        return false;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or ':' or ';' or '\u2026' || IsCloser(c);

    /// <summary>A line that runs on without final punctuation yet is long or holds a sentence end: wrapped prose, not a headline.</summary>
    private static bool LooksLikeProse(string text, int start, int end)
    {
        if (end - start >= 100)
        {
            return true;
        }
        for (var i = start + 1; i + 2 < end; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && char.IsLower(text[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCapitalsLine(string text, int start, int end)
    {
        var letters = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }
            if (char.IsLetter(text[i]))
            {
                letters++;
            }
        }
        return letters >= 4;
    }

    /// <summary>Splits one paragraph-level segment: newlines inside it count as spaces.</summary>
    private static void SplitSegment(string text, int from, int to, int paragraph, List<Sentence> sentences)
    {
        var start = SkipWhitespace(text, from, to);
        if (paragraph <= MaxDatelineParagraph && Dateline.Match(text.AsSpan(start, to - start), out _, out var head) is > 0 and var body)
        {
            // The dateline is a sentence of its own, so that the first sentence's claim and quotes start at its words.
            sentences.Add(new Sentence(sentences.Count, new TextSpan(start, head), paragraph, IsDateline: true));
            start += body;
        }
        var i = start;
        while (i < to)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '\u2026'))
            {
                var mark = text.AsSpan(i, to - i).IndexOfAny(TerminalMarks);
                i = mark < 0 ? to : i + mark;
                continue;
            }
            var end = EndOfMarks(text, i, to);
            var closed = end;
            // Closing quotes and brackets belong to the sentence they end.
            while (closed < to && IsCloser(text[closed]))
            {
                closed++;
            }
            // French spacing puts a space before the closing guillemet: « Non. »
            var spaced = SkipSpaces(text, closed, to);
            while (spaced < to && text[spaced] is '\u00BB' or '\u203A')
            {
                closed = spaced + 1;
                spaced = SkipSpaces(text, closed, to);
            }
            if (IsBoundary(text, start, i, end, closed, to))
            {
                Add(text, start, closed, paragraph, sentences);
                i = start = SkipWhitespace(text, closed, to);
                continue;
            }
            i = closed;
        }
        Add(text, start, to, paragraph, sentences);
    }

    /// <summary>The end of a run of terminal marks: "?!", "...", "…" and the spaced ellipsis ". . .".</summary>
    private static int EndOfMarks(string text, int mark, int to)
    {
        var end = mark + 1;
        while (end < to)
        {
            if (text[end] is '.' or '!' or '?' or '\u2026')
            {
                end++;
            }
            else if (text[end] == ' ' && end + 1 < to && text[end + 1] == '.' && text[end - 1] == '.'
                && (end + 2 >= to || text[end + 2] is ' ' or '.' or '\n'))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    /// <param name="text">The article text.</param>
    /// <param name="start">Start of the current sentence.</param>
    /// <param name="mark">The first terminal mark.</param>
    /// <param name="end">Just past the run of terminal marks.</param>
    /// <param name="closed">Just past the closing quotes and brackets that follow the marks.</param>
    /// <param name="to">End of the segment.</param>
    private static bool IsBoundary(string text, int start, int mark, int end, int closed, int to)
    {
        if (!HasContent(text, start, mark))
        {
            // A leading ellipsis ("… and then") or a lone mark opens text; it ends nothing.
            return false;
        }
        if (mark > 0 && text[mark - 1] is '[' or '(' && text[mark] is '.' or '\u2026')
        {
            // "[…]" marks an omission inside a quote.
            return false;
        }
        if (closed >= to)
        {
            return true;
        }
        if (!char.IsWhiteSpace(text[closed]))
        {
            // "3.5", "U.S.-led", "example.com".
            return false;
        }
        var next = SkipWhitespace(text, closed, to);
        if (next >= to)
        {
            return true;
        }
        var following = text[next];
        if (char.IsLower(following))
        {
            // "'Why?' he asked", "the U.S. embassy", "It was... strange".
            return false;
        }
        var quoted = closed > end && IsQuoteMark(text[closed - 1]);
        if (quoted && ContinuesWithCue(text, next, to, strict: text[mark] == '.'))
        {
            // "Why?" Vidric asked.
            return false;
        }
        if (text[mark] != '.' || end - mark > 1)
        {
            return true;
        }
        if (char.IsDigit(following) && closed == end && mark > 0 && char.IsDigit(text[mark - 1]))
        {
            // A numbered list or a number running on ("in 2019. 2020 was").
            return false;
        }
        var wordStart = mark;
        while (wordStart > start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, mark - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }
        if (closed > end)
        {
            // A closing quote or bracket after the period settles it: the sentence ended.
            return true;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial ("John F. Kennedy"), unless a plain sentence start follows a lower-case word.
            return IsStarter(text, next, to) && wordStart > 1 && char.IsLower(text[wordStart - 2]);
        }
        if (word.Contains('.'))
        {
            // "U.S." or "a.m.": an acronym ends a sentence only before a clear new-sentence start.
            return IsStarter(text, next, to);
        }
        if (!Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var kind))
        {
            return true;
        }
        return kind switch
        {
            "title" => false,
            "number" => !char.IsDigit(following),
            _ => IsStarter(text, next, to),
        };
    }

    private static bool HasContent(string text, int start, int mark)
    {
        for (var i = start; i < mark; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a name (up to four capitalised words) and a speech verb follow a quoted question or statement.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="index">Where the next word starts.</param>
    /// <param name="to">End of the segment.</param>
    /// <param name="strict">When set (the quote ended with a period), the verb must also end the clause.</param>
    private static bool ContinuesWithCue(string text, int index, int to, bool strict)
    {
        var i = index;
        for (var words = 0; words < 5 && i < to; words++)
        {
            var wordEnd = i;
            while (wordEnd < to && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '\u2019' or '-'))
            {
                wordEnd++;
            }
            if (wordEnd == i)
            {
                return false;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (words > 0 && char.IsLower(word[0]))
            {
                if (!QuoteCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                {
                    return false;
                }
                return !strict || wordEnd >= to || text[wordEnd] is '.' or ',' or ';' or '!' or '?';
            }
            if (!char.IsUpper(word[0]) || Starters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && word is not ("He" or "She" or "They" or "We" or "I"))
            {
                return false;
            }
            if (wordEnd < to && text[wordEnd] == '.')
            {
                wordEnd++;
            }
            i = SkipSpaces(text, wordEnd, to);
        }
        return false;
    }

    private static bool IsStarter(string text, int index, int to)
    {
        if (IsOpener(text[index]))
        {
            return true;
        }
        var end = index;
        while (end < to && char.IsLetter(text[end]))
        {
            end++;
        }
        return end > index && Starters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(index, end - index))
            && char.IsUpper(text[index]);
    }

    // "“" closes German „…“ quotations; "«" closes the German »…« style when it touches the mark.
    private static bool IsCloser(char c) =>
        c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB' or '\u201C' or '\u00AB' or '\u203A' or '\u2039';

    private static bool IsQuoteMark(char c) => c is not (')' or ']');

    private static bool IsOpener(char c) =>
        c is '"' or '\u201C' or '\u00AB' or '\u201E' or '\'' or '\u2018' or '(' or '\u00BB' or '\u2039' or '\u201A';

    private static int SkipWhitespace(string text, int i, int to)
    {
        while (i < to && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int SkipSpaces(string text, int i, int to)
    {
        while (i < to && text[i] is ' ' or '\u00A0' or '\u202F' or '\t')
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
