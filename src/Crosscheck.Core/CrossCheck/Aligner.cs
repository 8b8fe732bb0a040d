namespace Crosscheck.CrossCheck;

/// <summary>
/// Groups units of one kind (quotes or claims) from different articles that say the same thing. Candidate pairs come
/// from blocking on each unit's rarest content words, so the work grows with the number of true neighbours, not with
/// the square of the number of units.
/// </summary>
internal sealed class Aligner
{
    // Enough of a unit's rarest words that a fragment and its longer source share at least one of them.
    private const int BlockingWords = 5;

    private readonly List<ComparisonUnit> _units;
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);

    // A word in more candidate lists than this says little about which units match; following all of them would make
    // a story with one very common word quadratic.
    private const int MaxCandidates = 2000;

    // Each unit's representative: the first unit with exactly the same words. Only representatives are paired; copies
    // join their representative's group directly, so a thousand wire copies cost a thousand lookups, not a million pairs.
    private readonly int[] _representative;

    public Aligner(List<ComparisonUnit> units)
    {
        _units = units;
        _representative = new int[units.Count];
        var byWords = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var key = string.Join(' ', units[i].Words.Words);
            if (byWords.TryGetValue(key, out var first))
            {
                _representative[i] = first;
                continue;
            }
            byWords[key] = i;
            _representative[i] = i;
            foreach (var word in units[i].Content)
            {
                if (!_postings.TryGetValue(word, out var list))
                {
                    _postings[word] = list = [];
                }
                list.Add(i);
            }
            foreach (var number in units[i].Numbers)
            {
                if (!_postings.TryGetValue(number, out var list))
                {
                    _postings[number] = list = [];
                }
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }
    }

    /// <summary>How informative a word is: rare words weigh more.</summary>
    public double Weight(string word) =>
        _postings.TryGetValue(word, out var list) ? Math.Log(1.0 + (double)_units.Count / list.Count) : Math.Log(1.0 + _units.Count);

    /// <summary>Groups of unit indices, each with at most one unit per article and at least two articles.</summary>
    public List<List<int>> Align(CancellationToken cancellationToken)
    {
        var pairs = new List<(double Score, int A, int B)>();
        var seen = new HashSet<long>();
        for (var i = 0; i < _units.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_representative[i] != i)
            {
                // Identical words: the best possible match, merged before any other pair.
                pairs.Add((2.0, _representative[i], i));
                continue;
            }
            foreach (var j in Candidates(i))
            {
                if (j == i || _units[j].ArticleIndex == _units[i].ArticleIndex)
                {
                    continue;
                }
                var (a, b) = i < j ? (i, j) : (j, i);
                if (!seen.Add(((long)a << 32) | (uint)b))
                {
                    continue;
                }
                var score = Score(_units[a], _units[b]);
                if (score > 0)
                {
                    pairs.Add((score, a, b));
                }
            }
        }

        // Greedy agglomeration, best pairs first, never putting two units of one article into a group.
        pairs.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        var parent = new int[_units.Count];
        var articles = new HashSet<int>?[_units.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }
        foreach (var (_, a, b) in pairs)
        {
            var ra = Find(parent, a);
            var rb = Find(parent, b);
            if (ra == rb)
            {
                continue;
            }
            var sa = articles[ra] ??= [_units[ra].ArticleIndex];
            var sb = articles[rb] ??= [_units[rb].ArticleIndex];
            if (sa.Overlaps(sb))
            {
                continue;
            }
            parent[rb] = ra;
            sa.UnionWith(sb);
            articles[rb] = null;
        }

        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < _units.Count; i++)
        {
            var root = Find(parent, i);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = [];
            }
            group.Add(i);
        }
        var result = new List<List<int>>();
        foreach (var group in groups.Values)
        {
            if (group.Count > 1)
            {
                result.Add(group);
            }
        }
        return result;
    }

    /// <summary>How alike two units are; 0 when they should not be aligned.</summary>
    internal double Score(ComparisonUnit a, ComparisonUnit b) =>
        a.Kind == AlignedItemKind.Quote ? QuoteScore(a, b) : ClaimScore(a, b);

    private double QuoteScore(ComparisonUnit a, ComparisonUnit b)
    {
        if (a.IsVerbatim && b.IsVerbatim)
        {
            var run = Similarity.LongestCommonRun(a.Verbatim!.Words, b.Verbatim!.Words);
            var shorter = Math.Min(a.Verbatim.Count, b.Verbatim.Count);
            var runShare = shorter == 0 ? 0 : (double)run / shorter;
            var overlap = Similarity.OverlapCoefficient(a.Content, b.Content, out var shared);
            // A run of four words is rarely chance; a shorter fragment must be mostly covered to count.
            var runMatch = (run >= 4 && runShare >= 0.3) || (run >= 3 && runShare >= 0.75);
            var wordMatch = overlap >= 0.75 && shared >= 3;
            return runMatch || wordMatch ? Math.Max(runShare, overlap) : 0;
        }
        // A paraphrase: content similarity, helped when the speaker agrees.
        var jaccard = Similarity.WeightedJaccard(a.Content, b.Content, Weight);
        var overlapShare = Similarity.OverlapCoefficient(a.Content, b.Content, out var common);
        // A shared figure ("300 complaints") is strong evidence that two paraphrases report the same words.
        common += SharedNumbers(a.Numbers, b.Numbers);
        var score = Math.Max(jaccard, 0.8 * overlapShare);
        if (a.Speaker is { } sa && b.Speaker is { } sb && Similarity.SameNamedSpeaker(sa, sb))
        {
            score += 0.15;
        }
        // Two shared words are enough only when one version has little else to say.
        var enough = common >= 3 || (common == 2 && Math.Min(a.Content.Count, b.Content.Count) <= 2);
        return enough && score >= 0.5 ? Math.Min(score, 1) : 0;
    }

    private double ClaimScore(ComparisonUnit a, ComparisonUnit b)
    {
        var jaccard = Similarity.WeightedJaccard(a.Content, b.Content, Weight);
        var overlap = Similarity.OverlapCoefficient(a.Content, b.Content, out var common);
        // A rewrite that wraps the same statement in new framing keeps most of the shorter version's words.
        var score = common >= 4 ? Math.Max(jaccard, 0.8 * overlap) : jaccard;
        if (a.Numbers.Count > 0 && b.Numbers.Count > 0 && a.Numbers.Exists(b.Numbers.Contains))
        {
            score += 0.1;
        }
        if (a.Entities.Count > 0 && b.Entities.Count > 0 && SharesAny(a.Entities, b.Entities))
        {
            score += 0.1;
        }
        return common >= 3 && score >= 0.45 ? Math.Min(score, 1) : 0;
    }

    private static int SharedNumbers(List<string> a, List<string> b)
    {
        var shared = 0;
        foreach (var number in a)
        {
            if (b.Contains(number))
            {
                shared++;
            }
        }
        return shared;
    }

    private static bool SharesAny(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private IEnumerable<int> Candidates(int index)
    {
        var unit = _units[index];
        var words = new List<(int Frequency, string Word)>(unit.Content.Count + unit.Numbers.Count);
        foreach (var word in unit.Content)
        {
            words.Add((_postings[word].Count, word));
        }
        foreach (var number in unit.Numbers)
        {
            words.Add((_postings[number].Count, number));
        }
        words.Sort((x, y) => x.Frequency != y.Frequency ? x.Frequency.CompareTo(y.Frequency) : string.CompareOrdinal(x.Word, y.Word));
        var taken = 0;
        var given = 0;
        foreach (var (frequency, word) in words)
        {
            if (frequency < 2)
            {
                continue;
            }
            if (given + frequency > MaxCandidates && given > 0)
            {
                yield break;
            }
            foreach (var other in _postings[word])
            {
                yield return other;
            }
            given += frequency;
            if (++taken == BlockingWords)
            {
                yield break;
            }
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
