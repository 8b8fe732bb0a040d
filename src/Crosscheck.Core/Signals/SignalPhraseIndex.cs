using System.Collections.Frozen;
using Crosscheck.Claims;
using Crosscheck.Text;

namespace Crosscheck.Signals;

/// <summary>
/// All the signal lexicons in one token trie, each phrase tagged with its file: one walk per token finds every file's
/// phrases, where a trie per file costs one dictionary look-up per token per file.
/// </summary>
/// <remarks>
/// Gives the same matches as one <see cref="PhraseMatcher{T}"/> per file run in file order: per file leftmost-longest and
/// non-overlapping (files may overlap each other), case-insensitive on whole tokens, "*" matching any one word, curly
/// and straight apostrophes equal, the first value of a repeated phrase winning. Immutable and thread-safe.
/// </remarks>
internal sealed class SignalPhraseIndex
{
    private const int MaxTokenLength = 128;
    private readonly Node _root;
    private readonly int _files;

    /// <summary>Builds the trie from each file's phrases, in file order.</summary>
    public SignalPhraseIndex(IReadOnlyList<IReadOnlyList<KeyValuePair<string, SignalEntry>>> files)
    {
        _files = files.Count;
        var root = new NodeBuilder();
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
                var node = root;
                foreach (var token in tokens)
                {
                    var key = phrase.Substring(token.Span.Start, token.Span.Length).Replace('\u2019', '\'');
                    if (key == "*")
                    {
                        node = node.Wildcard ??= new NodeBuilder();
                    }
                    else if (!node.Children.TryGetValue(key, out var child))
                    {
                        node = node.Children[key] = new NodeBuilder();
                    }
                    else
                    {
                        node = child;
                    }
                }
                if (!node.Values.Exists(v => v.File == file))
                {
                    node.Values.Add((file, value));
                }
            }
        }
        _root = root.Freeze();
    }

    /// <summary>Appends every file's matches to <paramref name="results"/>, file by file, each file's in text order.</summary>
    public void FindAll(string text, IReadOnlyList<Token> tokens, List<PhraseMatch<SignalEntry>> results)
    {
        var n = tokens.Count;
        var bestEnd = new int[_files];
        var bestValue = new SignalEntry?[_files];
        var candidates = new List<(int File, int Start, int End, SignalEntry Value)>();
        Array.Fill(bestEnd, -1);
        var touched = new List<int>();
        for (var i = 0; i < n; i++)
        {
            Walk(_root, text, tokens, i, n, bestEnd, bestValue, touched);
            foreach (var f in touched)
            {
                if (bestEnd[f] > i)
                {
                    candidates.Add((f, i, bestEnd[f], bestValue[f]!));
                }
                bestEnd[f] = -1;
            }
            touched.Clear();
        }
        // Starts are already ascending within a file; a stable sort by file keeps them so.
        var ordered = candidates.OrderBy(c => c.File);
        var file = -1;
        var taken = 0;
        foreach (var (f, start, end, value) in ordered)
        {
            if (f != file)
            {
                file = f;
                taken = 0;
            }
            if (start >= taken)
            {
                var span = Documents.TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
                results.Add(new PhraseMatch<SignalEntry>(start, end - start, span, value));
                taken = end;
            }
        }
    }

    private static void Walk(Node node, string text, IReadOnlyList<Token> tokens, int index, int end, int[] bestEnd, SignalEntry?[] bestValue, List<int> touched)
    {
        foreach (var (file, value) in node.Values)
        {
            if (bestEnd[file] < 0)
            {
                touched.Add(file);
            }
            if (index > bestEnd[file])
            {
                bestEnd[file] = index;
                bestValue[file] = value;
            }
        }
        if (index >= end)
        {
            return;
        }
        var token = tokens[index];
        if (node.HasChildren && token.Span.Length <= MaxTokenLength)
        {
            scoped ReadOnlySpan<char> word = token.Span.Slice(text);
            if (word.Contains('\u2019'))
            {
                Span<char> buffer = stackalloc char[MaxTokenLength];
                word.CopyTo(buffer);
                buffer = buffer[..word.Length];
                buffer.Replace('\u2019', '\'');
                word = buffer;
            }
            if (node.Lookup.TryGetValue(word, out var child))
            {
                Walk(child, text, tokens, index + 1, end, bestEnd, bestValue, touched);
            }
        }
        if (node.Wildcard is { } wildcard && token.Kind == TokenKind.Word)
        {
            Walk(wildcard, text, tokens, index + 1, end, bestEnd, bestValue, touched);
        }
    }

    private sealed class Node(FrozenDictionary<string, Node> children, Node? wildcard, (int File, SignalEntry Value)[] values)
    {
        public FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } =
            children.GetAlternateLookup<ReadOnlySpan<char>>();

        public bool HasChildren { get; } = children.Count > 0;

        public Node? Wildcard { get; } = wildcard;

        public (int File, SignalEntry Value)[] Values { get; } = values;
    }

    private sealed class NodeBuilder
    {
        public Dictionary<string, NodeBuilder> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

        public NodeBuilder? Wildcard { get; set; }

        public List<(int File, SignalEntry Value)> Values { get; } = [];

        public Node Freeze()
        {
            var children = new Dictionary<string, Node>(Children.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var (key, child) in Children)
            {
                children[key] = child.Freeze();
            }
            return new Node(children.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), Wildcard?.Freeze(), [.. Values]);
        }
    }
}
