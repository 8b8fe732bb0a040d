namespace Crosscheck.Attribution;

/// <summary>What the cue lexicons hold for one word: its two-word cues, its hand-lexicon entry, its learned entry.</summary>
/// <param name="Phrasal">Two-word cues the word starts ("point out"), or null.</param>
/// <param name="Hand">The hand lexicon's lemma and class, or null.</param>
/// <param name="Learned">The cue model's vocabulary entry, or null.</param>
internal readonly record struct CueWord(
    (string Particle, string Lemma, CueClass Class)[]? Phrasal, (string Lemma, CueClass Class)? Hand, LearnedCue? Learned);
