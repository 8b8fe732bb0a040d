using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Nouns naming someone by a stance they take: "Ruiz is a vocal supporter of the tolls". Counted in PolNeAR train,
    // "be a/an/the (adjectives) NOUN of/for" is a gold cue in 14 of its 27 uses; "ally", "fan", "sponsor" were not
    // (0 of 4), and are left out.
    private static readonly ListedWords AgentNouns =
    [
        "supporter", "supporters", "advocate", "advocates", "defender", "defenders", "proponent", "proponents", "critic", "critics",
        "backer", "backers", "opponent", "opponents", "architect", "architects", "surrogate", "surrogates", "champion", "champions",
    ];

    private static readonly string[] CopulaForms = ["is", "are", "was", "were", "be", "been", "being"];

    // The modifiers read between the determiner and the noun: "a fervent", "an early and vocal", "the most outspoken".
    private const int MaxAgentNounModifiers = 3;

    /// <summary>
    /// "Ruiz is a vocal supporter of the tolls", "Kovac has long been the chief architect of the plan": PolNeAR marks
    /// the subject as the source, "is a vocal supporter of" as the cue and the object of "of" / "for" as the content.
    /// Only after a form of "be" and a determiner, so "supporters of the plan gathered" reports nothing. Returns whether
    /// a quote was added.
    /// </summary>
    private bool TryAgentNounAttribution(int i)
    {
        // Called at every token: lengths are tested first, as they rule out most tokens without a comparison.
        if (i + 1 >= _tokens.Length || _tokens[i].Span.Length < 6 || _tokens[i + 1].Span.Length is not (2 or 3)
            || !(Is(i + 1, "of") || Is(i + 1, "for")) || !IsLower(i) || !IsOneOf(i, AgentNouns) || InsideRun(_tokens[i].Span.Start))
        {
            return false;
        }
        var k = i - 1;
        while (k >= 0 && k >= i - MaxAgentNounModifiers && IsLower(k) && !Is(k, "a") && !Is(k, "an") && !Is(k, "the") && (Is(k, "and") || !IsFunctionWord(k)) && !IsCueWord(k))
        {
            k--;
        }
        var plural = Word(i).EndsWith('s');
        var determiner = Is(k, "a") || Is(k, "an") || Is(k, "the");
        var copula = determiner ? k - 1 : k;
        // "are vocal critics of": a plural needs no determiner.
        if (!determiner && !plural || copula < 0 || !IsLower(copula) || !IsOneOf(copula, CopulaForms))
        {
            return false;
        }
        var (first, last) = SentenceTokens(_tokenSentence[i]);
        if (copula <= first)
        {
            return false;
        }
        var cue = new CueMatch(copula, i + 1, Word(i).TrimEnd('s').ToString(), CueClass.Speech);
        if (!TryAttribution(cue, first, last, out var speaker, out var venue, out _) || speaker.Last >= cue.First)
        {
            return false;
        }
        for (var g = speaker.Last + 1; g < cue.First; g++)
        {
            // "We need only consider Drinan, who was elected …, and was a staunch supporter of …": the subject of a
            // coordinated predicate is not the sentence's first noun phrase, and is left alone.
            if (IsLower(g) && (Is(g, "and") || Is(g, "but") || Is(g, "or")))
            {
                return false;
            }
        }
        var contentEnd = Math.Min(last, i + MaxContentTokens);
        var contentFirst = i + 2;
        if (contentFirst > contentEnd || !(IsWord(contentFirst) || _tokens[contentFirst].Kind == TokenKind.Number))
        {
            return false;
        }
        // The object noun phrase, up to punctuation, a clause or a finite verb, as for nominal cues.
        var contentLast = contentFirst;
        for (var c = contentFirst + 1; c <= contentEnd && c < contentFirst + MaxNominalContentTokens; c++)
        {
            if (_tokens[c].Kind == TokenKind.Punctuation && !IsAbbreviationDot(c) && !IsAttachedMark(c) || IsOneOf(c, ClauseJoiners) || IsOneOf(c, RunOnClauseOpeners)
                || Is(c, "that") || IsFiniteVerbAfterNoun(c))
            {
                break;
            }
            contentLast = c;
        }
        var content = SpanOf(contentFirst, contentLast);
        if (LastRunOpeningAtOrBefore(content.End) is var r and >= 0 && _runs[r].End > content.Start)
        {
            return false;
        }
        // A modifier the cue model took for a cue ("are both supporters of …" made "both" a cue) has made its own quote
        // of the same words; this reading replaces it.
        var cueSpan = TextSpan.FromBounds(_tokens[copula].Span.Start, _tokens[i + 1].Span.End);
        for (var q = _quotes.Count - 1; q >= _directCount && q >= _quotes.Count - 3; q--)
        {
            if (_quotes[q].Kind == QuoteKind.Indirect && _quotes[q].CueSpan is { } other && cueSpan.Start <= other.Start && other.End <= cueSpan.End)
            {
                _quotes.RemoveAt(q);
            }
        }
        AddQuote(content, QuoteKind.Indirect, cue, speaker, venue, null, _tokens[copula].Span.Start);
        return true;
    }
}
