using System.Collections.Frozen;
using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>
/// Finds lexicon phrases in tokenised text: a token trie keyed case-insensitively on whole tokens, so matching is
/// word-boundary aware and linear in the number of tokens (times the longest phrase, a small constant).
/// </summary>
/// <remarks>
/// Phrases are tokenised with <see cref="Tokenizer"/>, so "jaw-dropping" and "won't" are single tokens on both sides.
/// A "*" token in a phrase matches any one word. Matches are leftmost-longest and do not overlap. Curly and straight
/// apostrophes compare equal. Immutable and thread-safe once built.
/// </remarks>
internal sealed class PhraseMatcher<T>
{
    private const int MaxTokenLength = 128;
    private readonly Node _root;

    /// <summary>Builds the trie; when a phrase repeats, its first value wins.</summary>
    public PhraseMatcher(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        var root = new NodeBuilder();
        var tokens = new List<Token>();
        foreach (var (phrase, value) in phrases)
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
            if (!node.HasValue)
            {
                node.HasValue = true;
                node.Value = value;
            }
        }
        _root = root.Freeze();
    }

    /// <summary>Appends the matches among <paramref name="tokens"/>[<paramref name="first"/>..<paramref name="end"/>).</summary>
    public void FindAll(string text, IReadOnlyList<Token> tokens, int first, int end, List<PhraseMatch<T>> results)
    {
        var i = first;
        while (i < end)
        {
            var best = -1;
            T? value = default;
            Longest(_root, text, tokens, i, end, ref best, ref value);
            if (best > i)
            {
                var span = Documents.TextSpan.FromBounds(tokens[i].Span.Start, tokens[best - 1].Span.End);
                results.Add(new PhraseMatch<T>(i, best - i, span, value!));
                i = best;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>How many tokens the longest phrase starting at <paramref name="index"/> spans; 0 when none does.</summary>
    public int LengthAt(string text, IReadOnlyList<Token> tokens, int index, int end)
    {
        var best = -1;
        T? value = default;
        Longest(_root, text, tokens, index, end, ref best, ref value);
        return best > index ? best - index : 0;
    }

    private static void Longest(Node node, string text, IReadOnlyList<Token> tokens, int index, int end, ref int best, ref T? value)
    {
        if (node.HasValue && index > best)
        {
            best = index;
            value = node.Value;
        }
        if (index >= end)
        {
            return;
        }
        var token = tokens[index];
        if (node.HasChildren && token.Span.Length <= MaxTokenLength && node.Filter.MayContain(token.Span.Slice(text)))
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
                Longest(child, text, tokens, index + 1, end, ref best, ref value);
            }
        }
        if (node.Wildcard is { } wildcard && token.Kind == TokenKind.Word)
        {
            Longest(wildcard, text, tokens, index + 1, end, ref best, ref value);
        }
    }

    private sealed class Node(FrozenDictionary<string, Node> children, Node? wildcard, bool hasValue, T? value)
    {
        public FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } =
            children.GetAlternateLookup<ReadOnlySpan<char>>();

        public bool HasChildren { get; } = children.Count > 0;

        public KeyFilter Filter { get; } = new(children.Keys);

        public Node? Wildcard { get; } = wildcard;

        public bool HasValue { get; } = hasValue;

        public T? Value { get; } = value;
    }

    private sealed class NodeBuilder
    {
        public Dictionary<string, NodeBuilder> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

        public NodeBuilder? Wildcard { get; set; }

        public bool HasValue { get; set; }

        public T? Value { get; set; }

        public Node Freeze()
        {
            var children = new Dictionary<string, Node>(Children.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var (key, child) in Children)
            {
                children[key] = child.Freeze();
            }
            return new Node(children.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), Wildcard?.Freeze(), HasValue, Value);
        }
    }
}
