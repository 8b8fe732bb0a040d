using System.Runtime.CompilerServices;
using Crosscheck.Claims;
using Crosscheck.Text;

namespace Crosscheck.Signals;

/// <summary>
/// Each token's lower-cased word hash and word type (tokens with the same lower-cased text share a type, numbered densely
/// in order of first use), computed once per article for the lexicon walk and the model's features: whatever depends on
/// the word alone is then looked up once per type instead of once per token.
/// </summary>
/// <remarks>Read-only once built, but for the rows found for one model (<see cref="RowOf"/>).</remarks>
internal sealed class WordTypes
{
    private readonly ulong[] _hash;
    private readonly int[] _type;
    private readonly bool[] _ascii;
    private readonly byte[] _shape;
    private readonly int[] _counts;
    private readonly ulong[] _typeHashes;
    private readonly bool[] _asciiTypes;
    private readonly TokenKind[] _kind;
    private readonly int _sharedId = -1;
    private WordRows? _rows;
    private int[]? _rowOf;

    /// <summary>
    /// Hashes and numbers the words of <paramref name="tokens"/>, in arrays from <paramref name="scratch"/> (fresh ones
    /// when null): then this lives only as long as the scratch is taken.
    /// </summary>
    public WordTypes(string text, IReadOnlyList<Token> tokens, SignalScratch? scratch = null)
    {
        scratch ??= SignalScratch.Fresh;
        var all = TokenList.AsSpan(tokens);
        var n = Tokens = all.Length;
        _hash = scratch.Hashes(n);
        _type = scratch.Ints(SignalScratch.WordTypeOf, n, clear: false);
        _ascii = scratch.Bools(SignalScratch.Ascii, n, clear: false);
        _shape = scratch.Bytes(SignalScratch.Shape, n, clear: false);
        // An open-addressing table of twice the token count (so it never fills) from hash to dense id.
        var bits = 4;
        while ((1 << bits) < n * 2)
        {
            bits++;
        }
        // A slot holds its key and the type's id side by side: a word seen before costs one cache line, not two.
        var slots = scratch.TypeKeys(1 << bits);
        // The token features' word counts and kinds, filled in this pass rather than one of their own.
        _counts = scratch.Ints(SignalScratch.WordCounts, n, clear: true);
        _kind = scratch.Kinds(n);
        _typeHashes = scratch.TypeHashes(n);
        _asciiTypes = scratch.Bools(SignalScratch.AsciiTypes, n, clear: false);
        var count = 0;
        var mask = (1 << bits) - 1;
        // The loop reads and writes through locals: the fields' loads are not hoisted out of a constructor's loop.
        var hashes = _hash;
        var typeOf = _type;
        var asciiOf = _ascii;
        var shapes = _shape;
        var counts = _counts;
        var typeHashes = _typeHashes;
        var asciiTypes = _asciiTypes;
        var kinds = _kind;
        for (var i = 0; i < n; i++)
        {
            var token = all[i];
            var word = text.AsSpan(token.Span.Start, token.Span.Length);
            var kind = token.Kind;
            kinds[i] = kind;
            // The shape's capitals are counted in the same pass over the characters as the hash.
            var hash = LowerHash(word, out var ascii, out var upper);
            if (!ascii)
            {
                // Outside ASCII, the word is lower-cased as feature names are (string.ToLowerInvariant).
                hash = NonAsciiHash(word);
                shapes[i] = Shape(kind, word);
            }
            else
            {
                shapes[i] = Shape(kind, word, upper);
            }
            hashes[i] = hash;
            asciiOf[i] = ascii;
            // Zero marks an empty slot, so a zero hash shares the slot of one: both then count as one type, which only
            // counts want; TypeOf gives them no type, so no cache merges them.
            var key = hash == 0 ? 1 : hash;
            var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - bits));
            while (slots[slot].Key != 0 && slots[slot].Key != key)
            {
                slot = (slot + 1) & mask;
            }
            ref var found = ref slots[slot];
            int id;
            if (found.Key == 0)
            {
                // The shared slot of hashes 0 and 1 is no word type's: 0, which no word table holds.
                typeHashes[count] = key == 1 ? 0 : key;
                asciiTypes[count] = true;
                id = count++;
                found = new Slot(key, id);
            }
            else
            {
                id = found.Id;
            }
            if (!ascii)
            {
                asciiTypes[id] = false;
            }
            if (key == 1)
            {
                _sharedId = id;
                typeOf[i] = -1;
            }
            else
            {
                typeOf[i] = id;
            }
            if (kind == TokenKind.Word && word.Length > 3)
            {
                counts[id]++;
            }
        }
        Count = count;
        Memo = scratch.Memo(count);
    }

    /// <summary>
    /// Where each type's row starts in <paramref name="rows"/>' values (-1: none), by type, found in batches on the first
    /// call and kept for these rows: the lexicon walk reads the rows' lexicon column first, the token features the weights
    /// after it, from one search. The array is <paramref name="scratch"/>'s (as the types') and may run past <see cref="Count"/>.
    /// </summary>
    internal int[] RowOf(WordRows rows, SignalScratch scratch)
    {
        if (_rowOf is null || !ReferenceEquals(rows, _rows))
        {
            var rowOf = scratch.Ints(SignalScratch.RowOf, Count, clear: false);
            TokenFeatures.FindRows(rows, rowOf, _typeHashes.AsSpan(0, Count));
            (_rows, _rowOf) = (rows, rowOf);
            // The types the rows say are on no edge below the lexicon trie's root (every token all ASCII, its hash on no
            // such edge): the walk then asks neither its memo nor the trie for them after a phrase's first word.
            var noInnerEdge = scratch.Bools(SignalScratch.NoInnerEdge, Count, clear: false);
            var values = rows.Values;
            for (var type = 0; type < Count; type++)
            {
                var row = rowOf[type];
                noInnerEdge[type] = row >= 0 && _asciiTypes[type]
                    && (Unsafe.As<float, int>(ref values[row + WordRows.LexiconRoot]) & SignalLexicons.InnerEdge) == 0;
            }
            Memo.UseNoInnerEdge(noInnerEdge);
        }
        return _rowOf;
    }

    /// <summary>A slot of the word-type table: a word hash (0: empty) and its type's id.</summary>
    internal readonly record struct Slot(ulong Key, int Id);

    /// <summary>The rows <see cref="RowOf"/> found, and where, or nulls before it was called.</summary>
    internal (WordRows? Rows, int[]? RowOf) FoundRows => (_rows, _rowOf);

    /// <summary>Number of tokens.</summary>
    public int Tokens { get; }

    /// <summary>A trie memo for the lexicon walk over these tokens, sized for their types and empty (the scratch's, reused).</summary>
    internal TrieMemo Memo { get; }

    /// <summary>Number of types: a cache indexed by <see cref="TypeOf"/> or <see cref="CountIdOf"/> needs this many slots.</summary>
    public int Count { get; }

    /// <summary>FNV-1a hash of token <paramref name="i"/>'s lower-cased text.</summary>
    public ulong HashOf(int i) => _hash[i];

    /// <summary>
    /// All the hashes, by token, shared (not copied) with the token features; never written after construction. The array
    /// may run past <see cref="Tokens"/>.
    /// </summary>
    internal ulong[] Hashes => _hash;

    /// <summary>Whether token <paramref name="i"/> is all ASCII (its hash was taken character by character).</summary>
    public bool IsAscii(int i) => _ascii[i];

    /// <summary>
    /// Token <paramref name="i"/>'s type, in [0, <see cref="Count"/>), or -1 for the rare token whose hash (0 or 1) shares
    /// its slot with another's: caches must look those up token by token.
    /// </summary>
    public int TypeOf(int i) => _type[i];

    /// <summary>Token <paramref name="i"/>'s id for counting words: its type, with hashes 0 and 1 counted together.</summary>
    public int CountIdOf(int i) => _type[i] >= 0 ? _type[i] : _sharedId;

    /// <summary>
    /// Each type's word hash, by type (0 for the number counting hashes 0 and 1, which no token has as its type); the array
    /// may run past <see cref="Count"/>.
    /// </summary>
    internal ulong[] TypeHashes => _typeHashes;

    /// <summary>
    /// Whether every token of a type (by <see cref="CountIdOf"/>) is all ASCII, so that its hash is its lower-cased
    /// letters'; the array may run past <see cref="Count"/>.
    /// </summary>
    internal bool[] AsciiTypes => _asciiTypes;

    /// <summary>All the types, by token (<see cref="TypeOf"/>), shared with the token features and the lexicon walk; the array may run past <see cref="Tokens"/>.</summary>
    internal int[] Types => _type;

    /// <summary>
    /// How many words of more than three letters the article has of token <paramref name="i"/>'s word (by
    /// <see cref="CountIdOf"/>), whatever token <paramref name="i"/> itself is.
    /// </summary>
    public int CountOf(int i) => _counts[CountIdOf(i)];

    /// <summary>The counts by <see cref="CountIdOf"/>, shared with the token features; the array may run past <see cref="Count"/>.</summary>
    internal int[] Counts => _counts;

    /// <summary>The count id of the tokens without a type (<see cref="CountIdOf"/>), or -1 when there are none.</summary>
    internal int SharedId => _sharedId;

    /// <summary>All the token kinds, shared with the token features; the array may run past <see cref="Tokens"/>.</summary>
    internal TokenKind[] Kinds => _kind;

    /// <summary>
    /// Token <paramref name="i"/>'s shape: 0 no capital, 1 all capitals (more than one letter), 2 capitalised, 3 a capital
    /// inside, 4 a number, 5 punctuation.
    /// </summary>
    public byte ShapeOf(int i) => _shape[i];

    /// <summary>All the shapes, by token (<see cref="ShapeOf"/>), shared with the token features; the array may run past <see cref="Tokens"/>.</summary>
    internal byte[] Shapes => _shape;

    /// <summary>The shape of a token of <paramref name="kind"/>, counting its capitals by the Unicode category.</summary>
    internal static byte Shape(TokenKind kind, ReadOnlySpan<char> span)
    {
        var upper = 0;
        foreach (var c in span)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
        }
        return Shape(kind, span, upper);
    }

    /// <summary>The shape of a token of <paramref name="kind"/> with <paramref name="upper"/> capitals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Shape(TokenKind kind, ReadOnlySpan<char> span, int upper) => kind switch
    {
        TokenKind.Number => 4,
        TokenKind.Punctuation => 5,
        _ => upper == 0 ? (byte)0 : upper == span.Length && span.Length > 1 ? (byte)1 : char.IsUpper(span[0]) ? (byte)2 : (byte)3,
    };

    /// <summary>
    /// FNV-1a of <c>word.ToString().ToLowerInvariant()</c> without the two strings: for a word without surrogates (the curly
    /// quotes, apostrophes and dashes that are most non-ASCII tokens) that string is each character lower-cased on its own
    /// (invariant casing maps a UTF-16 unit by itself unless it is half of a surrogate pair), so the characters are hashed
    /// as they are lower-cased; a word with a surrogate goes through the string.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static ulong NonAsciiHash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            if (char.IsSurrogate(c))
            {
                return FeatureHash.Of(word.ToString().ToLowerInvariant());
            }
            hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>FNV-1a of the lower-cased characters; <paramref name="ascii"/> false when a character is not ASCII.</summary>
    internal static ulong LowerHash(ReadOnlySpan<char> word, out bool ascii) => LowerHash(word, out ascii, out _);

    /// <summary>
    /// FNV-1a of the lower-cased characters and the number of capitals among them; <paramref name="ascii"/> false (and
    /// both 0) when a character is not ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong LowerHash(ReadOnlySpan<char> word, out bool ascii, out int upper)
    {
        upper = 0;
        var hash = 14695981039346656037UL;
        ascii = true;
        foreach (var c in word)
        {
            if (c >= 128)
            {
                ascii = false;
                upper = 0;
                return 0;
            }
            // Without a branch on the capital (a coin toss at each word's first letter): an ASCII capital lower-cases by
            // setting bit 5, which it never has.
            var capital = (uint)(c - 'A') <= 'Z' - 'A' ? 1 : 0;
            upper += capital;
            hash = (hash ^ (uint)(c | (capital << 5))) * 1099511628211UL;
        }
        return hash;
    }
}
