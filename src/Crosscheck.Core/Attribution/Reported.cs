namespace Crosscheck.Attribution;

/// <summary>
/// What an attribution reports, read from its cue. PolNeAR-style attribution covers more than speech ("X ordered an
/// evacuation" and "X is skeptical that …" are attributions too); this tells a reader which quotes are words.
/// </summary>
public enum Reported
{
    /// <summary>Words said or written, by a person or a document ("said", "tweeted", "the memo read", "polls show").</summary>
    Speech,
    /// <summary>A stance, perception or feeling ("believes", "seems", "knows", "backs the plan").</summary>
    Belief,
    /// <summary>A plan or refusal, the content being the act intended ("plans to", "declined to", "sought to").</summary>
    Intent,
    /// <summary>A deed rather than words ("ordered an evacuation", "signed the bill", "voted for the plan").</summary>
    Act,
}
