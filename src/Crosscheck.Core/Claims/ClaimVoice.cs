namespace Crosscheck.Claims;

/// <summary>Whose voice a claim is in.</summary>
public enum ClaimVoice
{
    /// <summary>The outlet's own narration.</summary>
    Outlet,
    /// <summary>Inside a quote attributed to a speaker.</summary>
    Quoted,
    /// <summary>Attributed to a cited source ("according to X").</summary>
    Cited,
}
