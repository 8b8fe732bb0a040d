using System.Collections.Frozen;

namespace Crosscheck.Signals;

/// <summary>Maps <see cref="Technique"/> to and from the wire names used in JSON and in PTC data.</summary>
public static class TechniqueNames
{
    private static readonly FrozenDictionary<Technique, string> ToName = new Dictionary<Technique, string>
    {
        [Technique.LoadedLanguage] = "Loaded_Language",
        [Technique.NameCallingLabeling] = "Name_Calling,Labeling",
        [Technique.Repetition] = "Repetition",
        [Technique.Doubt] = "Doubt",
        [Technique.ExaggerationMinimisation] = "Exaggeration,Minimisation",
        [Technique.AppealToFearPrejudice] = "Appeal_to_fear-prejudice",
        [Technique.FlagWaving] = "Flag-Waving",
        [Technique.CausalOversimplification] = "Causal_Oversimplification",
        [Technique.AppealToAuthority] = "Appeal_to_Authority",
        [Technique.Slogans] = "Slogans",
        [Technique.WhataboutismStrawMenRedHerring] = "Whataboutism,Straw_Men,Red_Herring",
        [Technique.BlackAndWhiteFallacy] = "Black-and-White_Fallacy",
        [Technique.ThoughtTerminatingCliches] = "Thought-terminating_Cliches",
        [Technique.BandwagonReductioAdHitlerum] = "Bandwagon,Reductio_ad_hitlerum",
        [Technique.SensationalFraming] = "Sensational_Framing",
        [Technique.UnsupportedSpeculation] = "Unsupported_Speculation",
        [Technique.AnonymousSourcing] = "Anonymous_Sourcing",
        [Technique.RhetoricalQuestion] = "Rhetorical_Question",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Technique> FromName =
        ToName.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The wire name of <paramref name="technique"/>.</summary>
    public static string Name(this Technique technique) => ToName[technique];

    /// <summary>Parses a wire name; false when it names no known technique.</summary>
    public static bool TryParse(string name, out Technique technique) => FromName.TryGetValue(name, out technique);
}
