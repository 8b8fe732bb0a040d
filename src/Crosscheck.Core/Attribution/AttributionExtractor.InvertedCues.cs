namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// Whether token <paramref name="i"/> is the cue of an inverted opening, "Said Lenk: “…”", "Continued Pell: “…”":
    /// a capitalised cue that opens its sentence, then one to three capitalised words and a colon. The scan for names
    /// of several words read "Said Lenk" as a person (and "Said" is a given name too), so the quote was credited to
    /// "Said Lenk" while its source was "Lenk". The cue before a name and a colon is what tells them apart.
    /// </summary>
    private bool IsInvertedCue(int i)
    {
        // The cheap tests first: this is asked of every capitalised word the name scan meets.
        if (!IsCapitalised(i) || i != SentenceTokens(_tokenSentence[i]).First)
        {
            return false;
        }
        var k = i + 1;
        while (k <= i + 3 && IsCapitalised(k) && _tokenSentence[k] == _tokenSentence[i])
        {
            k++;
        }
        return k > i + 1 && IsPunct(k, ':') && (IsOneOf(i, InvertedCueWords) || TryCue(i, out var cue) && cue.Last == i);
    }

    // Verbs that open an inverted attribution before a name and a colon; the cue lexicon leaves some out ("continued"),
    // and the colon alone tells the inversion apart from a given name ("Said").
    private static readonly string[] InvertedCueWords =
        ["said", "says", "added", "adds", "continued", "continues", "replied", "explained", "wrote", "writes", "answered", "asked", "responded", "concluded", "noted", "recalled"];

    /// <summary>The cue of an inverted opening at <paramref name="i"/> (see <see cref="IsInvertedCue"/>).</summary>
    private CueMatch InvertedCueAt(int i) =>
        TryCue(i, out var cue) && cue.Last == i ? cue : new CueMatch(i, i, Word(i).ToString().ToLowerInvariant(), CueClass.Speech);
}
