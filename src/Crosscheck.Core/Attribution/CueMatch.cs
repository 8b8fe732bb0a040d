namespace Crosscheck.Attribution;

/// <summary>A cue found in the token stream.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index of its last token ("according to" spans two).</param>
/// <param name="Lemma">The cue's base form ("say", "according to").</param>
/// <param name="Class">What it reports.</param>
internal readonly record struct CueMatch(int First, int Last, string Lemma, CueClass Class);
