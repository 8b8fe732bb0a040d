namespace Crosscheck.Attribution;

/// <summary>What a cue verb reports, which decides how its content is read.</summary>
internal enum CueClass
{
    /// <summary>Words spoken or written ("said", "warned"): content is a quote or a clause.</summary>
    Speech,
    /// <summary>A stance ("believes", "thinks"): content is a clause.</summary>
    Belief,
    /// <summary>A plan ("plans to", "vowed to"): content is the infinitive after "to".</summary>
    Intent,
    /// <summary>A media report ("reported"): content is a clause and the subject is also a citation.</summary>
    Report,
}
