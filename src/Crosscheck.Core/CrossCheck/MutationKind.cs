namespace Crosscheck.CrossCheck;

/// <summary>How an aligned quote or claim changed between two articles.</summary>
public enum MutationKind
{
    /// <summary>Words changed inside a direct quote.</summary>
    WordingDrift,
    /// <summary>The content is attributed to a different speaker.</summary>
    SpeakerChanged,
    /// <summary>The content is said to have been said somewhere else.</summary>
    VenueChanged,
    /// <summary>A hedge present in the earlier version is gone.</summary>
    HedgeRemoved,
    /// <summary>A hedge absent from the earlier version was added.</summary>
    HedgeAdded,
    /// <summary>Speculative in the earlier version, asserted in the later one.</summary>
    SpeculationAsFact,
    /// <summary>A neutral word replaced by a loaded one ("said" to "admitted").</summary>
    Intensified,
    /// <summary>A number differs.</summary>
    NumberChanged,
    /// <summary>One version negates what the other asserts.</summary>
    NegationFlipped,
    /// <summary>A qualifying clause or condition was removed.</summary>
    ContextDropped,
    /// <summary>
    /// A direct quote with no counterpart although its claimed venue, or the outlet it is relayed from, is covered by
    /// others.
    /// </summary>
    QuoteFabricated,
}
