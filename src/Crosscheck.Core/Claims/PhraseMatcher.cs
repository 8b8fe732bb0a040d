using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>
/// Finds lexicon phrases in tokenised text: a token trie (<see cref="PhraseTrie{T}"/>) keyed case-insensitively on whole
/// tokens, so matching is word-boundary aware and linear in the number of tokens (times the longest phrase, a small
/// constant).
/// </summary>
/// <remarks>
/// Phrases are tokenised with <see cref="Tokenizer"/>, so "jaw-dropping" and "won't" are single tokens on both sides.
/// A "*" token in a phrase matches any one word. Matches are leftmost-longest and do not overlap. Curly and straight
/// apostrophes compare equal. Immutable and thread-safe once built.
/// </remarks>
internal sealed class PhraseMatcher<T>
{
    private readonly PhraseTrie<T> _trie;

    /// <summary>Builds the trie; when a phrase repeats, its first value wins.</summary>
    public PhraseMatcher(IEnumerable<KeyValuePair<string, T>> phrases) => _trie = new PhraseTrie<T>([phrases]);

    /// <summary>Appends the matches among <paramref name="tokens"/>[<paramref name="first"/>..<paramref name="end"/>).</summary>
    public void FindAll(string text, IReadOnlyList<Token> tokens, int first, int end, List<PhraseMatch<T>> results) =>
        FindAll(text, TokenList.AsSpan(tokens), first, end, results);

    /// <inheritdoc cref="FindAll(string, IReadOnlyList{Token}, int, int, List{PhraseMatch{T}})"/>
    public void FindAll(string text, ReadOnlySpan<Token> tokens, int first, int end, List<PhraseMatch<T>> results)
    {
        var i = first;
        while (i < end)
        {
            var longest = new Longest(i);
            _trie.Walk(text, tokens, i, end, ref longest);
            if (longest.End > i)
            {
                var span = Documents.TextSpan.FromBounds(tokens[i].Span.Start, tokens[longest.End - 1].Span.End);
                results.Add(new PhraseMatch<T>(i, longest.End - i, span, longest.Value!));
                i = longest.End;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>How many tokens the longest phrase starting at <paramref name="index"/> spans; 0 when none does.</summary>
    public int LengthAt(string text, ReadOnlySpan<Token> tokens, int index, int end)
    {
        var longest = new Longest(index);
        _trie.Walk(text, tokens, index, end, ref longest);
        return longest.End - index;
    }

    /// <summary>The longest phrase reached (the first one reached among equally long ones).</summary>
    private struct Longest(int start) : IPhraseVisitor<T>
    {
        public int End { get; private set; } = start;

        public T? Value { get; private set; }

        public void Reached(int end, ReadOnlySpan<(int File, T Value)> values)
        {
            if (end > End)
            {
                End = end;
                Value = values[0].Value;
            }
        }
    }
}
