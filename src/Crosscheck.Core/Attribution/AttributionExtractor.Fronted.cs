namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Subordinators that open a participle clause before its sentence's subject: "After thanking the crowd, Kovac …".
    private static readonly string[] FrontedSubordinators = ["after", "before", "while", "since", "despite", "by", "without", "upon", "when", "besides"];

    // Sentence-initial conjunctions a fronted clause may follow ("But after praising the plan, Ruiz …").
    private static readonly string[] FrontedLeadIns = ["but", "and", "yet", "so", "still", "then"];

    // How far the fronted clause may run before the comma that closes it.
    private const int MaxFrontedClauseTokens = 50;

    /// <summary>
    /// A participle cue in a clause that opens the sentence, with its subject after the clause: "After praising the
    /// plan, Kovac said …", "While discussing the vote on Vodena TV, Senator Ana Ruiz warned …", "In addition to
    /// stating that the tolls were illegal, Ruiz has vowed …". The participle's object up to the comma before the
    /// subject is the content, and that subject (the main clause's) is the source. Null when the participle does not
    /// follow a subordinator at the start of the sentence (or after a comma), or when no comma in the next
    /// <see cref="MaxFrontedClauseTokens"/> tokens is followed by a speaker phrase and a verb.
    /// </summary>
    private (int First, int Last, SpeakerPhrase Speaker, CueMatch Cue)? FrontedParticiple(CueMatch cue, int floor, int contentEnd)
    {
        if (cue.First != cue.Last || !IsLower(cue.First) || !Word(cue.First).EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }
        var s = cue.First - 1;
        while (s > floor && s >= cue.First - 2 && IsLower(s) && Word(s).EndsWith("ly", StringComparison.Ordinal))
        {
            s--; // "after publicly criticizing"
        }
        int opener;
        if (IsOneOf(s, FrontedSubordinators))
        {
            opener = s;
        }
        else if (Is(s, "to") && Is(s - 1, "addition") && Is(s - 2, "in"))
        {
            opener = s - 2; // "In addition to stating …"
        }
        else
        {
            return null;
        }
        if (!(opener == floor || opener - 1 == floor && IsOneOf(floor, FrontedLeadIns) || opener - 1 > floor && IsPunct(opener - 1, ',')))
        {
            return null;
        }
        var first = cue.Last + 1;
        if (PrepositionalObject(first, contentEnd))
        {
            cue = cue with { Last = first }; // "while commenting on …": the preposition belongs to the cue
            first++;
        }
        if (first > contentEnd || !IsWord(first) && RunOpeningAt(first) is null)
        {
            return null;
        }
        for (var c = first + 1; c < contentEnd && c <= first + MaxFrontedClauseTokens; c++)
        {
            if (IsPunct(c, ';') || IsPunct(c, ':') || IsPunct(c, '.') && !IsAbbreviationDot(c) || IsPunct(c, '?') || IsPunct(c, '!'))
            {
                return null;
            }
            if (!IsPunct(c, ','))
            {
                continue;
            }
            // The subject after the comma must be followed by its verb: "…, Kovac said", "…, the senator has vowed".
            if (ParseSpeakerForward(c + 1, contentEnd) is { } subject && SkipParenthesisForward(subject.Last + 1, contentEnd) is var verb && verb <= contentEnd
                && IsLower(verb) && !IsOneOf(verb, ClauseOpeners) && !IsOneOf(verb, RunOnJoiners)
                && (IsOneOf(verb, FiniteAuxiliaries) || IsCueWord(verb) || Word(verb).EndsWith("ed", StringComparison.Ordinal)
                    || IsAuxiliary(verb) && IsLower(verb + 1) && (IsCueWord(verb + 1) || Word(verb + 1).EndsWith("ed", StringComparison.Ordinal))))
            {
                return c - 1 > first ? (first, c - 1, subject, cue) : null;
            }
        }
        return null;
    }
}
