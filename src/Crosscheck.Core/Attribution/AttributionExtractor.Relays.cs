using Crosscheck.Documents;
using Crosscheck.Entities;

namespace Crosscheck.Attribution;

/// <summary>
/// Relayed quotes: "According to the Daily Ledger, Marenko said the deal would be delayed" or "As the Daily Ledger
/// reported, Marenko said: “We will not sign.”" hold two attributions, the outlet's (outer) and Marenko's (inner).
/// </summary>
/// <remarks>
/// <para>PolNeAR is univocal and marks only the outer relation, so <see cref="DropNested"/> drops the inner one and every
/// pass after it is tuned to that. A reader, and the cross-check, need the inner one: the statement is Marenko's, and
/// the Ledger is where the article took it from. Crediting it to the Ledger made the cross-check report a speaker change
/// between the Ledger's own article and the one relaying it.</para>
/// <para>So the inner quote is set aside when it is dropped (<see cref="NoteRelayed"/>) and put back after the last pass
/// (<see cref="AddRelayedQuotes"/>), next to its outer relation, with <see cref="Quote.RelayedBy"/> naming the relaying
/// source; the outer relation stays, marked <see cref="Quote.Relays"/>. Keeping the outer one (rather than folding it
/// into the inner) leaves every other quote exactly as before: the passes never see the relayed quotes, the scorer
/// skips them (<see cref="Evaluation.Attribution.PredictedAttribution.FromQuotes"/>), and consumers that want one quote
/// per statement skip the relaying one.</para>
/// </remarks>
internal sealed partial class AttributionExtractor
{
    // The quotes DropNested took out of a relaying source's content, in the order it dropped them; null while none.
    private List<Quote>? _relayed;

    /// <summary>
    /// Sets <paramref name="quote"/> aside when <see cref="DropNested"/> drops it from the content of a relation that
    /// relays it: the outer source is a cited outlet, agency or document (not a person) and the inner quote reports
    /// speech by a speaker of its own.
    /// </summary>
    private void NoteRelayed(int index, Quote quote)
    {
        if (quote.Speaker is null || quote.SpeakerSpan is not { } speaker || quote.CueSpan is not { } cue
            || !char.IsLetter(_text[cue.Start]) || !ReportsSpeech(quote)
            || !SpeaksForItself(speaker) || !NamesRelayedSpeaker(speaker))
        {
            return;
        }
        // The same neighbourhood InsideOtherContent searched for the content that holds the cue.
        for (var k = Math.Max(0, index - 8); k < _quotes.Count && k <= index + 4; k++)
        {
            if (k != index && PartsContain(_quotes[k], cue) && _quotes[k].Span.Contains(speaker) && RelaySource(_quotes[k]) is not null)
            {
                (_relayed ??= []).Add(quote);
                return;
            }
        }
    }

    /// <summary>
    /// Whether the nested quote reports words said. A mixed quote counts as speech for <see cref="Quote.Reports"/>
    /// whatever its cue, but one nested in a paper's report is often the paper's own words about a deed ("the team
    /// avoided taking her to the emergency room to “keep the details under wraps”"), so its cue must be a speech cue.
    /// </summary>
    private bool ReportsSpeech(Quote quote) =>
        QuoteReporting.Of(quote.Kind == QuoteKind.Mixed ? quote with { Kind = QuoteKind.Indirect } : quote, _options.CueModel) == Reported.Speech;

    /// <summary>
    /// The citation that makes <paramref name="outer"/> a relay: a named, non-person source cited with "according to"
    /// or a reporting verb, whose phrase holds the outer cue. A person ("according to Ruiz, Marenko said …") keeps the
    /// one attribution, Ruiz's: what a person says another said is that person's claim, not a publication's record.
    /// </summary>
    private Citation? RelaySource(Quote outer)
    {
        if (outer.CueSpan is not { } cue || outer.Kind == QuoteKind.Direct)
        {
            return null;
        }
        foreach (var citation in _citations)
        {
            if (citation.Anonymous || !citation.Span.Overlaps(cue) || citation.Relation is not ("according to" or "reported")
                || citation.SourceSpan is not { } name || (outer.SourceSpan ?? outer.SpeakerSpan) is not { } source || !citation.Span.Overlaps(source)
                || !Relays(name, citation.Relation == "reported"))
            {
                continue;
            }
            return citation;
        }
        return null;
    }

    /// <summary>
    /// Whether a nested speaker phrase can be the speaker of a relayed statement. Inside another's content the rules
    /// read speakers less reliably, and a wrong speaker shown to readers is worse than the outer relation alone: a
    /// place, outlet or organisation ("most voters in Lorton, Sava and Marin say": Marin) or the last conjunct of a
    /// list is the tail of a longer subject, not the speaker. A mark cue ("Tolls: …") is a label, not speech; the caller
    /// checks that.
    /// </summary>
    private bool SpeaksForItself(TextSpan speaker)
    {
        var first = TokenAtOrAfter(speaker.Start);
        if (Is(first - 1, "and") || Is(first - 1, "or") || Is(first - 1, "nor") || Is(first - 1, "of") || Is(first - 1, "in"))
        {
            return false;
        }
        for (var t = first; t < _tokens.Length && _tokens[t].Span.End <= speaker.End; t++)
        {
            if (MentionAt(t) is { Kind: EntityKind.Place or EntityKind.Outlet or EntityKind.Organization })
            {
                return false;
            }
        }
        return true;
    }

    // What a document is called when it is the source a statement came through: "according to court documents".
    private static readonly string[] DocumentNouns =
    [
        "report", "reports", "document", "documents", "statement", "indictment", "filing", "filings", "records", "complaint",
        "affidavit", "transcript", "papers",
    ];

    // A possessive before the source is someone's own account, not a publication: "according to her account".
    private static readonly string[] Possessives = ["his", "her", "their", "its", "my", "our", "your"];

    /// <summary>
    /// Whether the cited name can relay a statement: an outlet or organisation the entity stage knows, a source that
    /// "reported" it, or a document ("according to court documents"); never a person, a possessive ("Trump's", "her
    /// account"), or a loose phrase ("her laws", "Friday's"), which the citation finder accepts more readily.
    /// </summary>
    private bool Relays(TextSpan name, bool reported)
    {
        var first = TokenAtOrAfter(name.Start);
        var last = first;
        var organisation = false;
        for (var t = first; t < _tokens.Length && _tokens[t].Span.End <= name.End; t++)
        {
            switch (MentionAt(t)?.Kind)
            {
                case EntityKind.Person:
                    return false;
                case EntityKind.Outlet or EntityKind.Organization:
                    organisation = true;
                    break;
            }
            last = t;
        }
        var tail = Word(last);
        if (IsOneOf(first, Possessives) || tail.EndsWith("'s", StringComparison.Ordinal) || tail.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return false;
        }
        return organisation || IsOneOf(last, DocumentNouns) || reported && IsCapitalised(first) && IsCapitalised(last);
    }

    /// <summary>
    /// Whether the nested speaker phrase names someone who speaks: a person the entity stage knows, a name written in
    /// capitals ("Marenko", whom a lone surname often leaves unknown to it), a pronoun, or a phrase headed by a role or
    /// group noun ("immigration officials", "one diplomat"). Inside another's content the rules read speakers less
    /// reliably ("The aid announced …", "the forecast calls for …"), and a wrong speaker shown to readers is worse than
    /// the relaying relation alone.
    /// </summary>
    private bool NamesRelayedSpeaker(TextSpan speaker)
    {
        var first = TokenAtOrAfter(speaker.Start);
        var last = first;
        var capitalised = true;
        for (var t = first; t < _tokens.Length && _tokens[t].Span.End <= speaker.End; t++)
        {
            if (MentionAt(t) is { Kind: EntityKind.Person })
            {
                return true;
            }
            if (IsWord(t))
            {
                capitalised &= IsCapitalised(t) && !IsOneOf(t, ArticleWords) && OnlyLetters(Word(t));
                last = t;
            }
        }
        return capitalised || first == last && IsOneOf(first, RelayedPronouns) || IsSpeakerHead(last) && OnlyLetters(Word(last));
    }

    private static readonly string[] ArticleWords = ["the", "a", "an"];
    private static readonly string[] RelayedPronouns = ["he", "she", "they"];

    private static bool OnlyLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-' && c != '.')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Puts back the quotes <see cref="NoteRelayed"/> set aside whose relaying relation survived every pass, each just
    /// after that relation, which is marked <see cref="Quote.Relays"/>. Runs last, so no pass sees them.
    /// </summary>
    private void AddRelayedQuotes()
    {
        if (_relayed is null)
        {
            return;
        }
        foreach (var inner in _relayed)
        {
            var cue = inner.CueSpan!.Value;
            var outer = -1;
            var duplicate = false;
            for (var j = 0; j < _quotes.Count; j++)
            {
                var q = _quotes[j];
                duplicate |= q.CueSpan == cue && q.Span.Overlaps(inner.Span);
                if (outer < 0 && PartsContain(q, cue) && q.Span.Contains(inner.SpeakerSpan!.Value) && !q.Span.Equals(inner.Span))
                {
                    outer = j;
                }
            }
            if (outer < 0 || duplicate || RelaySource(_quotes[outer]) is not { } source)
            {
                continue;
            }
            var relayed = inner;
            if (relayed.Span.End > _quotes[outer].Span.End && relayed.Parts.Count <= 1)
            {
                // "Marenko said the tender failed, the Ledger reported": the inner content ran on over the relay, which
                // the outer content (trimmed by the passes) already ends before.
                var clipped = TextSpan.FromBounds(relayed.Span.Start, _quotes[outer].Span.End);
                if (clipped.Length == 0)
                {
                    continue;
                }
                relayed = relayed with { Span = clipped, Text = TextOf(clipped), Parts = [clipped] };
            }
            _quotes[outer] = _quotes[outer] with { Relays = true };
            var at = outer + 1;
            while (at < _quotes.Count && _quotes[at].RelayedBy is not null && _quotes[at].Span.Start <= inner.Span.Start)
            {
                at++;
            }
            _quotes.Insert(at, relayed with { RelayedBy = source.Source, RelayedBySpan = source.SourceSpan });
        }
    }
}
