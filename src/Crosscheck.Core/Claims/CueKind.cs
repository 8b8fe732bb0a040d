namespace Crosscheck.Claims;

/// <summary>What a modality cue phrase signals.</summary>
internal enum CueKind
{
    /// <summary>A phrase that only looks like a cue ("not only", "no doubt"); matching it hides the shorter cue inside.</summary>
    Blocker,
    /// <summary>A hedge ("reportedly").</summary>
    Hedge,
    /// <summary>Speculation ("may signal").</summary>
    Speculation,
    /// <summary>Negation ("denied").</summary>
    Negation,
}
