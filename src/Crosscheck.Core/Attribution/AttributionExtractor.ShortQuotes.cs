namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// Whether the comma at token <paramref name="comma"/> closes a speech verb ("Ruiz said, “Probably.”", "then loudly
    /// asked, “Really?”"): a short title-case quotation after it is what was said, not a title set off by the comma
    /// ("his book, “Harbour Days”"). Asked only of title-case runs after a comma, so the cue lookup is rare.
    /// </summary>
    private bool SpeechCueBeforeComma(int comma) =>
        IsLower(comma - 1) && TryCueEndingAt(comma - 1, out var cue) && cue.Class == CueClass.Speech && cue.Lemma != "learned";
}
