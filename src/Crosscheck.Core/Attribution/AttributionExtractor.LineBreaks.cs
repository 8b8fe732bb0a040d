using Crosscheck.Documents;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// Ends a reported (not directly quoted) content that follows its cue at a line break when the next line opens in
    /// lower case: such a line is no new sentence of the report but page furniture or a widget the text extraction
    /// kept ("… American life.” / take our poll - story continues below / Whom do you consider …"). A content that
    /// would be left empty stays as it is. Linear in the content's length; runs after the quote filter, with the
    /// source-edge pass.
    /// </summary>
    private void EndContentsAtFragments()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (quote.Kind == QuoteKind.Direct || quote.Parts.Count > 1 || quote.CueSpan is not { } cue
                || cue.End > quote.Span.Start || FragmentBreak(quote.Span) is not { } end)
            {
                continue;
            }
            var content = TextSpan.FromBounds(quote.Span.Start, end);
            _quotes[q] = quote with { Span = content, Text = TextOf(content), Parts = [content] };
        }
    }

    /// <summary>
    /// Takes footnote furniture off a content's edges: a reference mark closing it ("… their way[2]", "… to do,[1]")
    /// and a section rule opening it ("* * *" on its own line). Neither is anything the source said.
    /// </summary>
    private void TrimFootnoteMarks()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (quote.Parts.Count > 1)
            {
                continue;
            }
            var text = _text.AsSpan(quote.Span.Start, quote.Span.Length);
            var start = 0;
            var end = text.Length;
            // A line of asterisks (and spaces) before the first line break.
            var lineEnd = text.IndexOf('\n');
            if (lineEnd > 0 && text[..lineEnd].Trim().Length > 0 && !text[..lineEnd].ContainsAnyExcept(" *\t\r"))
            {
                start = lineEnd + 1;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
            }
            // "[12]" attached to the last word or mark.
            if (end - start > 3 && text[end - 1] == ']')
            {
                var open = end - 2;
                while (open > start && char.IsAsciiDigit(text[open]))
                {
                    open--;
                }
                if (open < end - 2 && text[open] == '[' && open > start && !char.IsWhiteSpace(text[open - 1]))
                {
                    end = open;
                }
            }
            if (start == 0 && end == text.Length || end - start < 3)
            {
                continue;
            }
            var content = new TextSpan(quote.Span.Start + start, end - start);
            _quotes[q] = quote with { Span = content, Text = TextOf(content), Parts = [content] };
        }
    }

    /// <summary>
    /// Where the content should end: before the first line break inside it that closes a sentence (<see
    /// cref="EndsSentence"/>) and is followed (after blank lines and spaces) by a lower-case letter, with the spaces
    /// before the break dropped; null when there is none.
    /// </summary>
    private int? FragmentBreak(TextSpan content)
    {
        var text = _text.AsSpan(content.Start, content.Length);
        // Every line break of one run of blank lines and spaces leads to the same next character and the same line end
        // before the run, so the search goes on after the run: a content of many blank lines stays linear.
        for (var i = text.IndexOf('\n'); i >= 0; i = NextLineBreak(text, i))
        {
            var j = i;
            while (j < text.Length && char.IsWhiteSpace(text[j]))
            {
                j++;
            }
            var run = i;
            i = j - 1;
            if (j >= text.Length || !char.IsLower(text[j]))
            {
                continue;
            }
            var end = run;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            if (end > 0 && EndsSentence(text[..end]))
            {
                return content.Start + end;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a line ends a sentence: its last character (closing quotation marks aside) is ".", "!", "?" or ":",
    /// and its last word is no abbreviation with inner periods ("i.e.", "F.B.I.") nor a lone "." of a spaced
    /// ellipsis, after which one-sentence-per-line texts break a sentence in two.
    /// </summary>
    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is '”' or '"' or '’' or '\'')
        {
            end--;
        }
        if (end == 0 || line[end - 1] is not ('.' or '!' or '?' or ':'))
        {
            return false;
        }
        var word = line[..end];
        var space = word.LastIndexOfAny(' ', '\n', '\t');
        word = word[(space + 1)..];
        return word.Length > 1 && word[..^1].IndexOf('.') < 0;
    }

    private static int NextLineBreak(ReadOnlySpan<char> text, int i) =>
        text[(i + 1)..].IndexOf('\n') is var next and >= 0 ? i + 1 + next : -1;
}
