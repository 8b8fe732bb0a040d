using Crosscheck.Documents;

namespace Crosscheck.Claims;

/// <summary>A check-worthy statement the article makes, with how firmly it makes it.</summary>
/// <param name="Span">The claim's extent (usually one sentence or clause).</param>
/// <param name="Text">The claim as written.</param>
/// <param name="Modality">Asserted, hedged, speculative, question or negated.</param>
public sealed record Claim(TextSpan Span, string Text, Modality Modality)
{
    /// <summary>Index of the sentence that holds the claim.</summary>
    public int SentenceIndex { get; init; }

    /// <summary>Whose voice the claim is in.</summary>
    public ClaimVoice Voice { get; init; } = ClaimVoice.Outlet;

    /// <summary>How worth checking the claim is, in [0, 1].</summary>
    public double CheckWorthiness { get; init; }

    /// <summary>Canonical keys of the entities the claim mentions.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Numbers the claim states, as written ("3,000", "40 percent").</summary>
    public IReadOnlyList<string> Numbers { get; init; } = [];

    /// <summary>
    /// The hedge, speculation or negation cues that set <see cref="Modality"/>, as spans; for a question, its question
    /// mark; empty when asserted.
    /// </summary>
    public IReadOnlyList<TextSpan> ModalityCues { get; init; } = [];

    /// <summary>
    /// Whether a negation cue is present, whatever the modality ("reportedly did not" is hedged and negated), so a
    /// flipped polarity between two versions of a claim can be found.
    /// </summary>
    public bool HasNegation { get; init; }
}
