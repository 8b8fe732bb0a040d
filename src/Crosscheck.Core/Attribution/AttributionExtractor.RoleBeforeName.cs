namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // The longest role phrase read before a set-off name after a quotation ("the director of the Lorton Port Authority").
    private const int MaxRoleBeforeNameTokens = 12;

    /// <summary>
    /// The name after a role phrase that opens the attribution right after a quotation, set off by commas before its
    /// cue: "“…,” [the chairman of the harbour board], Ivo Brenner, said", "“…,” his wife, Dora Vance, wrote". The
    /// speaker rules read the role phrase alone and found no cue after it, so no direct quote was made and the
    /// post-posed reading took the quotation and the role phrase together as an indirect content. The role phrase must
    /// pass <see cref="SetOffRoleStart"/> (a determiner or a possessive, a lower-case noun, no cue), which also joins
    /// it to the source after the quote filter. Null when the shape is not there.
    /// </summary>
    private SpeakerPhrase? NameAfterRolePhrase(int i, int limit, out CueMatch cue)
    {
        cue = default;
        if (!IsLower(i) || !QuotationOpensSentenceBefore(i))
        {
            return null;
        }
        var comma = -1;
        for (var k = i + 1; k <= limit && k - i <= MaxRoleBeforeNameTokens; k++)
        {
            if (IsPunct(k, ','))
            {
                comma = k;
                break;
            }
        }
        if (comma < 0 || !IsCapitalised(comma + 1) || SetOffRoleStart(comma - 1, i) != i
            || ParseSpeakerForward(comma + 1, limit) is not { Kind: SpeakerKind.Name } name || !IsPunct(name.Last + 1, ','))
        {
            return null;
        }
        var verb = name.Last + 2;
        while (verb <= limit && verb <= name.Last + 4 && IsAuxiliary(verb))
        {
            verb++;
        }
        return verb <= limit && TryCue(verb, out cue) && cue.Class != CueClass.Intent ? name : null;
    }

    /// <summary>
    /// Whether the quotation that ends before token <paramref name="i"/> opens its sentence: a word quoted inside a
    /// clause ("… than for the role of ''provider,'' a study by …, concluded") is not what the attribution after it said.
    /// </summary>
    private bool QuotationOpensSentenceBefore(int i)
    {
        var r = LastRunOpeningAtOrBefore(_tokens[i].Span.Start);
        if (r < 0 || _runs[r].End > _tokens[i].Span.Start)
        {
            return false;
        }
        var open = TokenAtOrAfter(_runs[r].OpenMark);
        return open < _tokens.Length && open == SentenceTokens(_tokenSentence[open]).First;
    }
}
