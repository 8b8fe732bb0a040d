using Crosscheck.Text;

namespace Crosscheck.Entities;

/// <summary>
/// One bit per entity lexicon, and for every word any lexicon holds (case ignored) the bits of the lexicons that hold
/// it or start a phrase with it. The word scanner looks each word up here once; a lexicon then rules a word out by
/// testing its bit instead of hashing the word again, which most words of a sentence never get past.
/// </summary>
/// <remarks>Filled while <see cref="EntityLexicon"/> initialises, then frozen; read-only and thread-safe after that.</remarks>
internal sealed class WordBits
{
    private readonly Dictionary<string, ulong> _words = new(StringComparer.OrdinalIgnoreCase);
    private int _next;
    private WordMap<ulong>? _lookup;
    private bool _frozen;
    private ulong[]? _byId;

    /// <summary>Gives a lexicon its bit and records the words it may match on.</summary>
    public ulong Register(IEnumerable<string> words)
    {
        if (_frozen || _next == 64)
        {
            throw new InvalidOperationException(_frozen ? "word bits are frozen" : "more than 64 lexicons");
        }
        var bit = 1UL << _next++;
        foreach (var word in words)
        {
            _words[word] = _words.GetValueOrDefault(word) | bit;
        }
        return bit;
    }

    /// <summary>Ends registration.</summary>
    public WordBits Freeze()
    {
        _lookup = new WordMap<ulong>(_words);
        _frozen = true;
        return this;
    }

    /// <summary>Every word some lexicon registered (for <see cref="SharedWords"/>).</summary>
    public IEnumerable<string> Words => _words.Keys;

    /// <summary>
    /// The bits of a token whose <see cref="SharedWords"/> id is <paramref name="id"/> (no id: 0), as <see cref="Of"/>
    /// gives them: a token never ends in a period, so its bits are its word's.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ulong OfId(int id) => id < 0 ? 0 : (_byId ?? ById())[id];

    private ulong[] ById()
    {
        var lookup = _lookup ?? throw new InvalidOperationException("word bits are not frozen");
        return _byId = SharedWords.ById(word => lookup.TryGetValue(word, out var bits) ? bits : 0);
    }

    /// <summary>The bits of the lexicons that may match <paramref name="word"/> (or, ending in a period, the word without it).</summary>
    public ulong Of(ReadOnlySpan<char> word)
    {
        // The map also equates curly and straight apostrophes, which can only widen the bits: the lexicons still decide.
        var lookup = _lookup ?? throw new InvalidOperationException("word bits are not frozen");
        var bits = lookup.TryGetValue(word, out var found) ? found : 0;
        if (word.Length > 1 && word[^1] == '.' && lookup.TryGetValue(word[..^1], out var bare))
        {
            bits |= bare;
        }
        return bits;
    }
}
