using System.Collections.Frozen;
using Crosscheck.Lexicons;

namespace Crosscheck.CrossCheck;

/// <summary>The word lists the comparison uses, loaded once.</summary>
internal static class CrossCheckLexicons
{
    public static readonly FrozenSet<string> Stopwords = Lexicon.Set("crosscheck-stopwords");

    /// <summary>Hedge cue → "hedge" or "speculation".</summary>
    public static readonly FrozenDictionary<string, string> Hedges = Lexicon.Table("crosscheck-hedges");

    /// <summary>Phrase put before a number → "approximate" (an estimate) or "bound" (a limit).</summary>
    public static readonly FrozenDictionary<string, string> Approximators = Lexicon.Table("crosscheck-approximators");

    /// <summary>Numbers written as words ("three"), which an approximator can stand before.</summary>
    public static readonly FrozenSet<string> NumberWords = Lexicon.Set("claims-number-words");

    public static readonly FrozenSet<string> Negations = Lexicon.Set("crosscheck-negations");

    public static readonly FrozenSet<string> Intensifiers = Lexicon.Set("crosscheck-intensifiers");

    public static readonly FrozenSet<string> Qualifiers = Lexicon.Set("crosscheck-qualifiers");

    public static readonly FrozenSet<string> NeutralCues = Lexicon.Set("crosscheck-neutral-cues");

    /// <summary>Loaded verbs of saying: intensifiers only when they replace a neutral cue.</summary>
    public static readonly FrozenSet<string> LoadedCues = Lexicon.Set("crosscheck-loaded-cues");

    public static bool IsNegation(string word) =>
        Negations.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>Whether a word carries meaning for matching: not a function word, hedge or negation.</summary>
    public static bool IsContent(string word) =>
        word.Length > 1 && !Stopwords.Contains(word) && !Hedges.ContainsKey(word) && !IsNegation(word);
}
