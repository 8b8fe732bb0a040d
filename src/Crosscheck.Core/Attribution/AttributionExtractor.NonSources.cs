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
    private static readonly ListedWords NonSourceWords =
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

    /// <summary>
    /// Drops the quotes whose cue is an act in its act's frame (<see cref="IsActionFrame"/>) or a noun before a copula
    /// (<see cref="IsNounBeforeCopula"/>). Runs before <see cref="DropNested"/>, so a quote inside such a non-quote's
    /// content ("… is threatened with collapse, and voices … are now echoing Viganò’s call for …") is not dropped
    /// with it.
    /// </summary>
    private void DropActFrames()
    {
        var keep = 0;
        for (var q = 0; q < _quotes.Count; q++)
        {
            if (!IsActionFrame(_quotes[q]) && !IsNounBeforeCopula(_quotes[q]))
            {
                _quotes[keep++] = _quotes[q];
            }
        }
        _quotes.RemoveRange(keep, _quotes.Count - keep);
    }

    // Verbs the learned cues take as speech that are acts in some frames: "admitted the cleric into the country",
    // "was admitted to a clinic", "is threatened with collapse", "I have read the report".
    private static readonly string[] AdmitForms = ["admit", "admits", "admitted", "admitting"];
    private static readonly string[] ThreatenForms = ["threaten", "threatens", "threatened", "threatening"];
    private static readonly string[] ReadForms = ["read", "reads", "reading"];
    private static readonly string[] ReaderAuxiliaries = ["can", "could", "will", "would", "may", "might", "must", "should", "have", "has", "had", "to"];
    private static readonly string[] ReaderPronouns = ["i", "we", "you", "they"];
    private static readonly string[] AdmitClauseOpeners = ["he", "she", "they", "we", "i", "it", "you", "there", "this"];
    private static readonly string[] AdmitClauseVerbs = ["had", "has", "have", "did", "does", "do", "would", "could", "will", "can", "should", "may", "might", "let", "let's"];

    /// <summary>
    /// Whether a quote's cue is a verb of act read in an act's frame, its content the verb's plain object: a reader
    /// ("I have read the memo", "Americans can read the manual online") is no source of what they read, which takes a
    /// colon or a quotation ("The sign read: …", "…,” it read"); a state that admits someone "into" a country, a
    /// patient "admitted to" a clinic and a passive threat ("is threatened with collapse") report no words.
    /// "Admitted that …", "admitted to firing", "threatened to resign" and "The judge read his decision" stand.
    /// </summary>
    private bool IsActionFrame(Quote quote)
    {
        if (quote.CueSpan is not { } cueSpan)
        {
            return false;
        }
        var cue = TokenAtOrAfter(cueSpan.Start);
        var cueLast = TokenAtOrAfter(cueSpan.End) - 1;
        var content = TokenAtOrAfter(quote.Span.Start);
        var contentLast = TokenAtOrAfter(quote.Span.End) - 1;
        if (cue >= _tokens.Length || content <= cueLast || contentLast < content)
        {
            return false; // the content is before the cue: "“…,” it read"
        }
        var adjacent = content == cueLast + 1;
        if (IsOneOf(cue, ReadForms))
        {
            // "The judge read his decision" reads words out, which annotators mark; "I have read the memo", "we read
            // these schemas", "Americans can read the manual" take them in.
            return adjacent && IsWord(content) && !Is(content, "that") && (IsReaderPronoun(quote.SpeakerSpan) || IsOneOf(cue - 1, ReaderAuxiliaries));
        }
        if (IsOneOf(cue, ThreatenForms))
        {
            // "The regime is threatened with collapse": a passive threat of a thing has no threatener; "Iran will
            // threaten Israel with bombs" is a threat annotators mark.
            var be = cue - 1;
            if (IsLower(be) && Word(be).EndsWith("ly", StringComparison.Ordinal) || Is(be, "now") || Is(be, "also"))
            {
                be--;
            }
            return content == cueLast + 2 && Is(cueLast + 1, "with") && IsOneOf(be, CopulaForms);
        }
        if (IsOneOf(cue, AdmitForms) && adjacent)
        {
            if (Is(content, "to"))
            {
                // "was admitted to a clinic"; "admitted to firing the gun" is an admission.
                return IsOneOf(cue - 1, CopulaForms) && !(IsLower(content + 1) && Word(content + 1).EndsWith("ing", StringComparison.Ordinal));
            }
            if (Is(content, "that") || !IsWord(content) || IsOneOf(content, AdmitClauseOpeners))
            {
                return false;
            }
            // The object and then "into": a clause ("he had brought them into …") has a verb before it.
            for (var k = content; k <= contentLast && k <= content + 8; k++)
            {
                if (Is(k, "into"))
                {
                    return true;
                }
                if (IsOneOf(k, CopulaForms) || IsOneOf(k, AdmitClauseVerbs) || IsLower(k) && Word(k).EndsWith("ed", StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }
        return false;
    }

    private static readonly string[] PlainCopulas = ["is", "are", "was", "were"];

    /// <summary>
    /// "Ruiz’s claims were confirmed last week": a cue word after a possessive whose content opens with "is", "are",
    /// "was" or "were" right after it is a plural noun, the subject of that verb, and its possessor no source of
    /// anything. "Ruiz’s claims are that …" (a statement's content after the copula) stands.
    /// </summary>
    private bool IsNounBeforeCopula(Quote quote)
    {
        if (quote.CueSpan is not { } cueSpan)
        {
            return false;
        }
        var cueLast = TokenAtOrAfter(cueSpan.End) - 1;
        var content = TokenAtOrAfter(quote.Span.Start);
        if (content != cueLast + 1 || !IsOneOf(content, PlainCopulas))
        {
            return false;
        }
        // "Which Carlson claims is from a helicopter", "those she claims were there": a verb whose object moved ahead of
        // it reads the same, so only a possessor before the word makes it a noun.
        var possessive = quote.SpeakerSpan is { } mention && (_text.AsSpan(mention.Start, mention.Length).EndsWith("'s", StringComparison.Ordinal)
            || _text.AsSpan(mention.Start, mention.Length).EndsWith("’s", StringComparison.Ordinal));
        return possessive && IsLower(cueLast) && Word(cueLast).EndsWith("s", StringComparison.Ordinal) && !Is(content + 1, "that");
    }

    private bool IsReaderPronoun(TextSpan? mention)
    {
        if (mention is not { } m)
        {
            return false;
        }
        var k = TokenAtOrAfter(m.Start);
        return k < _tokens.Length && _tokens[k].Span == m && IsOneOf(k, ReaderPronouns);
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
        if (k >= _tokens.Length || _tokens[k].Span.Start != span.Start)
        {
            return false;
        }
        // The span's shape first: most sources are longer than a word, and the two lists hold 59 words to compare.
        var oneWord = _tokens[k].Span.End == span.End
            || k + 1 < _tokens.Length && _tokens[k + 1].Span.End == span.End && Attached(k + 1) && Is(k, "let") && (Is(k + 1, "'s") || Is(k + 1, "’s"));
        return oneWord && (IsOneOf(k, NonSourceWords) || IsOneOf(k, VerbLikeWords));
    }
}
