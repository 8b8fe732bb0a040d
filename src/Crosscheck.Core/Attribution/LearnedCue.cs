namespace Crosscheck.Attribution;

/// <summary>One word learned to head attribution cues.</summary>
/// <param name="Form">The word as written, lower case ("criticized").</param>
/// <param name="Intent">Whether its content is mostly a to-infinitive ("vowed to …"), read as an intention.</param>
/// <param name="Cues">How many gold cues it heads in the training data.</param>
/// <param name="Occurrences">How often it occurs in lower case in the training texts.</param>
public sealed record LearnedCue(string Form, bool Intent, int Cues, int Occurrences)
{
    /// <summary>The share of its occurrences that head a cue.</summary>
    public double Precision => Occurrences == 0 ? 0 : (double)Cues / Occurrences;
}
