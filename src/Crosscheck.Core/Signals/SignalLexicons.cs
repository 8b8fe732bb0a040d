using System.Globalization;
using Crosscheck.Claims;
using Crosscheck.Lexicons;

namespace Crosscheck.Signals;

/// <summary>The signals stage's phrase lexicons (<c>signals-*.txt</c>), one token trie for all files, loaded once.</summary>
/// <remarks>
/// File format: "@technique", "@weight" and "@reason" lines (key TAB value) set the defaults for the entries that follow;
/// an entry is a phrase, optionally followed by TAB and its own reason template. Matching per file keeps overlapping
/// phrases of different techniques ("raises questions" as speculation, "so-called" as doubt) from hiding each other.
/// </remarks>
internal static class SignalLexicons
{
    private static readonly string[] Files =
    [
        "signals-sensational", "signals-loaded", "signals-speculation", "signals-anonymous", "signals-name-calling",
        "signals-exaggeration", "signals-doubt", "signals-fear", "signals-flag-waving", "signals-slogans",
        "signals-cliches", "signals-bandwagon", "signals-causal", "signals-black-and-white", "signals-authority",
        "signals-whataboutism",
    ];

    private static readonly SignalPhraseIndex Index = new([.. Files.Select(Entries)]);

    /// <summary>
    /// Appends the lexicon matches in <paramref name="tokens"/>: file by file in a fixed order, each file's
    /// leftmost-longest and non-overlapping, in text order.
    /// </summary>
    public static void FindAll(string text, IReadOnlyList<Text.Token> tokens, List<PhraseMatch<SignalEntry>> results) =>
        Index.FindAll(text, tokens, results);

    /// <summary>The same, with the tokens' word types, so each word is looked up in the trie's root once per type.</summary>
    internal static void FindAll(string text, IReadOnlyList<Text.Token> tokens, List<PhraseMatch<SignalEntry>> results, WordTypes words) =>
        Index.FindAll(text, tokens, results, words);

    /// <summary>The lexicons' root answer for a word of lower-cased hash <paramref name="hash"/> (<see cref="SignalPhraseIndex.RootCode"/>).</summary>
    internal static int RootCode(ulong hash) => Index.RootCode(hash);

    /// <summary>The bit of <see cref="RootCode"/> that says a word of the hash is on some edge below the trie's root.</summary>
    internal const int InnerEdge = SignalPhraseIndex.InnerEdge;

    internal static List<KeyValuePair<string, SignalEntry>> Entries(string file)
    {
        Technique? technique = null;
        var weight = 0.5;
        var reason = "'{0}' is a manipulation cue";
        var entries = new List<KeyValuePair<string, SignalEntry>>();
        foreach (var line in Lexicon.Lines(file))
        {
            var tab = line.IndexOf('\t');
            var key = (tab < 0 ? line : line[..tab]).Trim();
            var value = tab < 0 ? null : line[(tab + 1)..].Trim();
            if (key.StartsWith('@'))
            {
                switch (key)
                {
                    case "@technique":
                        technique = TechniqueNames.TryParse(value ?? "", out var parsed)
                            ? parsed
                            : throw new InvalidDataException($"Lexicon '{file}': unknown technique '{value}'.");
                        break;
                    case "@weight":
                        weight = double.Parse(value ?? "", NumberStyles.Float, CultureInfo.InvariantCulture);
                        break;
                    case "@reason":
                        reason = value ?? reason;
                        break;
                    default:
                        throw new InvalidDataException($"Lexicon '{file}': unknown directive '{key}'.");
                }
                continue;
            }
            if (technique is not { } current)
            {
                throw new InvalidDataException($"Lexicon '{file}': entry '{key}' comes before any @technique line.");
            }
            entries.Add(new(key, new SignalEntry(current, weight, value ?? reason)));
        }
        return entries;
    }
}
