using System.Globalization;

namespace Crosscheck.Attribution;

/// <summary>The cue words <see cref="CueLexiconTrainer"/> derived from annotated data, ready to write as a lexicon file.</summary>
/// <param name="Cues">The kept words, most frequent first.</param>
/// <param name="Documents">How many articles it was trained on.</param>
/// <param name="GoldCues">How many gold cues those articles hold.</param>
/// <param name="Options">The thresholds used.</param>
public sealed record LearnedCueLexicon(IReadOnlyList<LearnedCue> Cues, int Documents, int GoldCues, CueLexiconTrainingOptions Options)
{
    /// <summary>The lexicon file name the attribution stage loads.</summary>
    public const string LexiconName = "attribution-learned-cues";

    /// <summary>Writes the lexicon as <c>form = class cues occurrences</c> lines under a header that says how it was made.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var invariant = CultureInfo.InvariantCulture;
        writer.WriteLine("# Cue words learned from annotated attribution data; do not edit by hand. Regenerate with");
        writer.WriteLine("#   crosscheck train attribution --data DIR");
        writer.WriteLine(string.Create(invariant, $"# Trained on {Documents} articles ({GoldCues} gold cues); kept: heads at least {Options.MinCues} cues and at least {Options.MinPrecision:0.###} of their lower-case occurrences."));
        writer.WriteLine("# form = class cues occurrences   (class: speech, or intent when the content is mostly a to-infinitive)");
        foreach (var cue in Cues)
        {
            writer.WriteLine(string.Create(invariant, $"{cue.Form} = {(cue.Intent ? "intent" : "speech")} {cue.Cues} {cue.Occurrences}"));
        }
    }
}
