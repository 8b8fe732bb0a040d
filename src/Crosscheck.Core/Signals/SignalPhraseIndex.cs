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

    /// <summary>Builds the trie from each file's phrases, in file order.</summary>
    public SignalPhraseIndex(IReadOnlyList<IReadOnlyList<KeyValuePair<string, SignalEntry>>> files)
    {
        _files = files.Count;
        _trie = new PhraseTrie<SignalEntry>(files);
    }

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
        for (var i = 0; i < n; i++)
        {
            if (fromRootChild)
            {
                if (!memo!.TryGetRoot(types[i], out var child))
                {
                    child = _trie.RootChild(text, all[i], types[i], memo);
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
