namespace Crosscheck.Claims;

/// <summary>How firmly a claim is put.</summary>
public enum Modality
{
    /// <summary>Stated as fact.</summary>
    Asserted,
    /// <summary>Softened by a hedge ("reportedly", "appears to", "some analysts say").</summary>
    Hedged,
    /// <summary>Put as a possibility or conjecture ("may signal", "could mean", "is widely speculated").</summary>
    Speculative,
    /// <summary>Asked rather than stated.</summary>
    Question,
    /// <summary>Stated as not the case ("did not", "denied", "never").</summary>
    Negated,
}
