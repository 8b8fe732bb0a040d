using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>
/// The token trie behind the phrase lexicons: phrases tokenised with <see cref="Tokenizer"/>, one node per token, edges
/// found by the token's <see cref="WordFold"/> hash (case and apostrophe style ignored) in one flat table, a "*" token
/// matching any one word. Each phrase carries the index of the file (lexicon) it came from, so one walk serves several
/// lexicons at once; a phrase repeated within a file keeps its first value.
/// </summary>
/// <typeparam name="T">The value stored with a phrase.</typeparam>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class PhraseTrie<T>
{
    private readonly int[] _wildcard;
    private readonly bool[] _hasChildren;
    private readonly (int File, T Value)[][] _values;
    private readonly Edge[] _edges;
    // Each slot's tag (the mixed key's low bits, never 0; 0 marks an empty slot) apart from the edges: probing reads 4
    // bytes a slot, so the whole probe array stays in a few cache lines while the other stages evict the rest.
    private readonly uint[] _tags;
    private readonly int _shift;
    private readonly int _mask;
    private readonly int _longestWord;
    private readonly KeyFilter _rootWords;
    // The words of the edges below the root: after a common opener ("the", "a", "it") most next words lead nowhere, and the
    // remembering walk asks each new (node, word) pair once, hashing the word and probing the edge table for it.
    private readonly KeyFilter _innerWords;

    /// <summary>Builds the trie from each file's phrases, in file order.</summary>
    public PhraseTrie(IReadOnlyList<IEnumerable<KeyValuePair<string, T>>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var wildcard = new List<int> { -1 };
        var values = new List<List<(int File, T Value)>> { new() };
        var edges = new Dictionary<(int Parent, string Word), int>(EdgeComparer.Instance);
        var tokens = new List<Token>();
        for (var file = 0; file < files.Count; file++)
        {
            foreach (var (phrase, value) in files[file])
            {
                tokens.Clear();
                Tokenizer.Tokenize(phrase.AsSpan(), 0, tokens);
                if (tokens.Count == 0)
                {
                    continue;
                }
                var node = 0;
                foreach (var token in tokens)
                {
                    var word = phrase.Substring(token.Span.Start, token.Span.Length);
                    if (word == "*")
                    {
                        if (wildcard[node] < 0)
                        {
                            wildcard[node] = NewNode(wildcard, values);
                        }
                        node = wildcard[node];
                    }
                    else if (edges.TryGetValue((node, word), out var child))
                    {
                        node = child;
                    }
                    else
                    {
                        node = edges[(node, word)] = NewNode(wildcard, values);
                    }
                }
                if (!values[node].Exists(v => v.File == file))
                {
                    values[node].Add((file, value));
                }
            }
        }
        _wildcard = [.. wildcard];
        _values = [.. values.Select(v => v.ToArray())];
        _hasChildren = new bool[wildcard.Count];
        var bits = 4;
        while ((1 << bits) < edges.Count * 2)
        {
            bits++;
        }
        _edges = new Edge[1 << bits];
        _tags = new uint[1 << bits];
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
        var rootWords = new List<string>();
        var innerWords = new List<string>();
        foreach (var ((parent, word), child) in edges)
        {
            _hasChildren[parent] = true;
            _longestWord = Math.Max(_longestWord, word.Length);
            (parent == 0 ? rootWords : innerWords).Add(word);
            var hash = WordFold.Hash(word);
            var key = Mix(parent, hash);
            var slot = SlotOf(key);
            while (_tags[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _tags[slot] = Tag(key);
            _edges[slot] = new Edge(hash, parent, child, word);
        }
        _rootWords = new KeyFilter(rootWords);
        _innerWords = new KeyFilter(innerWords);
    }

    /// <summary>
    /// Walks the phrases starting at token <paramref name="index"/> (not past <paramref name="end"/>), telling
    /// <paramref name="visitor"/> each token index at which a phrase ends, with that phrase's values; an exact token is
    /// tried before a wildcard.
    /// </summary>
    public void Walk<TVisitor>(string text, ReadOnlySpan<Token> tokens, int index, int end, ref TVisitor visitor)
        where TVisitor : struct, IPhraseVisitor<T>
    {
        if (index < end && (_wildcard[0] >= 0 || _rootWords.MayContain(tokens[index].Span.Slice(text))))
        {
            Walk(0, text, tokens, index, end, ref visitor);
        }
    }

    /// <summary>
    /// The same walk as <see cref="Walk{TVisitor}(string, ReadOnlySpan{Token}, int, int, ref TVisitor)"/>, with each token's
    /// word type (tokens of one type have the same case-folded text; -1 for none): which child a word leads to depends on
    /// the node and the word alone, so <paramref name="memo"/> keeps the answer per (node, type) for the whole article,
    /// and a word that recurs ("the", which opens phrases) is hashed and looked up in the trie once, not at every use.
    /// </summary>
    public void Walk<TVisitor>(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> types, int index, int end, TrieMemo memo, ref TVisitor visitor)
        where TVisitor : struct, IPhraseVisitor<T>
    {
        if (_wildcard[0] >= 0 || _values[0].Length > 0)
        {
            // A wildcard or an empty phrase at the root: the plain walk, which handles them.
            Walk(text, tokens, index, end, ref visitor);
            return;
        }
        if (index >= end)
        {
            return;
        }
        var child = RememberedChild(0, text, tokens[index], types[index], memo);
        if (child >= 0)
        {
            Walk(child, text, tokens, types, index + 1, end, memo, ref visitor);
        }
    }

    /// <summary>
    /// Whether a remembering walk may start at <see cref="RootChild"/> and go on with <see cref="WalkFrom"/>: the root
    /// holds no wildcard and no empty phrase (else the plain walk handles it).
    /// </summary>
    public bool StartsAtRootChild => _wildcard[0] < 0 && _values[0].Length == 0;

    /// <summary>
    /// The node the root leads to for <paramref name="token"/> of word type <paramref name="type"/> (-1: none), as the
    /// remembering walk finds it; with <see cref="StartsAtRootChild"/>, a phrase can start at the token only when this is
    /// not -1. A caller that walks every token asks <paramref name="memo"/>'s root array first
    /// (<see cref="TrieMemo.TryGetRoot"/>) and calls this only for a type not seen yet.
    /// </summary>
    public int RootChild(string text, Token token, int type, TrieMemo memo) => RememberedChild(0, text, token, type, memo);

    /// <summary>
    /// The rest of the remembering walk from <paramref name="node"/> (the root's child for token
    /// <paramref name="index"/> - 1), telling <paramref name="visitor"/> what it reaches: with <see cref="RootChild"/>, the
    /// same visits as <see cref="Walk{TVisitor}(string, ReadOnlySpan{Token}, ReadOnlySpan{int}, int, int, TrieMemo, ref TVisitor)"/>
    /// from that token, without a call per token that leads nowhere.
    /// </summary>
    public void WalkFrom<TVisitor>(int node, string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> types, int index, int end, TrieMemo memo,
        ref TVisitor visitor)
        where TVisitor : struct, IPhraseVisitor<T> =>
        Walk(node, text, tokens, types, index, end, memo, ref visitor);

    /// <summary>Every edge (one per node and case-folded word): its node, word and the node it leads to, in no particular order.</summary>
    public IEnumerable<(int Parent, string Word, int Child)> Edges()
    {
        foreach (var edge in _edges)
        {
            if (edge.Word is not null)
            {
                yield return (edge.Parent, edge.Word, edge.Child);
            }
        }
    }

    // The child node leads to for the token's word (-1: none), from the memo when its type was asked before (below the
    // root, first whether the caller knows that no word of the type is on any edge there). At the root the first-word
    // sketch answers most words first, as in the plain walk.
    private int RememberedChild(int node, string text, Token token, int type, TrieMemo memo)
    {
        if (node != 0 && memo.NoInnerEdge(type))
        {
            return -1;
        }
        if (type >= 0 && memo.TryGet(node, type, out var child))
        {
            return child;
        }
        var word = token.Span.Slice(text);
        child = (node != 0 ? _innerWords : _rootWords).MayContain(word) && _hasChildren[node] && word.Length <= _longestWord ? Child(node, word) : -1;
        if (type >= 0)
        {
            memo.Add(node, type, child);
        }
        return child;
    }

    private void Walk<TVisitor>(int node, string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> types, int index, int end, TrieMemo memo,
        ref TVisitor visitor)
        where TVisitor : struct, IPhraseVisitor<T>
    {
        if (_values[node].Length > 0)
        {
            visitor.Reached(index, _values[node]);
        }
        if (index >= end)
        {
            return;
        }
        var token = tokens[index];
        if (_hasChildren[node] && RememberedChild(node, text, token, types[index], memo) is var child && child >= 0)
        {
            Walk(child, text, tokens, types, index + 1, end, memo, ref visitor);
        }
        if (_wildcard[node] >= 0 && token.Kind == TokenKind.Word)
        {
            Walk(_wildcard[node], text, tokens, types, index + 1, end, memo, ref visitor);
        }
    }

    // The plain walk, kept apart from the remembering one above: it is the claims stage's phrase matchers' hot path, and
    // one walk for both (types empty, no memo) measured 5–10 % slower there (docs/performance.md, Signals, round 7).
    private void Walk<TVisitor>(int node, string text, ReadOnlySpan<Token> tokens, int index, int end, ref TVisitor visitor)
        where TVisitor : struct, IPhraseVisitor<T>
    {
        if (_values[node].Length > 0)
        {
            visitor.Reached(index, _values[node]);
        }
        if (index >= end)
        {
            return;
        }
        var token = tokens[index];
        if (_hasChildren[node] && token.Span.Length <= _longestWord)
        {
            var child = Child(node, token.Span.Slice(text));
            if (child >= 0)
            {
                Walk(child, text, tokens, index + 1, end, ref visitor);
            }
        }
        if (_wildcard[node] >= 0 && token.Kind == TokenKind.Word)
        {
            Walk(_wildcard[node], text, tokens, index + 1, end, ref visitor);
        }
    }

    private int Child(int node, ReadOnlySpan<char> word)
    {
        var hash = WordFold.Hash(word);
        var key = Mix(node, hash);
        var tag = Tag(key);
        var slot = SlotOf(key);
        while (true)
        {
            var found = _tags[slot];
            if (found == 0)
            {
                return -1;
            }
            if (found == tag)
            {
                ref readonly var edge = ref _edges[slot];
                if (edge.Hash == hash && edge.Parent == node && WordFold.Equal(edge.Word, word))
                {
                    return edge.Child;
                }
            }
            slot = (slot + 1) & _mask;
        }
    }

    private static ulong Mix(int parent, ulong hash) => (hash ^ (uint)parent) * 0x9E3779B97F4A7C15UL;

    private int SlotOf(ulong key) => (int)(key >> _shift);

    private static uint Tag(ulong key) => (uint)key | 1;

    private static int NewNode(List<int> wildcard, List<List<(int File, T Value)>> values)
    {
        wildcard.Add(-1);
        values.Add([]);
        return wildcard.Count - 1;
    }

    private readonly record struct Edge(ulong Hash, int Parent, int Child, string Word);

    /// <summary>Edges compared as the walk compares tokens: same parent, words equal once folded.</summary>
    private sealed class EdgeComparer : IEqualityComparer<(int Parent, string Word)>
    {
        public static readonly EdgeComparer Instance = new();

        public bool Equals((int Parent, string Word) x, (int Parent, string Word) y) => x.Parent == y.Parent && WordFold.Equal(x.Word, y.Word);

        public int GetHashCode((int Parent, string Word) obj) => HashCode.Combine(obj.Parent, WordFold.Hash(obj.Word));
    }
}
