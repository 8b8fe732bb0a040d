using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // How many tokens of the sentence may come before the quotation for them to be read as its lead-in.
    private const int MaxMixedLeadTokens = 40;

    // Words that open a fronted adverbial clause or phrase: a lead-in that starts with one frames the quotation.
    private static readonly string[] MixedLeadFrames = ["when", "while", "as", "after", "before", "although", "though", "because", "since", "until", "unless", "even", "rather", "under", "once", "whether", "despite", "during"];

    /// <summary>
    /// Whether the quotation ends with a comma, inside or right after its closing mark: "… was “a disgrace,” Ruiz said".
    /// Without one the words after it go on with the sentence ("the “loopholes” Kovac cited are …").
    /// </summary>
    private bool ClosesWithComma(QuoteRun run)
    {
        var last = run.Parts[^1];
        if (last.Length > 0 && _text[last.End - 1] == ',')
        {
            return true;
        }
        var after = TokenAtOrAfter(run.End);
        return after < _tokens.Length && IsPunct(after, ',') && _tokens[after].Span.Start == run.End;
    }

    /// <summary>
    /// The first token of a writer's lead-in that a quotation attributed after it completes: in "The new ferry was
    /// “a disgrace to the harbour,” Ruiz said." the speaker's claim is the whole sentence up to the cue, and PolNeAR
    /// marks it so (a mixed quote); the quoted words alone are a fragment ("a disgrace to the harbour"). -1 when the
    /// quotation opens its sentence, or when the words before it are not a plain lead-in: a cue word or "that" (a
    /// reported clause of its own, "Kovac said Ruiz “…,”"), another quotation, or a colon, semicolon, dash or
    /// bracket (a second clause the annotators cut off). The quotation must close with a comma before its credit and
    /// start in lower case: a capitalised one is a title or a sentence of its own ("the document, “Pax in Portu,”").
    /// </summary>
    private int MixedLeadStart(QuoteRun run)
    {
        var open = TokenAtOrAfter(run.OpenMark);
        if (open >= _tokens.Length || open == 0 || !ClosesWithComma(run) || !OpensMidClause(run))
        {
            return -1;
        }
        var first = SentenceTokens(_tokenSentence[open]).First;
        if (open - first < 2 || open - first > MaxMixedLeadTokens || ParagraphOfOffset(_tokens[first].Span.Start) != ParagraphOfOffset(run.OpenMark))
        {
            return -1;
        }
        // A fronted adverbial ("When the ferry sank “in the night,” Ruiz said", "Adding, rather oddly, “…,”") is the
        // writer's frame, not the claim; "And"/"But" before it change nothing.
        var head = Is(first, "and") || Is(first, "but") ? first + 1 : first;
        if (IsOneOf(head, MixedLeadFrames) || IsWord(head) && Word(head).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        var words = 0;
        for (var k = first; k < open; k++)
        {
            if (_tokens[k].Kind == TokenKind.Punctuation)
            {
                if (!(IsPunct(k, ',') || IsAbbreviationDot(k) || IsAttachedMark(k) || IsPunct(k, '\'') || IsPunct(k, '\u2019')))
                {
                    return -1;
                }
                continue;
            }
            if (IsWord(k))
            {
                words++;
                if (Is(k, "that") || IsLower(k) && IsCueWord(k))
                {
                    return -1;
                }
            }
            if (InsideRun(_tokens[k].Span.Start))
            {
                return -1;
            }
        }
        return words >= 2 ? first : -1;
    }

    /// <summary>
    /// Whether a quote is direct, or a mixed quote of a lead-in and the quotation that completes it, credited after the
    /// quotation (<see cref="MixedLeadStart"/>): a cue-less quotation after it goes on with it as after a direct one
    /// ("The ferry was “a disgrace,” Ruiz said. “It leaks.”").
    /// </summary>
    private bool ReadsAsDirect(Quote quote) =>
        quote.Kind == QuoteKind.Direct
        || quote.Kind == QuoteKind.Mixed && quote.CueSpan is { } cue && cue.Start >= quote.Span.End && quote.Span.Length > 0
            && _text[quote.Span.End - 1] is '\u201D' or '"';

    /// <summary>
    /// Whether the quotation's first word can go on with the lead-in: a lower-case word, or a name ("… but “Vell
    /// has the fewest ferry users,” Kos said"). Another capitalised word opens a title or a sentence of its own
    /// ("“Pax in Portu,”", "“Yeah, I know,”").
    /// </summary>
    private bool OpensMidClause(QuoteRun run)
    {
        var start = run.Parts[0].Start;
        if (char.IsLower(_text[start]))
        {
            return true;
        }
        var first = TokenAtOrAfter(start);
        return first < _tokens.Length && _tokens[first].Span.Start == start && MentionAt(first) is { } mention && mention.Span.Start == start;
    }
}
