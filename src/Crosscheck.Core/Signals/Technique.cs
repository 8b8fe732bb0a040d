namespace Crosscheck.Signals;

/// <summary>
/// Manipulation techniques: the SemEval-2020 Task 11 taxonomy plus Crosscheck's own. Use
/// <see cref="TechniqueNames"/> for the wire names ("Name_Calling,Labeling").
/// </summary>
public enum Technique
{
    /// <summary>Words with strong emotional connotation used to sway the reader.</summary>
    LoadedLanguage,
    /// <summary>Labelling the object of the propaganda as something the audience fears or hates or loves.</summary>
    NameCallingLabeling,
    /// <summary>Repeating the same message over and over.</summary>
    Repetition,
    /// <summary>Questioning the credibility of someone or something.</summary>
    Doubt,
    /// <summary>Making things seem larger or smaller than they are.</summary>
    ExaggerationMinimisation,
    /// <summary>Building support by appealing to fear or prejudice.</summary>
    AppealToFearPrejudice,
    /// <summary>Playing on strong national or group feeling.</summary>
    FlagWaving,
    /// <summary>Assuming a single cause for a complex issue.</summary>
    CausalOversimplification,
    /// <summary>Claiming something is true because an authority says so.</summary>
    AppealToAuthority,
    /// <summary>A brief, striking phrase.</summary>
    Slogans,
    /// <summary>Whataboutism, straw men and red herrings.</summary>
    WhataboutismStrawMenRedHerring,
    /// <summary>Presenting two options as the only ones.</summary>
    BlackAndWhiteFallacy,
    /// <summary>Phrases that discourage critical thought.</summary>
    ThoughtTerminatingCliches,
    /// <summary>Bandwagon and reductio ad hitlerum.</summary>
    BandwagonReductioAdHitlerum,
    /// <summary>Framing that dramatises ("startling revelation", "sent shockwaves").</summary>
    SensationalFraming,
    /// <summary>Conjecture presented without support ("widely speculated", "may signal").</summary>
    UnsupportedSpeculation,
    /// <summary>Claims resting on unnamed sources ("officials reportedly").</summary>
    AnonymousSourcing,
    /// <summary>A question asked for effect, not for an answer.</summary>
    RhetoricalQuestion,
}
