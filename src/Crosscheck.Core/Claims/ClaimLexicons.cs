using System.Collections.Frozen;
using Crosscheck.Lexicons;

namespace Crosscheck.Claims;

/// <summary>The claims stage's word lists, loaded once from the embedded <c>claims-*.txt</c> lexicons.</summary>
internal static class ClaimLexicons
{
    /// <summary>Hedge, speculation and negation cues in one trie, so the longest cue wins ("may have" over "may").</summary>
    public static readonly PhraseMatcher<CueKind> Cues = new(LoadCues());

    /// <summary>Opinion, evaluation and first-person filler phrases.</summary>
    public static readonly PhraseMatcher<bool> Opinion = new(Phrases("claims-opinion"));

    /// <summary>Comparisons and records.</summary>
    public static readonly PhraseMatcher<bool> Comparatives = new(Phrases("claims-comparatives"));

    /// <summary>Institutions and office holders named by a common noun ("the ministry", "officials").</summary>
    public static readonly PhraseMatcher<bool> Actors = new(Phrases("claims-actors"));

    /// <summary>Units that join a preceding number ("percent", "per cent", "million").</summary>
    public static readonly PhraseMatcher<bool> NumberUnits = new(Phrases("claims-number-units"));

    /// <summary>Verbs reporting a checkable event or quantity.</summary>
    public static readonly FrozenSet<string> FactualVerbs = Lexicon.Set("claims-factual-verbs");

    /// <summary>Irregular past-tense forms ("took", "paid").</summary>
    public static readonly FrozenSet<string> IrregularPast = Lexicon.Set("claims-past-irregular");

    /// <summary>Months, weekdays and other specific times.</summary>
    public static readonly FrozenSet<string> TimeWords = Lexicon.Set("claims-time-words");

    /// <summary>Number words ("three", "thousands", "half").</summary>
    public static readonly FrozenSet<string> NumberWords = Lexicon.Set("claims-number-words");

    /// <summary>Verbs of a bare attribution frame.</summary>
    public static readonly FrozenSet<string> FrameVerbs = Lexicon.Set("claims-frame-verbs");

    private static IEnumerable<KeyValuePair<string, CueKind>> LoadCues()
    {
        // Blockers first: a phrase that is both a blocker and a cue must stay a blocker.
        (string Name, CueKind Kind)[] sources =
            [("claims-speculation", CueKind.Speculation), ("claims-hedges", CueKind.Hedge), ("claims-negation", CueKind.Negation)];
        foreach (var (name, _) in sources)
        {
            foreach (var line in Lexicon.Lines(name))
            {
                if (line.StartsWith('!'))
                {
                    yield return new(line[1..].Trim(), CueKind.Blocker);
                }
            }
        }
        foreach (var (name, kind) in sources)
        {
            foreach (var line in Lexicon.Lines(name))
            {
                if (!line.StartsWith('!'))
                {
                    yield return new(line, kind);
                }
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, bool>> Phrases(string name)
    {
        foreach (var line in Lexicon.Lines(name))
        {
            yield return new(line, true);
        }
    }
}
