using System.Runtime.CompilerServices;
using Crosscheck.Claims;
using Crosscheck.Text;

namespace Crosscheck.Signals;

/// <summary>
/// All the signal lexicons in one token trie (<see cref="PhraseTrie{T}"/>), each phrase tagged with its file: one walk
/// per token finds every file's phrases, where a trie per file costs one look-up per token per file.
/// </summary>
/// <remarks>
/// Gives the same matches as one <see cref="PhraseMatcher{T}"/> per file run in file order: per file leftmost-longest and
/// non-overlapping (files may overlap each other), case-insensitive on whole tokens, "*" matching any one word, curly
/// and straight apostrophes equal, the first value of a repeated phrase winning. Immutable and thread-safe.
/// </remarks>
internal sealed class SignalPhraseIndex
{
    private readonly PhraseTrie<SignalEntry> _trie;
    private readonly int _files;
    // The root's words an all-ASCII token can equal, by lower-cased hash (RootCode), and their folded letters.
    private readonly Dictionary<ulong, int> _rootCodes = [];
    private readonly char[] _rootLetters = [];
    private readonly int _childBits;

    /// <summary>Builds the trie from each file's phrases, in file order.</summary>
    public SignalPhraseIndex(IReadOnlyList<IReadOnlyList<KeyValuePair<string, SignalEntry>>> files)
    {
        _files = files.Count;
        _trie = new PhraseTrie<SignalEntry>(files);
        if (!_trie.StartsAtRootChild)
        {
            return;
        }
        // An all-ASCII token equals an edge's word (as the trie compares, WordFold) exactly when its lower-cased letters are
        // the word's folded letters lower-cased: so a word whose folded letters are all ASCII is found by the hash the
        // word types take of such a token, and a word folding outside ASCII equals no all-ASCII token.
        var roots = new List<(ulong Hash, string Letters, int Child)>();
        var inner = new HashSet<ulong>();
        var maxChild = 0;
        foreach (var (parent, word, child) in _trie.Edges())
        {
            var folded = new char[word.Length];
            var ascii = true;
            for (var k = 0; k < word.Length; k++)
            {
                var c = WordFold.Fold(word[k]);
                ascii &= c < 128;
                folded[k] = c is >= 'A' and <= 'Z' ? (char)(c | 32) : c;
            }
            if (!ascii)
            {
                continue;
            }
            var hash = WordTypes.LowerHash(folded, out _);
            if (parent != 0)
            {
                inner.Add(hash);
                continue;
            }
            roots.Add((hash, new string(folded), child));
            maxChild = Math.Max(maxChild, child);
        }
        _childBits = 1;
        while ((1 << _childBits) <= maxChild + 1)
        {
            _childBits++;
        }
        var letters = new List<char>();
        foreach (var (hash, word, child) in roots)
        {
            // A code packs the child and where the word's length and letters start; one that does not fit in 30 bits,
            // and two words of one hash (a 64-bit collision), leave the answer to the trie (-1).
            var code = -1;
            if (letters.Count < (1 << (30 - _childBits)) && word.Length <= char.MaxValue && !_rootCodes.ContainsKey(hash))
            {
                code = (child + 1) | (letters.Count << _childBits);
                letters.Add((char)word.Length);
                letters.AddRange(word);
            }
            _rootCodes[hash] = code;
        }
        foreach (var hash in inner)
        {
            _rootCodes[hash] = _rootCodes.GetValueOrDefault(hash) | InnerEdge;
        }
        _rootLetters = [.. letters];
    }

    /// <summary>
    /// What the trie says of an all-ASCII word of lower-cased hash <paramref name="hash"/> (as <see cref="WordTypes"/>
    /// takes it), as the word rows keep it (<see cref="WordRows.LexiconRoot"/>): -1 when the trie must be asked; else
    /// <see cref="InnerEdge"/> when a word of that hash is on an edge below the root (without it the word leads nowhere
    /// there), and in the bits under it, 0 when no root word can equal it (no phrase starts there) or a code for the one
    /// root word of that hash (the node it leads to and its letters, which the walk compares with the token's).
    /// </summary>
    public int RootCode(ulong hash) => _rootCodes.TryGetValue(hash, out var code) ? code : 0;

    /// <summary>The bit of <see cref="RootCode"/> that says a word of the hash is on some edge below the root.</summary>
    public const int InnerEdge = 1 << 30;

    /// <summary>Appends every file's matches to <paramref name="results"/>, file by file, each file's in text order.</summary>
    /// <remarks>
    /// With <paramref name="words"/> (the tokens' word types), each trie edge is looked up once per (node, word type): the
    /// most common words ("the", "a", "it") begin phrases, so most tokens would otherwise hash and probe the trie.
    /// </remarks>
    public void FindAll(string text, IReadOnlyList<Token> tokens, List<PhraseMatch<SignalEntry>> results, WordTypes? words = null)
    {
        var all = TokenList.AsSpan(tokens);
        var n = all.Length;
        var memo = words?.Memo;
        var types = words is null ? default : words.Types.AsSpan(0, n);
        var longest = new PerFile(_files);
        // Starts come in ascending order, so each file's leftmost-longest, non-overlapping choice is made on the spot:
        // a phrase is taken when it starts at or after the end of that file's previous one.
        var free = new int[_files];
        var taken = new List<(int File, int Start, int End, SignalEntry Value)>();
        // With the memo, the root's answer for most tokens is an array read by type here: about three tokens in four start
        // no phrase, and walking each through the trie's calls was most of the walk's time.
        var fromRootChild = memo is not null && _trie.StartsAtRootChild;
        // The rows the model's word types found (WordTypes.RowOf), if any: they carry the root's answers.
        var (rows, rowOf) = words?.FoundRows ?? default;
        var rowValues = rows?.Values;
        for (var i = 0; i < n; i++)
        {
            if (fromRootChild)
            {
                if (!memo!.TryGetRoot(types[i], out var child))
                {
                    // The type's first token: its row (when it has one) tells the root's answer without the trie.
                    child = rowOf is not null && types[i] >= 0 && rowOf[types[i]] is var row && row >= 0 && words!.IsAscii(i)
                        && Unsafe.As<float, int>(ref rowValues![row + WordRows.LexiconRoot]) is var code && code != -1
                        ? FromCode(code & (InnerEdge - 1), text, all[i], types[i], memo)
                        : _trie.RootChild(text, all[i], types[i], memo);
                }
                if (child < 0)
                {
                    // Nothing reached: no file was touched.
                    continue;
                }
                _trie.WalkFrom(child, text, all, types, i + 1, n, memo, ref longest);
            }
            else if (memo is null)
            {
                _trie.Walk(text, all, i, n, ref longest);
            }
            else
            {
                _trie.Walk(text, all, types, i, n, memo, ref longest);
            }
            if (longest.Touched.Count == 0)
            {
                continue;
            }
            foreach (var f in longest.Touched)
            {
                if (longest.BestEnd[f] > i && i >= free[f])
                {
                    taken.Add((f, i, longest.BestEnd[f], longest.BestValue[f]!));
                    free[f] = longest.BestEnd[f];
                }
                longest.BestEnd[f] = -1;
            }
            longest.Touched.Clear();
        }
        // File by file, each file's matches in text order: a counting sort on the file, stable.
        var first = new int[_files + 1];
        foreach (var match in taken)
        {
            first[match.File + 1]++;
        }
        for (var f = 0; f < _files; f++)
        {
            first[f + 1] += first[f];
        }
        var ordered = new PhraseMatch<SignalEntry>[taken.Count];
        foreach (var (file, start, end, value) in taken)
        {
            var span = Documents.TextSpan.FromBounds(all[start].Span.Start, all[end - 1].Span.End);
            ordered[first[file]++] = new PhraseMatch<SignalEntry>(start, end - start, span, value);
        }
        results.AddRange(ordered);
    }

    // The root's child for the token from its row's code (RootCode, not -1), remembered for its type as the trie would.
    private int FromCode(int code, string text, Token token, int type, TrieMemo memo)
    {
        var child = -1;
        if (code > 0)
        {
            var at = code >> _childBits;
            var word = token.Span.Slice(text);
            if (_rootLetters[at] == word.Length)
            {
                var letters = _rootLetters.AsSpan(at + 1, word.Length);
                var equal = true;
                for (var k = 0; k < word.Length; k++)
                {
                    // The token is all ASCII: a capital lower-cases by setting bit 5.
                    var c = word[k];
                    equal &= (char)((uint)(c - 'A') <= 'Z' - 'A' ? c | 32 : c) == letters[k];
                }
                child = equal ? (code & ((1 << _childBits) - 1)) - 1 : -1;
            }
        }
        memo.Add(0, type, child);
        return child;
    }

    /// <summary>Each file's longest phrase from the current start, and which files have one.</summary>
    private readonly struct PerFile : IPhraseVisitor<SignalEntry>
    {
        public PerFile(int files)
        {
            BestEnd = new int[files];
            Array.Fill(BestEnd, -1);
            BestValue = new SignalEntry?[files];
        }

        public int[] BestEnd { get; }

        public SignalEntry?[] BestValue { get; }

        public List<int> Touched { get; } = [];

        public void Reached(int end, ReadOnlySpan<(int File, SignalEntry Value)> values)
        {
            foreach (var (file, value) in values)
            {
                if (BestEnd[file] < 0)
                {
                    Touched.Add(file);
                }
                if (end > BestEnd[file])
                {
                    BestEnd[file] = end;
                    BestValue[file] = value;
                }
            }
        }
    }
}
