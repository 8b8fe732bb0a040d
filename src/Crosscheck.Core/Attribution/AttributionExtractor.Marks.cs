using Crosscheck.Documents;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    private const int MaxSingleQuoteLength = 300;

    /// <summary>How many paragraphs without quotation marks a quotation may run through to its closing mark.</summary>
    private const int MaxUnmarkedParagraphs = 3;

    /// <summary>The longest quotation, in characters, kept without its closing mark (a stray mark opens nothing).</summary>
    private const int MaxUnclosedLength = 2000;

    // Two apostrophes ('') stand for a double quotation mark in some wire and archive text.
    private const char DoubleApostrophe = '\u0001';

    // Every character IsOpener can accept, and every one IsCloser can, whatever the opening mark.
    private static readonly System.Buffers.SearchValues<char> OpenerMarks = System.Buffers.SearchValues.Create("\"\u201C\u201E\u00AB\u201D'\u2018");
    private static readonly System.Buffers.SearchValues<char> CloserMarks = System.Buffers.SearchValues.Create("\"\u201D\u201C\u00BB'\u2019");

    // Every double quotation mark, opening or closing: what a paragraph that lost its opening marks is searched for.
    private static readonly System.Buffers.SearchValues<char> DoubleMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB");

    private bool IsDoubleApostrophe(int i) => _text[i] == '\'' && i + 1 < _text.Length && _text[i + 1] == '\'';

    /// <summary>Pairs quotation marks paragraph by paragraph into runs of quoted text.</summary>
    /// <remarks>
    /// A paragraph left open continues when the next paragraph starts with an opening mark of the same family (the
    /// news convention for multi-paragraph quotes). A double-mark quotation left open otherwise also continues when
    /// one of the next <see cref="MaxUnmarkedParagraphs"/> paragraphs closes it before any mark opens a new one (the
    /// re-opening marks were lost, as in many scraped pages); failing that, it ends with its own paragraph, if it is
    /// no longer than <see cref="MaxUnclosedLength"/> characters. An unclosed single mark is dropped. Single marks
    /// count only when they look like quotation marks, so apostrophes ("don't", "the Serbs' demands") do not open or
    /// close.
    /// </remarks>
    private List<QuoteRun> ScanQuoteMarks()
    {
        var runs = new List<QuoteRun>();
        var paragraphs = ParagraphSpans();
        QuoteRun? pending = null;
        var pendingUnmarked = '\0';
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, end) = paragraphs[p];
            var i = start;
            if (pending is not null && pendingUnmarked == '\0')
            {
                // A continued quote re-opens with a mark at the start of this paragraph.
                if (IsOpener(_text[i], i, out var single) && single == pending.Single)
                {
                    i += IsDoubleApostrophe(i) ? 2 : 1;
                }
                else
                {
                    pending = null;
                }
            }
            var open = pending is not null;
            var openChar = !open ? '\0'
                : pendingUnmarked != '\0' ? pendingUnmarked
                : IsDoubleApostrophe(paragraphs[p].Start) ? DoubleApostrophe : _text[paragraphs[p].Start];
            pendingUnmarked = '\0';
            var contentStart = i;
            var current = pending;
            pending = null;
            for (; i < end; i++)
            {
                // Jump to the next character that can open (or close) a quotation: IsOpener and IsCloser answer no at
                // every other one, and a single quotation still closes at its length limit.
                var limit = !open ? end : current!.Single ? Math.Min(end, contentStart + MaxSingleQuoteLength + 1) : end;
                if (i < limit)
                {
                    var next = _text.AsSpan(i, limit - i).IndexOfAny(open ? CloserMarks : OpenerMarks);
                    i = next < 0 ? limit : i + next;
                    if (i >= end)
                    {
                        break;
                    }
                }
                var c = _text[i];
                if (!open)
                {
                    if (IsOpener(c, i, out var single))
                    {
                        open = true;
                        openChar = IsDoubleApostrophe(i) ? DoubleApostrophe : c;
                        current = new QuoteRun { OpenMark = i, Single = single };
                        if (openChar == DoubleApostrophe)
                        {
                            i++;
                        }
                        contentStart = i + 1;
                    }
                    continue;
                }
                if (current!.Single && i - contentStart > MaxSingleQuoteLength)
                {
                    open = false;
                    current = null;
                    continue;
                }
                if (IsCloser(c, i, openChar, end))
                {
                    AddPart(current, contentStart, i);
                    if (openChar == DoubleApostrophe)
                    {
                        i++;
                    }
                    current.End = i + 1;
                    if (current.Parts.Count > 0)
                    {
                        runs.Add(current);
                    }
                    open = false;
                    current = null;
                }
            }
            if (open && current is not null && p + 1 < paragraphs.Count && IsOpener(_text[paragraphs[p + 1].Start], paragraphs[p + 1].Start, out var nextSingle) && nextSingle == current.Single)
            {
                AddPart(current, contentStart, end);
                pending = current;
            }
            else if (open && current is not null && !current.Single && openChar != DoubleApostrophe)
            {
                AddPart(current, contentStart, end);
                if (UnmarkedContinuation(paragraphs, p, openChar) is var closing and > 0)
                {
                    // The quotation goes on in paragraphs that lost their opening marks: take the whole paragraphs
                    // between, then scan the closing one as open from its start.
                    for (var q = p + 1; q < closing; q++)
                    {
                        AddPart(current, paragraphs[q].Start, paragraphs[q].End);
                    }
                    pending = current;
                    pendingUnmarked = openChar;
                    p = closing - 1;
                }
                else if (current.Parts.Count > 0 && current.Parts[^1].End - current.Parts[0].Start <= MaxUnclosedLength)
                {
                    current.End = current.Parts[^1].End;
                    runs.Add(current);
                }
            }
        }
        return runs;
    }

    /// <summary>
    /// The paragraph after <paramref name="p"/> (within <see cref="MaxUnmarkedParagraphs"/>) whose first quotation mark
    /// closes a quotation opened by <paramref name="openChar"/>, with no mark in the paragraphs between; -1 when a mark
    /// that opens comes first, or none comes.
    /// </summary>
    private int UnmarkedContinuation(List<(int Start, int End)> paragraphs, int p, char openChar)
    {
        for (var q = p + 1; q < paragraphs.Count && q <= p + MaxUnmarkedParagraphs; q++)
        {
            var (start, end) = paragraphs[q];
            if (end - paragraphs[p + 1].Start > MaxUnclosedLength)
            {
                return -1;
            }
            var next = _text.AsSpan(start, end - start).IndexOfAny(DoubleMarks);
            if (next < 0)
            {
                continue;
            }
            // A mark against the preceding word closes; one after a space or at the start opens a new quotation.
            var i = start + next;
            return i > start && !char.IsWhiteSpace(_text[i - 1]) && IsCloser(_text[i], i, openChar, end) ? q : -1;
        }
        return -1;
    }

    private void AddPart(QuoteRun run, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            run.Parts.Add(TextSpan.FromBounds(start, end));
        }
    }

    private List<(int Start, int End)> ParagraphSpans()
    {
        var spans = new List<(int, int)>();
        for (var s = 0; s < _sentences.Length; s++)
        {
            var sentence = _sentences[s];
            if (spans.Count > 0 && _sentences[s - 1].Paragraph == sentence.Paragraph)
            {
                spans[^1] = (spans[^1].Item1, sentence.Span.End);
            }
            else if (sentence.Span.Length > 0)
            {
                spans.Add((sentence.Span.Start, sentence.Span.End));
            }
        }
        return spans;
    }

    private bool IsOpener(char c, int i, out bool single)
    {
        single = false;
        switch (c)
        {
            case '"' or '\u201C' or '\u201E' or '\u00AB':
                return i + 1 < _text.Length && !char.IsWhiteSpace(_text[i + 1]);
            case '\u201D':
                // A right mark typed for a left one ("”This is why …,” said Ruiz"): it opens only at a boundary and
                // before a letter or digit, where no quotation can be closing.
                return (i == 0 || char.IsWhiteSpace(_text[i - 1]) || _text[i - 1] is '(' || char.GetUnicodeCategory(_text[i - 1]) == System.Globalization.UnicodeCategory.Format)
                    && i + 1 < _text.Length && char.IsLetterOrDigit(_text[i + 1]);
            case '\'' when IsDoubleApostrophe(i):
                return i + 2 < _text.Length && !char.IsWhiteSpace(_text[i + 2]);
            case '\'' or '\u2018':
                single = true;
                if (IsElidedYear(i))
                {
                    return false;
                }
                // Opens only after a boundary and before a letter or digit: "'We will fight'" but not "don't".
                return (i == 0 || char.IsWhiteSpace(_text[i - 1]) || _text[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '"' or '\u201C' or ':')
                    && i + 1 < _text.Length && char.IsLetterOrDigit(_text[i + 1]);
            default:
                return false;
        }
    }

    /// <summary>An apostrophe for a year's elided century ("in ‘08", "the '80s"), which opens no quotation.</summary>
    private bool IsElidedYear(int i) =>
        i + 2 < _text.Length && char.IsAsciiDigit(_text[i + 1]) && char.IsAsciiDigit(_text[i + 2])
        && (i + 3 >= _text.Length || !char.IsLetterOrDigit(_text[i + 3]) || _text[i + 3] == 's' && (i + 4 >= _text.Length || !char.IsLetterOrDigit(_text[i + 4])));

    /// <summary>
    /// Whether a left mark at <paramref name="i"/> closes an open quotation, typed for a right one ("“It's unusual,“
    /// said Ruiz"): it sits against the quoted word and before a space, a mark or the end, where no quotation opens.
    /// </summary>
    private bool IsLeftMarkClosing(int i) =>
        i > 0 && !char.IsWhiteSpace(_text[i - 1]) && (i + 1 >= _text.Length || !char.IsLetterOrDigit(_text[i + 1]) && _text[i + 1] is not ('"' or '\u201C' or '\'' or '\u2018'));

    private bool IsCloser(char c, int i, char openChar, int paragraphEnd)
    {
        switch (openChar)
        {
            case '"':
                return c is '"' or '\u201D';
            case '\u201C' or '\u201D':
                return c is '\u201D' or '"' || c == '\u201C' && IsLeftMarkClosing(i);
            case '\u201E':
                return c is '\u201C' or '\u201D';
            case '\u00AB':
                return c == '\u00BB';
            case DoubleApostrophe:
                // "'''" closes an inner single quotation and then the double one: the last two marks close.
                return IsDoubleApostrophe(i) && !(i + 2 < _text.Length && _text[i + 2] == '\'');
            case '\'' or '\u2018':
                if (c is not ('\'' or '\u2019') || char.IsWhiteSpace(_text[i - 1]))
                {
                    return false;
                }
                if (i + 1 < _text.Length && char.IsLetterOrDigit(_text[i + 1]))
                {
                    return false; // an inner apostrophe: "don't"
                }
                // "the Serbs' demands": a plural possessive before a word, when a later mark can still close.
                if (_text[i - 1] is 's' or 'S' && i + 2 < _text.Length && char.IsWhiteSpace(_text[i + 1]) && char.IsLetter(_text[i + 2]))
                {
                    for (var j = i + 1; j < paragraphEnd; j++)
                    {
                        if (_text[j] is '\'' or '\u2019' && (j + 1 >= _text.Length || !char.IsLetterOrDigit(_text[j + 1])) && !char.IsWhiteSpace(_text[j - 1]))
                        {
                            return false;
                        }
                    }
                }
                return true;
            default:
                return false;
        }
    }
}
