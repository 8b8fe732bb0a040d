namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // One-word "sources" the subject rules read when the subject stands further back: "have ever agreed" (ever), "could
    // favor" (could), "is being hailed" (being). None was a gold source on PolNeAR train.
    private static readonly ListedWords VerbLikeWords = ["be", "been", "being", "having", "ever", "there", "could", "can", "would", "will", "should", "may", "might", "must", "shall"];

    /// <summary>
    /// Whether a speaker phrase is one lower-case word that is a verb form or an adverb rather than a noun: an
    /// auxiliary, "ever", "there", or an -ing or -ed form ("faced", "having"). Such a phrase is no source.
    /// </summary>
    private bool IsVerbLikeSource(SpeakerPhrase phrase)
    {
        if (phrase.First != phrase.Last || !IsLower(phrase.First))
        {
            return false;
        }
        return IsOneOf(phrase.First, VerbLikeWords) || IsVerbForm(phrase.First);
    }

    /// <summary>Whether token <paramref name="i"/> looks like an -ing or -ed verb form (five letters or more).</summary>
    private bool IsVerbForm(int i)
    {
        var word = Word(i);
        return word.Length > 4 && (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
    }
}
