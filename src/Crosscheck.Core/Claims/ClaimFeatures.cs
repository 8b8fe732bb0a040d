namespace Crosscheck.Claims;

/// <summary>What the check-worthiness score looks at in one sentence.</summary>
internal readonly record struct ClaimFeatures
{
    /// <summary>Word and number tokens.</summary>
    public int Words { get; init; }

    /// <summary>Numbers stated.</summary>
    public int Numbers { get; init; }

    /// <summary>A number carries a unit or currency ("40 percent", "$2.5 billion").</summary>
    public bool QuantityWithUnit { get; init; }

    /// <summary>An institution or office holder named by a common noun ("the ministry").</summary>
    public bool Actor { get; init; }

    /// <summary>Named entities (mentions, or capitalised names when no mentions are known).</summary>
    public int Entities { get; init; }

    /// <summary>A verb reporting a checkable event ("killed", "signed", "rose").</summary>
    public bool FactualVerb { get; init; }

    /// <summary>A past-tense verb.</summary>
    public bool PastTense { get; init; }

    /// <summary>A specific time: a month, weekday or year.</summary>
    public bool SpecificTime { get; init; }

    /// <summary>A comparison or record ("more than", "highest").</summary>
    public bool Comparative { get; init; }

    /// <summary>Opinion or filler phrases.</summary>
    public int Opinion { get; init; }

    /// <summary>The sentence opens with a first-person subject ("I", "We", "Let's").</summary>
    public bool FirstPersonOpening { get; init; }

    /// <summary>The claim's modality.</summary>
    public Modality Modality { get; init; }
}
