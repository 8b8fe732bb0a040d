using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Crosscheck.Lexicons;

namespace Crosscheck.Stories;

/// <summary>
/// Groups a stream of articles into stories in one pass: each article joins the story whose term centroid is most
/// similar (TF-IDF cosine, decayed by the time gap, discounted when the outlet already covers the story) or opens a new
/// one; every <see cref="StoryOptions.MergeInterval"/> articles a merge step joins stories that the early, sparse
/// centroids had kept apart.
/// </summary>
/// <remarks>
/// Deterministic for a given input order: candidates are visited in index order and ties go to the older story.
/// Not thread-safe (one stream, one grouper). Terms are 64-bit hashes of normalised words, so no string is made per
/// token; only a term's first surface form is kept, for labels.
/// </remarks>
public sealed class StoryGrouper
{
    private const ulong EntitySalt = 0x5A17E5A17E5A17E5UL;
    private static readonly FrozenSet<ulong> StopWords = LoadStopWords();

    private readonly StoryOptions _options;
    private readonly Dictionary<ulong, int> _documentFrequency = [];
    private readonly Dictionary<ulong, string> _surface = [];
    private readonly Dictionary<ulong, List<int>> _termStories = [];
    private readonly List<StoryState> _stories = [];
    private readonly List<int> _assignment = [];
    private readonly Dictionary<ulong, float> _counts = [];
    private readonly List<KeyValuePair<ulong, float>> _vector = [];
    private readonly Dictionary<int, float> _hits = [];
    private readonly List<KeyValuePair<int, float>> _ranked = [];
    private readonly List<int> _dirty = [];
    private int _sinceMerge;

    /// <summary>Creates an empty grouper.</summary>
    public StoryGrouper(StoryOptions? options = null) => _options = options ?? StoryOptions.Default;

    /// <summary>How many articles were added.</summary>
    public int Count => _assignment.Count;

    /// <summary>Adds an article and returns the (provisional) story it joined.</summary>
    /// <param name="article">The article.</param>
    /// <param name="sameStoryAs">Index of an earlier article this one must join (a copy of it), or null.</param>
    public int Add(StoryInput article, int? sameStoryAs = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        BuildVector(article);
        long? time = article.PublishedAt?.UtcTicks;
        int story;
        if (sameStoryAs is { } earlier && earlier >= 0 && earlier < _assignment.Count)
        {
            story = Find(_assignment[earlier]);
        }
        else
        {
            story = BestStory(time, article.Outlet);
        }
        if (story < 0)
        {
            story = _stories.Count;
            _stories.Add(new StoryState(story));
        }
        Join(_stories[story], time, article.Outlet);
        _assignment.Add(story);
        if (++_sinceMerge >= _options.MergeInterval)
        {
            MergeStep();
        }
        return story;
    }

    /// <summary>Runs a last merge step and returns the stories.</summary>
    public StoryClusters Complete()
    {
        MergeStep();
        SweepSmallStories();
        var number = new Dictionary<int, int>();
        var assignments = new int[_assignment.Count];
        var roots = new List<int>();
        for (var i = 0; i < assignments.Length; i++)
        {
            var root = Find(_assignment[i]);
            if (!number.TryGetValue(root, out var n))
            {
                number[root] = n = roots.Count;
                roots.Add(root);
            }
            assignments[i] = n;
        }
        var labels = new string[roots.Count];
        for (var s = 0; s < roots.Count; s++)
        {
            labels[s] = Label(_stories[roots[s]], 4);
        }
        return new StoryClusters(assignments, labels, Storylines(roots));
    }

    private int BestStory(long? time, string outlet)
    {
        // Candidates are ranked by the summed weight of the query terms they share, and only the best few get a full
        // cosine: popular terms ("covid", "election") reach hundreds of stories that share nothing else.
        _hits.Clear();
        var query = Math.Min(_options.QueryTerms, _vector.Count);
        for (var t = 0; t < query; t++)
        {
            if (!_termStories.TryGetValue(_vector[t].Key, out var list))
            {
                continue;
            }
            var weight = _vector[t].Value;
            var stop = Math.Max(0, list.Count - _options.MaxPostingsPerTerm);
            for (var j = list.Count - 1; j >= stop; j--)
            {
                ref var hit = ref CollectionsMarshal.GetValueRefOrAddDefault(_hits, Find(list[j]), out _);
                hit += weight;
            }
        }
        _ranked.Clear();
        foreach (var (story, weight) in _hits)
        {
            _ranked.Add(new(story, weight));
        }
        _ranked.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        var best = -1;
        var bestScore = _options.JoinThreshold;
        for (var r = 0; r < _ranked.Count && r < _options.MaxCandidates; r++)
        {
            var candidate = _ranked[r].Key;
            var story = _stories[candidate];
            var decay = Decay(time, story.First, story.Last, _options.EventWindowDays);
            if (decay <= 0)
            {
                continue;
            }
            var score = Cosine(story) * decay;
            if (outlet.Length > 0 && story.Outlets.Contains(outlet))
            {
                score *= _options.SameOutletFactor;
            }
            if (score > bestScore || (score == bestScore && best >= 0 && candidate < best) || (score == bestScore && best < 0))
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private double Cosine(StoryState story)
    {
        if (story.Norm <= 0)
        {
            return 0;
        }
        double dot = 0;
        foreach (var (term, weight) in _vector)
        {
            if (story.Centroid.TryGetValue(term, out var c))
            {
                dot += weight * c;
            }
        }
        return dot / story.Norm;
    }

    /// <summary>exp(−gap/scale) for the gap between <paramref name="time"/> and a story's range; 0 beyond the window; 1 when a time is unknown.</summary>
    private double Decay(long? time, long first, long last, double windowDays)
    {
        if (time is not { } t || first == long.MaxValue)
        {
            return 1;
        }
        var gap = t < first ? first - t : t > last ? t - last : 0;
        var days = gap / (double)TimeSpan.TicksPerDay;
        return days > windowDays ? 0 : Math.Exp(-Math.Max(0, days - _options.GraceDays) / _options.DecayDays);
    }

    private void Join(StoryState story, long? time, string outlet)
    {
        foreach (var (term, weight) in _vector)
        {
            ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(story.Centroid, term, out var exists);
            value += weight;
            if (!exists)
            {
                IndexTerm(term, story.Index);
            }
        }
        story.Size++;
        if (time is { } t)
        {
            story.First = Math.Min(story.First, t);
            story.Last = story.Last == long.MinValue ? t : Math.Max(story.Last, t);
        }
        if (outlet.Length > 0 && !story.Outlets.Contains(outlet))
        {
            story.Outlets.Add(outlet);
        }
        Prune(story);
        if (!story.Dirty)
        {
            story.Dirty = true;
            _dirty.Add(story.Index);
        }
    }

    private void IndexTerm(ulong term, int story)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_termStories, term, out var exists);
        if (!exists)
        {
            list = [];
        }
        list!.Add(story);
    }

    /// <summary>Keeps a centroid to its strongest terms once it doubles the cap, and refreshes its norm.</summary>
    private void Prune(StoryState story)
    {
        var centroid = story.Centroid;
        if (centroid.Count > 2 * _options.MaxCentroidTerms)
        {
            var weights = new float[centroid.Count];
            var i = 0;
            foreach (var value in centroid.Values)
            {
                weights[i++] = value;
            }
            Array.Sort(weights);
            var cut = weights[weights.Length - _options.MaxCentroidTerms];
            var kept = 0;
            foreach (var (term, value) in centroid)
            {
                // Ties at the cut go by term order so the result does not depend on dictionary layout.
                if (value < cut || (value == cut && kept >= _options.MaxCentroidTerms))
                {
                    centroid.Remove(term);
                }
                else
                {
                    kept++;
                }
            }
        }
        double norm = 0;
        foreach (var value in centroid.Values)
        {
            norm += (double)value * value;
        }
        story.Norm = Math.Sqrt(norm);
    }

    /// <summary>Merges stories whose centroids agree; only stories that changed since the last step are re-examined.</summary>
    private void MergeStep()
    {
        _sinceMerge = 0;
        _dirty.Sort();
        var dirty = _dirty.ToArray();
        _dirty.Clear();
        foreach (var index in dirty)
        {
            _stories[index].Dirty = false;
        }
        foreach (var index in dirty)
        {
            var story = _stories[Find(index)];
            foreach (var other in Related(story, _options.EventWindowDays))
            {
                var target = _stories[Find(story.Index)];
                var candidate = _stories[Find(other)];
                if (target == candidate)
                {
                    continue;
                }
                var similarity = CentroidCosine(target, candidate) * Decay(candidate.First == long.MaxValue ? null : candidate.First, target.First, target.Last, _options.EventWindowDays);
                if (similarity >= _options.MergeThreshold)
                {
                    Merge(target, candidate);
                }
            }
        }
    }

    /// <summary>
    /// Gives the stories still at most <see cref="StoryOptions.SweepSize"/> articles strong a second chance against the
    /// grown centroids: an article that arrived before its story had formed opened a story of its own, and the merge
    /// step's threshold, meant for two established stories, leaves it there.
    /// </summary>
    private void SweepSmallStories()
    {
        var count = _stories.Count;
        for (var index = 0; index < count; index++)
        {
            var story = _stories[index];
            if (story.Parent != index || story.Size > _options.SweepSize || story.Norm <= 0)
            {
                continue;
            }
            StoryState? best = null;
            var bestScore = _options.JoinThreshold;
            foreach (var other in Related(story, _options.EventWindowDays))
            {
                var candidate = _stories[Find(other)];
                if (candidate == story || candidate.Size <= story.Size)
                {
                    continue;
                }
                var score = CentroidCosine(story, candidate) * Decay(story.First == long.MaxValue ? null : story.First, candidate.First, candidate.Last, _options.EventWindowDays);
                if (score > bestScore)
                {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best is not null)
            {
                Merge(best, story);
            }
        }
    }

    /// <summary>
    /// Roots of other stories within <paramref name="windowDays"/> sharing <paramref name="story"/>'s top terms: the
    /// <see cref="StoryOptions.MaxCandidates"/> sharing the most weight, in index order.
    /// </summary>
    private List<int> Related(StoryState story, double windowDays)
    {
        var top = TopTerms(story, _options.QueryTerms);
        var hits = new Dictionary<int, float>();
        foreach (var (term, weight) in top)
        {
            if (!_termStories.TryGetValue(term, out var list))
            {
                continue;
            }
            var stop = Math.Max(0, list.Count - _options.MaxPostingsPerTerm);
            for (var j = list.Count - 1; j >= stop; j--)
            {
                var root = Find(list[j]);
                if (root == story.Index)
                {
                    continue;
                }
                ref var hit = ref CollectionsMarshal.GetValueRefOrAddDefault(hits, root, out _);
                hit += weight;
            }
        }
        var ranked = new List<KeyValuePair<int, float>>(hits);
        ranked.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        var related = new List<int>();
        for (var r = 0; r < ranked.Count && related.Count < _options.MaxCandidates; r++)
        {
            var other = _stories[ranked[r].Key];
            if (Decay(other.First == long.MaxValue ? null : other.First, story.First, story.Last, windowDays) > 0)
            {
                related.Add(other.Index);
            }
        }
        related.Sort();
        return related;
    }

    private static double CentroidCosine(StoryState a, StoryState b)
    {
        if (a.Norm <= 0 || b.Norm <= 0)
        {
            return 0;
        }
        var (small, large) = a.Centroid.Count <= b.Centroid.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (term, weight) in small.Centroid)
        {
            if (large.Centroid.TryGetValue(term, out var other))
            {
                dot += (double)weight * other;
            }
        }
        return dot / (a.Norm * b.Norm);
    }

    /// <summary>Folds the later story into the earlier one, which keeps its index (and so its identity).</summary>
    private void Merge(StoryState a, StoryState b)
    {
        var (keep, gone) = a.Index < b.Index ? (a, b) : (b, a);
        foreach (var (term, weight) in gone.Centroid)
        {
            ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(keep.Centroid, term, out var exists);
            value += weight;
            if (!exists)
            {
                IndexTerm(term, keep.Index);
            }
        }
        keep.Size += gone.Size;
        keep.First = Math.Min(keep.First, gone.First);
        keep.Last = Math.Max(keep.Last, gone.Last);
        foreach (var outlet in gone.Outlets)
        {
            if (!keep.Outlets.Contains(outlet))
            {
                keep.Outlets.Add(outlet);
            }
        }
        gone.Parent = keep.Index;
        gone.Centroid.Clear();
        gone.Centroid.TrimExcess();
        Prune(keep);
        if (!keep.Dirty)
        {
            keep.Dirty = true;
            _dirty.Add(keep.Index);
        }
    }

    /// <summary>Links events into storylines: a looser similarity over a longer window, without merging the events.</summary>
    private int[] Storylines(List<int> roots)
    {
        var line = new int[roots.Count];
        var position = new Dictionary<int, int>(roots.Count);
        for (var i = 0; i < roots.Count; i++)
        {
            line[i] = i;
            position[roots[i]] = i;
        }
        int FindLine(int x)
        {
            while (line[x] != x)
            {
                x = line[x] = line[line[x]];
            }
            return x;
        }
        for (var i = 0; i < roots.Count; i++)
        {
            var story = _stories[roots[i]];
            foreach (var other in Related(story, _options.StorylineWindowDays))
            {
                if (position.TryGetValue(other, out var j) && CentroidCosine(story, _stories[other]) >= _options.StorylineThreshold)
                {
                    var (a, b) = (FindLine(i), FindLine(j));
                    line[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }
        var result = new int[roots.Count];
        for (var i = 0; i < roots.Count; i++)
        {
            result[i] = FindLine(i);
        }
        return result;
    }

    private static List<KeyValuePair<ulong, float>> TopTerms(StoryState story, int count)
    {
        var terms = new List<KeyValuePair<ulong, float>>(story.Centroid);
        terms.Sort(ByWeight);
        if (terms.Count > count)
        {
            terms.RemoveRange(count, terms.Count - count);
        }
        return terms;
    }

    private string Label(StoryState story, int count)
    {
        var words = new List<string>(count);
        foreach (var (term, _) in TopTerms(story, count))
        {
            if (_surface.TryGetValue(term, out var word))
            {
                words.Add(word);
            }
        }
        return string.Join(", ", words);
    }

    private int Find(int story)
    {
        var x = story;
        while (_stories[x].Parent != x)
        {
            var parent = _stories[x].Parent;
            _stories[x].Parent = _stories[parent].Parent;
            x = parent;
        }
        return x;
    }

    private void BuildVector(StoryInput article)
    {
        _counts.Clear();
        AddWords(article.Title, _options.TitleWeight, detectEntities: false);
        AddWords(article.Text, 1, detectEntities: true);
        foreach (var entity in article.Entities)
        {
            var term = WordHashing.Of(entity) ^ EntitySalt;
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, term, out var exists);
            count += (float)_options.EntityWeight;
            if (!exists && !_surface.ContainsKey(term))
            {
                _surface[term] = entity;
            }
        }

        var documents = _assignment.Count + 1;
        _vector.Clear();
        foreach (var (term, count) in _counts)
        {
            ref var df = ref CollectionsMarshal.GetValueRefOrAddDefault(_documentFrequency, term, out _);
            df++;
            var idf = Math.Log((documents + _options.BackgroundDocuments) / (double)df);
            _vector.Add(new(term, (float)((1 + Math.Log(count)) * idf)));
        }
        _vector.Sort(ByWeight);
        if (_vector.Count > _options.MaxArticleTerms)
        {
            _vector.RemoveRange(_options.MaxArticleTerms, _vector.Count - _options.MaxArticleTerms);
        }
        double norm = 0;
        foreach (var (_, weight) in _vector)
        {
            norm += (double)weight * weight;
        }
        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < _vector.Count; i++)
            {
                _vector[i] = new(_vector[i].Key, _vector[i].Value * scale);
            }
        }
    }

    private void AddWords(string text, double weight, bool detectEntities)
    {
        var span = text.AsSpan();
        var words = new WordHashing.WordEnumerator(span);
        while (words.MoveNext())
        {
            var word = words.Current;
            var surface = span.Slice(word.Start, word.Length);
            if (word.Length < 2 || IsShortNumber(surface) || StopWords.Contains(word.Hash))
            {
                continue;
            }
            var term = word.Hash;
            // A light plural/possessive fold ("workers", "Marenko's"): the commonest English inflection, cheap to undo.
            var last = surface[^1];
            if ((last == 's' || last == 'S') && surface.Length > 3 && char.ToLowerInvariant(surface[^2]) != 's')
            {
                term = WordHashing.Of(surface[..^1]);
                surface = surface[..^1].TrimEnd("'\u2019");
            }
            var amount = weight;
            if (detectEntities && word.Capitalised && IsMidSentence(span, word.Start))
            {
                amount = Math.Max(amount, _options.EntityWeight);
            }
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, term, out var seen);
            count += (float)amount;
            if (!seen)
            {
                ref var form = ref CollectionsMarshal.GetValueRefOrAddDefault(_surface, term, out var known);
                if (!known)
                {
                    form = surface.ToString().ToLowerInvariant();
                }
            }
        }
    }

    private static bool IsShortNumber(ReadOnlySpan<char> word) => word.Length <= 2 && char.IsDigit(word[0]);

    /// <summary>A capitalised word not at a sentence start is likely a name: the plain-text stand-in for entity mentions.</summary>
    private static bool IsMidSentence(ReadOnlySpan<char> text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        if (i < 0)
        {
            return false;
        }
        var c = text[i];
        return c is not ('.' or '!' or '?' or '\n' or '\r' or '"' or '\u201C' or '\u201D' or ':' or '\u2014' or '-');
    }

    private static int ByWeight(KeyValuePair<ulong, float> a, KeyValuePair<ulong, float> b)
    {
        var byWeight = b.Value.CompareTo(a.Value);
        return byWeight != 0 ? byWeight : a.Key.CompareTo(b.Key);
    }

    private static FrozenSet<ulong> LoadStopWords()
    {
        var hashes = new HashSet<ulong>();
        foreach (var word in Lexicon.Lines("stories-stopwords"))
        {
            hashes.Add(WordHashing.Of(word));
        }
        return hashes.ToFrozenSet();
    }

    /// <summary>One story while grouping: a centroid of summed unit term vectors, its time range and outlets.</summary>
    private sealed class StoryState(int index)
    {
        public int Index { get; } = index;

        public int Parent { get; set; } = index;

        public Dictionary<ulong, float> Centroid { get; } = [];

        public double Norm { get; set; }

        public int Size { get; set; }

        public long First { get; set; } = long.MaxValue;

        public long Last { get; set; } = long.MinValue;

        public List<string> Outlets { get; } = [];

        public bool Dirty { get; set; }
    }
}
