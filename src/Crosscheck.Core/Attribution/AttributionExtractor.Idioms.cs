namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// Whether a speech verb is part of a fixed phrase that reports nobody's words: "Having said that, …", "easier said
    /// than done", "needless to say", "to say the least", "all told", "truth be told". Read as cues they made quotes of
    /// the sentence around them ("Having said that" had the content "that, gun owners can't …").
    /// </summary>
    private bool IsIdiomaticSpeechVerb(CueMatch cue)
    {
        if (cue.First != cue.Last)
        {
            return false;
        }
        var i = cue.First;
        if (Is(i, "said"))
        {
            return Is(i - 1, "having") && Is(i + 1, "that") && (IsPunct(i + 2, ',') || IsPunct(i + 2, ';'))
                || Is(i + 1, "than") && Is(i + 2, "done");
        }
        if (Is(i, "say"))
        {
            return Is(i - 1, "to") && (Is(i - 2, "needless") || Is(i + 1, "the") && Is(i + 2, "least"));
        }
        if (Is(i, "told"))
        {
            return Is(i - 1, "all") && IsPunct(i + 1, ',') || Is(i - 1, "be") && Is(i - 2, "truth");
        }
        return false;
    }
}
