namespace Crosscheck.CrossCheck;

/// <summary>Similarity measures over normalised words.</summary>
internal static class Similarity
{
    /// <summary>Length of the longest run of words the two sequences share in the same order, contiguously.</summary>
    public static int LongestCommonRun(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        // Two rolling rows keep this O(|a|·|b|) time and O(|b|) memory; quotes are short.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        var best = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? previous[j - 1] + 1 : 0;
                if (current[j] > best)
                {
                    best = current[j];
                }
            }
            (previous, current) = (current, previous);
        }
        return best;
    }

    /// <summary>Shared weight over the union's weight, each word weighted by its rarity.</summary>
    public static double WeightedJaccard(HashSet<string> a, HashSet<string> b, Func<string, double> weight)
    {
        double shared = 0, union = 0;
        foreach (var word in a)
        {
            var w = weight(word);
            union += w;
            if (b.Contains(word))
            {
                shared += w;
            }
        }
        foreach (var word in b)
        {
            if (!a.Contains(word))
            {
                union += weight(word);
            }
        }
        return union == 0 ? 0 : shared / union;
    }

    /// <summary>Shared words over the smaller set's size: 1 when one set lies inside the other.</summary>
    public static double OverlapCoefficient(HashSet<string> a, HashSet<string> b, out int shared)
    {
        shared = 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        foreach (var word in small)
        {
            if (large.Contains(word))
            {
                shared++;
            }
        }
        return small.Count == 0 ? 0 : (double)shared / small.Count;
    }

    /// <summary>
    /// Whether two speaker names can denote the same person: equal, one inside the other ("Petrovic" and
    /// "Ana Petrovic"), or the same surname.
    /// </summary>
    public static bool SameSpeaker(string a, string b)
    {
        // An unresolved descriptor or pronoun ("the company", "she") may denote anyone: no evidence of a change.
        if (IsDescriptor(a) || IsDescriptor(b))
        {
            return true;
        }
        var wa = NameWords(a);
        var wb = NameWords(b);
        if (wa.Length == 0 || wb.Length == 0)
        {
            return true;
        }
        if (string.Equals(wa[^1], wb[^1], StringComparison.Ordinal))
        {
            return true;
        }
        var (small, large) = wa.Length <= wb.Length ? (wa, wb) : (wb, wa);
        foreach (var word in small)
        {
            if (Array.IndexOf(large, word) < 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The words that name a venue, without framing ("an exclusive interview with the Daily Ledger" → "daily ledger").
    /// </summary>
    public static HashSet<string> VenueWords(string venue)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in WordSequence.From(venue).Words)
        {
            if (!VenueFraming.Contains(word))
            {
                set.Add(word);
            }
        }
        return set;
    }

    private static readonly HashSet<string> VenueFraming = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "in", "on", "with", "to", "at", "interview", "interviews", "exclusive", "told", "speaking",
        "sit-down", "conversation", "remarks", "comments", "talk", "talking", "its", "his", "her", "their",
    };

    /// <summary>Whether both speakers are names (not descriptors or pronouns) of the same person.</summary>
    public static bool SameNamedSpeaker(string a, string b) => !IsDescriptor(a) && !IsDescriptor(b) && SameSpeaker(a, b);

    private static bool IsDescriptor(string speaker)
    {
        var words = WordSequence.From(speaker).Words;
        return words.Length == 0 || words[0] is "the" or "a" or "an" or "he" or "she" or "they" or "it" or "his" or "her" or "its" or "their";
    }

    /// <summary>Whether a venue names the outlet ("an exclusive interview with the Evening Blaze" and "The Evening Blaze").</summary>
    public static bool VenueNamesOutlet(string venue, string outlet)
    {
        var outletWords = VenueWords(outlet);
        return outletWords.Count > 0 && VenueWords(venue).IsSupersetOf(outletWords);
    }

    private static string[] NameWords(string name)
    {
        var words = WordSequence.From(name).Words;
        return Array.FindAll(words, w => w.Length > 1 || words.Length == 1);
    }
}
