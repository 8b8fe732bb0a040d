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
/// Not thread-safe (one stream, one grouper). Terms are 64-bit hashes of normalised words, numbered densely on first
/// sight, so no string is made per token; only a term's first surface form is kept, for labels.
/// Memory is bounded per story and per term, not per article: a centroid is two sorted arrays (term number, weight) of
/// at most twice <see cref="StoryOptions.MaxCentroidTerms"/> entries, and a term remembers only the
/// <see cref="StoryOptions.MaxPostingsPerTerm"/> stories that took it up last (the only ones candidate lookup reads).
/// </remarks>
public sealed class StoryGrouper
{
    private const ulong EntitySalt = 0x5A17E5A17E5A17E5UL;
    private static readonly FrozenSet<ulong> StopWords = LoadStopWords();

    private readonly StoryOptions _options;
    private readonly int _postingCap;
    private readonly TermTable _termIds = new();
    private readonly Dictionary<string, int> _outletIds = new(StringComparer.Ordinal);
    private readonly List<StoryState> _stories = [];
    private readonly List<int> _assignment = [];
    private readonly List<int> _dirty = [];
    private readonly List<int> _touched = [];
    private readonly List<int> _hitStories = [];
    private readonly List<int> _related = [];
    private TermInfo[] _terms = new TermInfo[1024];
    private int _termCount;

    // Scratch indexed by term number or story index, stamped instead of cleared, so placing an article allocates nothing.
    private float[] _count = new float[1024];
    private int[] _countStamp = new int[1024];
    private float[] _query = new float[1024];
    private float[] _hit = new float[1024];
    private int[] _hitStamp = new int[1024];
    private int _stamp;
    private Weighted[] _vector = new Weighted[256];
    private int _vectorCount;
    private Weighted[] _ranked = new Weighted[256];
    private int[] _joinIds = new int[64];
    private float[] _joinWeights = new float[64];
    private float[] _pruneWeights = new float[512];
    private int[] _mergeIds = new int[512];
    private float[] _mergeWeights = new float[512];
    private int _sinceMerge;

    /// <summary>Creates an empty grouper.</summary>
    public StoryGrouper(StoryOptions? options = null)
    {
        _options = options ?? StoryOptions.Default;
        _postingCap = Math.Max(1, _options.MaxPostingsPerTerm);
    }

    /// <summary>How many articles were added.</summary>
    public int Count => _assignment.Count;

    /// <summary>The longest posting list (stories remembered for one term): at most <see cref="StoryOptions.MaxPostingsPerTerm"/>.</summary>
    internal int LongestPostingList
    {
        get
        {
            var longest = 0;
            for (var t = 0; t < _termCount; t++)
            {
                longest = Math.Max(longest, _terms[t].PostingCount);
            }
            return longest;
        }
    }

    /// <summary>Adds an article and returns the (provisional) story it joined.</summary>
    /// <param name="article">The article.</param>
    /// <param name="sameStoryAs">Index of an earlier article this one must join (a copy of it), or null.</param>
    public int Add(StoryInput article, int? sameStoryAs = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        BuildVector(article);
        long? time = article.PublishedAt?.UtcTicks;
        var outlet = article.Outlet.Length > 0 ? OutletId(article.Outlet) : -1;
        int story;
        if (sameStoryAs is { } earlier && earlier >= 0 && earlier < _assignment.Count)
        {
            story = Find(_assignment[earlier]);
        }
        else
        {
            story = BestStory(time, outlet);
        }
        if (story < 0)
        {
            story = _stories.Count;
            _stories.Add(new StoryState(story));
        }
        Join(_stories[story], time, outlet);
        for (var i = 0; i < _vectorCount; i++)
        {
            _query[_vector[i].Id] = 0;
        }
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

    private int BestStory(long? time, int outlet)
    {
        // Candidates are ranked by the summed weight of the query terms they share, and only the best few get a full
        // cosine: popular terms ("covid", "election") reach hundreds of stories that share nothing else.
        CollectHits(_vector, Math.Min(_options.QueryTerms, _vectorCount), exclude: -1);
        var candidates = TopHits(_options.MaxCandidates);
        var best = -1;
        var bestScore = _options.JoinThreshold;
        for (var r = 0; r < candidates; r++)
        {
            var candidate = _ranked[r].Id;
            var story = _stories[candidate];
            var decay = Decay(time, story.First, story.Last, _options.EventWindowDays);
            if (decay <= 0)
            {
                continue;
            }
            var score = Cosine(story) * decay;
            if (outlet >= 0 && story.HasOutlet(outlet))
            {
                score *= _options.SameOutletFactor;
            }
            if (score > bestScore || (score == bestScore && (best < 0 || candidate < best)))
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>Sums, per root story, the weights of the given terms whose recent postings name it.</summary>
    private void CollectHits(Weighted[] terms, int count, int exclude)
    {
        _stamp++;
        _hitStories.Clear();
        EnsureStoryScratch();
        for (var t = 0; t < count; t++)
        {
            ref var term = ref _terms[terms[t].Id];
            var weight = terms[t].Weight;
            var postings = term.Postings;
            // Newest first, as the lists were read before they were capped (the cap drops only what was never read).
            for (var j = term.PostingCount - 1; j >= 0; j--)
            {
                var root = Find(postings![(term.PostingStart + j) % term.PostingCount]);
                if (root == exclude)
                {
                    continue;
                }
                if (_hitStamp[root] != _stamp)
                {
                    _hitStamp[root] = _stamp;
                    _hit[root] = 0;
                    _hitStories.Add(root);
                }
                _hit[root] += weight;
            }
        }
    }

    /// <summary>Puts the <paramref name="count"/> best hits (most weight, then oldest story) first in <see cref="_ranked"/>, in that order.</summary>
    private int TopHits(int count)
    {
        var kept = 0;
        if (count <= 0)
        {
            return 0;
        }
        if (_ranked.Length < count + 1)
        {
            _ranked = new Weighted[count + 1];
        }
        foreach (var story in _hitStories)
        {
            var item = new Weighted(story, _hit[story], (ulong)story);
            if (kept == count && !Before(item, _ranked[kept - 1]))
            {
                continue;
            }
            var at = kept < count ? kept++ : kept - 1;
            while (at > 0 && Before(item, _ranked[at - 1]))
            {
                _ranked[at] = _ranked[at - 1];
                at--;
            }
            _ranked[at] = item;
        }
        return kept;

        static bool Before(Weighted a, Weighted b) => a.Weight != b.Weight ? a.Weight > b.Weight : a.Id < b.Id;
    }

    private double Cosine(StoryState story)
    {
        if (story.Norm <= 0)
        {
            return 0;
        }
        double dot = 0;
        var ids = story.Ids;
        var weights = story.Weights;
        var query = _query;
        for (var i = 0; i < story.Count; i++)
        {
            dot += query[ids[i]] * weights[i];
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

    private void Join(StoryState story, long? time, int outlet)
    {
        // The article's terms, by number, merged into the centroid's sorted arrays.
        var terms = _vectorCount;
        if (_joinIds.Length < terms)
        {
            _joinIds = new int[terms];
            _joinWeights = new float[terms];
        }
        for (var i = 0; i < terms; i++)
        {
            _joinIds[i] = _vector[i].Id;
            _joinWeights[i] = _vector[i].Weight;
        }
        _joinIds.AsSpan(0, terms).Sort(_joinWeights.AsSpan(0, terms));
        AddToCentroid(story, _joinIds, _joinWeights, terms);
        story.Size++;
        if (time is { } t)
        {
            story.First = Math.Min(story.First, t);
            story.Last = story.Last == long.MinValue ? t : Math.Max(story.Last, t);
        }
        if (outlet >= 0)
        {
            story.AddOutlet(outlet);
        }
        Prune(story);
        MarkDirty(story);
    }

    /// <summary>Adds sorted (term, weight) pairs into a story's centroid, indexing the terms it did not have.</summary>
    private void AddToCentroid(StoryState story, int[] ids, float[] weights, int count)
    {
        EnsureMergeScratch(story.Count + count);
        int i = 0, j = 0, n = 0;
        while (i < story.Count || j < count)
        {
            if (j >= count || (i < story.Count && story.Ids[i] < ids[j]))
            {
                _mergeIds[n] = story.Ids[i];
                _mergeWeights[n++] = story.Weights[i++];
            }
            else if (i >= story.Count || ids[j] < story.Ids[i])
            {
                _mergeIds[n] = ids[j];
                _mergeWeights[n++] = weights[j];
                PushPosting(ids[j++], story.Index);
            }
            else
            {
                _mergeIds[n] = ids[j];
                _mergeWeights[n++] = story.Weights[i++] + weights[j++];
            }
        }
        story.SetCentroid(_mergeIds.AsSpan(0, n), _mergeWeights.AsSpan(0, n));
    }

    private void PushPosting(int termId, int story)
    {
        ref var term = ref _terms[termId];
        if (term.PostingCount < _postingCap)
        {
            if (term.Postings is null || term.PostingCount == term.Postings.Length)
            {
                var larger = new int[Math.Min(_postingCap, Math.Max(4, term.PostingCount * 2))];
                term.Postings?.AsSpan(0, term.PostingCount).CopyTo(larger);
                term.Postings = larger;
            }
            term.Postings[term.PostingCount++] = story;
        }
        else
        {
            // Full: overwrite the oldest; PostingStart marks the oldest of the ring.
            term.Postings![term.PostingStart] = story;
            term.PostingStart = (term.PostingStart + 1) % _postingCap;
        }
    }

    /// <summary>Keeps a centroid to its strongest terms once it doubles the cap, and refreshes its norm.</summary>
    private void Prune(StoryState story)
    {
        var max = _options.MaxCentroidTerms;
        if (story.Count > 2 * max)
        {
            if (_pruneWeights.Length < story.Count)
            {
                _pruneWeights = new float[Math.Max(story.Count, _pruneWeights.Length * 2)];
            }
            var sorted = _pruneWeights.AsSpan(0, story.Count);
            story.Weights.AsSpan(0, story.Count).CopyTo(sorted);
            sorted.Sort();
            var cut = sorted[^max];
            var above = 0;
            foreach (var w in sorted)
            {
                above += w > cut ? 1 : 0;
            }
            // Ties at the cut go by term number so the result depends on nothing but the input order.
            var ties = max - above;
            EnsureMergeScratch(story.Count);
            var n = 0;
            for (var i = 0; i < story.Count; i++)
            {
                var w = story.Weights[i];
                if (w > cut || (w == cut && ties-- > 0))
                {
                    _mergeIds[n] = story.Ids[i];
                    _mergeWeights[n++] = w;
                }
            }
            story.SetCentroid(_mergeIds.AsSpan(0, n), _mergeWeights.AsSpan(0, n));
        }
        double norm = 0;
        for (var i = 0; i < story.Count; i++)
        {
            norm += (double)story.Weights[i] * story.Weights[i];
        }
        story.Norm = Math.Sqrt(norm);
    }

    private void MarkDirty(StoryState story)
    {
        if (!story.Dirty)
        {
            story.Dirty = true;
            _dirty.Add(story.Index);
        }
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
    /// <see cref="StoryOptions.MaxCandidates"/> sharing the most weight, in index order. The list is reused: read it
    /// before the next call.
    /// </summary>
    private List<int> Related(StoryState story, double windowDays)
    {
        var top = TopTerms(story, _options.QueryTerms, out var count);
        CollectHits(top, count, exclude: story.Index);
        var ranked = new Weighted[_hitStories.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = new Weighted(_hitStories[i], _hit[_hitStories[i]], (ulong)_hitStories[i]);
        }
        // Story numbers in the hash slot: ties go to the older story.
        ranked.AsSpan().Sort(default(ByWeight));
        _related.Clear();
        for (var r = 0; r < ranked.Length && _related.Count < _options.MaxCandidates; r++)
        {
            var other = _stories[ranked[r].Id];
            if (Decay(other.First == long.MaxValue ? null : other.First, story.First, story.Last, windowDays) > 0)
            {
                _related.Add(other.Index);
            }
        }
        _related.Sort();
        return _related;
    }

    private static double CentroidCosine(StoryState a, StoryState b)
    {
        if (a.Norm <= 0 || b.Norm <= 0)
        {
            return 0;
        }
        double dot = 0;
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var x = a.Ids[i];
            var y = b.Ids[j];
            if (x == y)
            {
                dot += (double)a.Weights[i++] * b.Weights[j++];
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return dot / (a.Norm * b.Norm);
    }

    /// <summary>Folds the later story into the earlier one, which keeps its index (and so its identity).</summary>
    private void Merge(StoryState a, StoryState b)
    {
        var (keep, gone) = a.Index < b.Index ? (a, b) : (b, a);
        AddToCentroid(keep, gone.Ids, gone.Weights, gone.Count);
        keep.Size += gone.Size;
        keep.First = Math.Min(keep.First, gone.First);
        keep.Last = Math.Max(keep.Last, gone.Last);
        for (var i = 0; i < gone.OutletCount; i++)
        {
            keep.AddOutlet(gone.Outlets[i]);
        }
        gone.Parent = keep.Index;
        gone.Release();
        Prune(keep);
        MarkDirty(keep);
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

    /// <summary>A story's <paramref name="count"/> strongest terms, ties by term hash (a fresh array).</summary>
    private Weighted[] TopTerms(StoryState story, int count, out int kept)
    {
        var terms = new Weighted[story.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            var id = story.Ids[i];
            terms[i] = new Weighted(id, story.Weights[i], _terms[id].Hash);
        }
        kept = SelectTop(terms, count);
        return terms;
    }

    private string Label(StoryState story, int count)
    {
        var words = new List<string>(count);
        var top = TopTerms(story, count, out var kept);
        for (var i = 0; i < kept; i++)
        {
            if (_terms[top[i].Id].Surface is { } word)
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

    private int OutletId(string outlet)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_outletIds, outlet, out var exists);
        if (!exists)
        {
            id = _outletIds.Count - 1;
        }
        return id;
    }

    /// <summary>The number of a term, registering it (with its surface form, for labels) on first sight.</summary>
    private int TermId(ulong hash, ReadOnlySpan<char> surface, bool lower)
    {
        var id = _termIds.GetOrAdd(hash, _termCount);
        if (id < _termCount)
        {
            return id;
        }
        _termCount++;
        if (id == _terms.Length)
        {
            var size = _terms.Length * 2;
            Array.Resize(ref _terms, size);
            Array.Resize(ref _count, size);
            Array.Resize(ref _countStamp, size);
            Array.Resize(ref _query, size);
        }
        _terms[id] = new TermInfo { Hash = hash, Surface = lower ? surface.ToString().ToLowerInvariant() : surface.ToString() };
        return id;
    }

    private void BuildVector(StoryInput article)
    {
        _stamp++;
        _touched.Clear();
        AddWords(article.Title, _options.TitleWeight, detectEntities: false);
        AddWords(article.Text, 1, detectEntities: true);
        foreach (var entity in article.Entities)
        {
            Tally(TermId(WordHashing.Of(entity) ^ EntitySalt, entity, lower: false), (float)_options.EntityWeight);
        }

        var documents = _assignment.Count + 1;
        if (_vector.Length < _touched.Count)
        {
            _vector = new Weighted[Math.Max(_touched.Count, _vector.Length * 2)];
        }
        var n = 0;
        foreach (var id in _touched)
        {
            ref var term = ref _terms[id];
            var df = ++term.Frequency;
            var idf = Math.Log((documents + _options.BackgroundDocuments) / (double)df);
            _vector[n++] = new Weighted(id, (float)((1 + Math.Log(_count[id])) * idf), term.Hash);
        }
        n = SelectTop(_vector.AsSpan(0, n), _options.MaxArticleTerms);
        double norm = 0;
        for (var i = 0; i < n; i++)
        {
            norm += (double)_vector[i].Weight * _vector[i].Weight;
        }
        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < n; i++)
            {
                _vector[i] = _vector[i] with { Weight = _vector[i].Weight * scale };
            }
        }
        _vectorCount = n;
        for (var i = 0; i < n; i++)
        {
            _query[_vector[i].Id] = _vector[i].Weight;
        }
    }

    private void Tally(int id, float amount)
    {
        if (_countStamp[id] != _stamp)
        {
            _countStamp[id] = _stamp;
            _count[id] = 0;
            _touched.Add(id);
        }
        _count[id] += amount;
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
            Tally(TermId(term, surface, lower: true), (float)amount);
        }
    }

    private void EnsureStoryScratch()
    {
        if (_hit.Length < _stories.Count)
        {
            var size = Math.Max(_stories.Count, _hit.Length * 2);
            Array.Resize(ref _hit, size);
            Array.Resize(ref _hitStamp, size);
        }
    }

    private void EnsureMergeScratch(int size)
    {
        if (_mergeIds.Length < size)
        {
            Array.Resize(ref _mergeIds, Math.Max(size, _mergeIds.Length * 2));
            Array.Resize(ref _mergeWeights, _mergeIds.Length);
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

    private static FrozenSet<ulong> LoadStopWords()
    {
        var hashes = new HashSet<ulong>();
        foreach (var word in Lexicon.Lines("stories-stopwords"))
        {
            hashes.Add(WordHashing.Of(word));
        }
        return hashes.ToFrozenSet();
    }

    /// <summary>
    /// Moves the <paramref name="count"/> first items in <see cref="ByWeight"/> order to the front, in that order, and
    /// returns how many there are: the same prefix a full sort gives (the order is total), for a fraction of the cost
    /// when only the top 40 of 300 terms are wanted.
    /// </summary>
    private static int SelectTop(Span<Weighted> items, int count)
    {
        count = Math.Min(count, items.Length);
        if (count <= 0)
        {
            return 0;
        }
        var order = default(ByWeight);
        items[..count].Sort(order);
        for (var i = count; i < items.Length; i++)
        {
            var item = items[i];
            if (order.Compare(item, items[count - 1]) >= 0)
            {
                continue;
            }
            // The displaced last item goes where the newcomer was, so the span stays a permutation.
            items[i] = items[count - 1];
            var at = count - 1;
            while (at > 0 && order.Compare(item, items[at - 1]) < 0)
            {
                items[at] = items[at - 1];
                at--;
            }
            items[at] = item;
        }
        return count;
    }

    /// <summary>A term (or story) number with a weight, and the hash that breaks weight ties.</summary>
    private readonly record struct Weighted(int Id, float Weight, ulong Hash);

    /// <summary>Heaviest first, ties by hash: independent of the order terms were met in.</summary>
    private readonly struct ByWeight : IComparer<Weighted>
    {
        public int Compare(Weighted a, Weighted b)
        {
            var byWeight = b.Weight.CompareTo(a.Weight);
            return byWeight != 0 ? byWeight : a.Hash.CompareTo(b.Hash);
        }
    }

    /// <summary>What the grouper knows of one term: its hash, document frequency, first surface form and recent stories.</summary>
    private struct TermInfo
    {
        public ulong Hash;
        public int Frequency;
        public string? Surface;

        /// <summary>The stories that last took the term up, a ring once full: oldest at <see cref="PostingStart"/>.</summary>
        public int[]? Postings;
        public int PostingStart;
        public int PostingCount;
    }

    /// <summary>One story while grouping: a centroid of summed unit term vectors (sorted by term number), its time range and outlets.</summary>
    private sealed class StoryState(int index)
    {
        public int Index { get; } = index;

        public int Parent { get; set; } = index;

        public int[] Ids { get; private set; } = [];

        public float[] Weights { get; private set; } = [];

        public int Count { get; private set; }

        public double Norm { get; set; }

        public int Size { get; set; }

        public long First { get; set; } = long.MaxValue;

        public long Last { get; set; } = long.MinValue;

        public int[] Outlets { get; private set; } = [];

        public int OutletCount { get; private set; }

        public bool Dirty { get; set; }

        /// <summary>Replaces the centroid, reusing the arrays when they are large enough and not far too large.</summary>
        public void SetCentroid(ReadOnlySpan<int> ids, ReadOnlySpan<float> weights)
        {
            if (Ids.Length < ids.Length || Ids.Length > 2 * ids.Length + 16)
            {
                // A little slack saves a reallocation on most of the next joins, which add a few new terms each.
                var size = ids.Length + Math.Min(32, ids.Length / 4);
                Ids = new int[size];
                Weights = new float[size];
            }
            ids.CopyTo(Ids);
            weights.CopyTo(Weights);
            Count = ids.Length;
        }

        public bool HasOutlet(int outlet) => Outlets.AsSpan(0, OutletCount).Contains(outlet);

        public void AddOutlet(int outlet)
        {
            if (HasOutlet(outlet))
            {
                return;
            }
            if (OutletCount == Outlets.Length)
            {
                var larger = new int[Math.Max(2, OutletCount * 2)];
                Outlets.AsSpan(0, OutletCount).CopyTo(larger);
                Outlets = larger;
            }
            Outlets[OutletCount++] = outlet;
        }

        public void Release()
        {
            Ids = [];
            Weights = [];
            Count = 0;
            Norm = 0;
        }
    }
}
