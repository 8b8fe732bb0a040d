using Crosscheck.Attribution;

namespace Crosscheck.Workspace;

/// <summary>One speaker's quotes across a store, counted: who is quoted, how often, by how many outlets.</summary>
/// <param name="Speaker">The name as most often written ("Lidia Marenko"), or the source phrase of unresolved quotes ("two officials").</param>
/// <param name="Resolved">Whether <paramref name="Speaker"/> is a resolved name rather than an unresolved source phrase.</param>
/// <param name="Quotes">How many quotes.</param>
/// <param name="Articles">How many articles quote them.</param>
/// <param name="Outlets">How many distinct outlets (an article without an outlet counts as its own).</param>
/// <param name="ByReport">Quotes per <see cref="Reported"/> class, indexed by the enum's value.</param>
/// <param name="First">The earliest publication time among the articles, when known.</param>
/// <param name="Last">The latest publication time among the articles, when known.</param>
/// <param name="Names">Every spelling counted here, most frequent first ("Lidia Marenko", "Marenko", "Lidia Marenková").</param>
public sealed record SpeakerTally(
    string Speaker,
    bool Resolved,
    int Quotes,
    int Articles,
    int Outlets,
    IReadOnlyList<int> ByReport,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    IReadOnlyList<string> Names)
{
    /// <summary>
    /// Groups <paramref name="quotes"/> by speaker, most quoted first (then by name). Names are compared by their words,
    /// ignoring case, accents and initials ("Donald J. Trump" = "DONALD TRUMP", "Vidrić" = "Vidric"); a name that ends
    /// with a shorter name of two or more words counts with it ("Councillor Samuel Birch" with "Samuel Birch"), and a
    /// one-word name that is the last word of exactly one longer name ("Marenko", "Lidia Marenko") too, since a title or
    /// a surname after a first full mention is how articles name people. A quote without a resolved speaker counts
    /// under its source phrase as written, never merged with a name (as does a speaker that is only an unresolved pronoun,
    /// "I" or "we"); one without either under <see cref="Unknown"/>.
    /// </summary>
    public static IReadOnlyList<SpeakerTally> Count(IReadOnlyList<FoundQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var groups = new Dictionary<string, List<(FoundQuote Quote, string Name)>>(StringComparer.Ordinal);
        foreach (var found in quotes)
        {
            var (name, resolved) = found.Quote.Speaker is { } speaker && !IsPronoun(speaker)
                ? (speaker, true)
                : (found.SourceText ?? found.Quote.Speaker ?? Unknown, false);
            var key = (resolved ? "n:" : "s:") + Key(name);
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
            }
            members.Add((found, name));
        }
        MergeSurnames(groups);
        var tallies = new List<SpeakerTally>(groups.Count);
        foreach (var (key, members) in groups)
        {
            // Shown under the spelling of the group's own name (not a titled or surname-only form merged into it), the
            // most frequent one first.
            var names = members.GroupBy(m => m.Name, StringComparer.Ordinal)
                .OrderByDescending(g => key.EndsWith(Key(g.Key), StringComparison.Ordinal) && key.Length == 2 + Key(g.Key).Length)
                .ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key).ToList();
            var articles = members.Select(m => m.Quote.Article).DistinctBy(a => a.Id).ToList();
            var byReport = new int[Enum.GetValues<Reported>().Length];
            foreach (var member in members)
            {
                byReport[(int)member.Quote.Quote.Reports]++;
            }
            var dates = articles.Where(a => a.PublishedAt is not null).Select(a => a.PublishedAt!.Value).ToList();
            tallies.Add(new SpeakerTally(
                names[0], key.StartsWith("n:", StringComparison.Ordinal), members.Count, articles.Count,
                articles.Select(a => a.Outlet.Length > 0 ? "o:" + a.Outlet.ToUpperInvariant() : "a:" + a.Id).Distinct(StringComparer.Ordinal).Count(),
                byReport, dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null, names));
        }
        return [.. tallies.OrderByDescending(t => t.Quotes).ThenBy(t => t.Speaker, StringComparer.Ordinal)];
    }

    // The stage leaves a pronoun it could not resolve as the speaker ("I" in an op-ed, "we", "you"): that names no one,
    // so it counts as an unresolved source phrase.
    private static readonly HashSet<string> Pronouns = new(
        ["i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "one"], StringComparer.OrdinalIgnoreCase);

    private static bool IsPronoun(string name) => Pronouns.Contains(name.Trim());

    /// <summary>What unresolved quotes without any source phrase are counted under.</summary>
    public const string Unknown = "(no source)";

    // The folded words of a name without initials ("Donald J. Trump" → "donald trump"), unless initials are all it has.
    private static string Key(string name)
    {
        var words = CrosscheckWorkspace.Words(name);
        var full = words.Where(w => w.Length > 1).ToArray();
        return string.Join(' ', full.Length > 0 ? full : words);
    }

    private static void MergeSurnames(Dictionary<string, List<(FoundQuote Quote, string Name)>> groups)
    {
        // A name of two or more words that another name ends with ("councillor samuel birch" → "samuel birch"): into the
        // longest such, longest names first, so a chain folds to its shortest full name.
        var names = groups.Keys.Where(k => k.StartsWith("n:", StringComparison.Ordinal)).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToList();
        foreach (var key in names)
        {
            var into = names.Where(k => k.Length < key.Length && k.Contains(' ', StringComparison.Ordinal)
                    && key.EndsWith(" " + k[2..], StringComparison.Ordinal) && groups.ContainsKey(k))
                .OrderByDescending(k => k.Length).FirstOrDefault();
            if (into is not null)
            {
                groups[into].AddRange(groups[key]);
                groups.Remove(key);
            }
        }
        // A one-word name into the one longer name it ends, when exactly one does ("marenko" → "lidia marenko").
        var longer = groups.Keys.Where(k => k.StartsWith("n:", StringComparison.Ordinal) && k.Contains(' ', StringComparison.Ordinal)).ToList();
        foreach (var key in groups.Keys.Where(k => k.StartsWith("n:", StringComparison.Ordinal) && !k.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            var surname = " " + key[2..];
            var owners = longer.Where(k => k.EndsWith(surname, StringComparison.Ordinal)).Take(2).ToList();
            if (owners.Count == 1)
            {
                groups[owners[0]].AddRange(groups[key]);
                groups.Remove(key);
            }
        }
    }
}
