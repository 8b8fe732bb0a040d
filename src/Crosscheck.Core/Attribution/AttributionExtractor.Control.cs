namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Verbs that make their object the subject of the infinitive after it ("prompted Ruiz to call for …", "left many
    // to wonder whether …"). Verbs that are cues themselves ("urged X to …", "pressed X to …") are not here: their own
    // subject is the source and "X to …" the content.
    private static readonly string[] ControlVerbs =
    [
        "prompted", "prompting", "prompts", "prompt", "led", "leading", "leads", "caused", "causing", "causes", "drove", "driving",
        "drives", "forced", "forcing", "forces", "leaving", "leaves", "left", "allowed", "allowing", "allows", "allow", "permitted",
        "permitting", "enabled", "enabling", "inspired", "inspiring", "spurred", "spurring",
    ];

    /// <summary>
    /// The object of a control verb before the cue's "to": "The vote prompted Kollar to call for a recount" (Kollar is
    /// the source and "to call for" the cue, as PolNeAR marks it). The object is an object pronoun or a noun phrase right
    /// after the verb and right before "to". Null when the cue does not follow such a frame.
    /// </summary>
    private SpeakerPhrase? ControlledSubject(CueMatch cue, int first)
    {
        var to = cue.First - 1;
        if (!Is(to, "to") || to - 2 < first || !IsLower(cue.First))
        {
            return null;
        }
        for (var v = to - 2; v >= first && v >= to - 6; v--)
        {
            if (!IsWord(v) && !IsAbbreviationDot(v))
            {
                return null;
            }
            if (!IsLower(v) || !IsOneOf(v, ControlVerbs))
            {
                continue;
            }
            var obj = v + 1;
            if (obj == to - 1 && IsOneOf(obj, ObjectPronouns) && !Is(obj, "it") && !Is(obj, "this") && !Is(obj, "there") && !Is(obj, "here"))
            {
                var own = _tokens[obj].Span;
                return new SpeakerPhrase(obj, obj, own, SpeakerKind.Pronoun, own);
            }
            if (ParseSpeakerForward(obj, to - 1) is { } phrase && phrase.First == obj && phrase.Last == to - 1)
            {
                return phrase;
            }
            return ParseNounPhraseBackward(to - 1, obj) is { } np && np.First == obj ? np : null;
        }
        return null;
    }

    /// <summary>
    /// Adds the quote of a cue after a control verb's object ("The vote prompted Kollar to call for a recount": the
    /// object is the source, "to" opens the cue, what follows the verb is the content). Returns whether the frame held.
    /// </summary>
    private bool TryControlledInfinitive(CueMatch cue, int first, int contentEnd)
    {
        if (ControlledSubject(cue, first) is not { } controlled)
        {
            return false;
        }
        var controlledLast = ContentEndBeforeParticipleCue(cue.Last + 1, contentEnd);
        if (controlledLast > cue.Last && IsWord(cue.Last + 1) && !InsideRun(_tokens[cue.Last + 1].Span.Start))
        {
            AddQuote(SpanOf(cue.Last + 1, controlledLast), QuoteKind.Indirect, cue with { First = cue.First - 1 }, controlled, null, null, _tokens[cue.First].Span.Start);
        }
        return true;
    }
}
