using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Crosscheck.Signals;

/// <summary>
/// Every weight a model gives a word by its text alone (the clause classifier's own, sentence-context and first word, the
/// sentence classifier's own and first word, the tagger's word, its four neighbour slots and its frequency word, the word
/// log-odds, and the word's valence code), one 64-byte row per word of the model's vocabulary, found by the word's hash
/// in one probe. Each value is the answer of the model's own table for that word's key, so a row says exactly what the
/// look-ups it replaces would say; a word without a row (one the model's names do not hold) is looked up as before.
/// </summary>
/// <remarks>
/// <para>Why: these weights sat in five tables under a dozen keys per word, each key a cache miss of its own once the other
/// stages had run (the signals stage's batched look-ups were about a quarter of its time on PTC, and most were these
/// per-word ones). A row brings them in one cache line: the array is pinned and the rows aligned to 64 bytes.</para>
/// <para>Immutable and thread-safe once built.</para>
/// </remarks>
internal sealed class WordRows
{
    /// <summary>The clause classifier's sentence-context word ("sw=").</summary>
    public const int ClauseContext = 2;

    /// <summary>The clause classifier's own word ("w=").</summary>
    public const int ClauseWord = 3;

    /// <summary>The clause classifier's first word ("f=").</summary>
    public const int ClauseFirst = 4;

    /// <summary>The sentence classifier's own word ("w=").</summary>
    public const int SentenceWord = 5;

    /// <summary>The sentence classifier's first word ("f=").</summary>
    public const int SentenceFirst = 6;

    /// <summary>The tagger's word slots, in <see cref="TokenFeatures"/>' per-type slot order (word, -, -1, +1, -2, +2, frequency word), from here.</summary>
    public const int Tagger = 7;

    /// <summary>
    /// Not a weight: the signal lexicons' answer at their trie's root for the word, as int bits
    /// (<see cref="SignalPhraseIndex.RootCode"/>), read by the lexicon walk, which runs before any weight is read. It sits
    /// in the tagger's suffix slot, which has no column (the suffix is keyed by the word's last letters).
    /// </summary>
    public const int LexiconRoot = Tagger + 1;

    /// <summary>The word log-odds.</summary>
    public const int Odds = 14;

    /// <summary>The word's valence code (<see cref="TokenFeatures"/>' affect buckets), as a float.</summary>
    public const int Affect = 15;

    /// <summary>The clause classifier's columns, for <see cref="TokenFeatures"/>' clause sums.</summary>
    public static readonly Columns Clause = new(ClauseContext, ClauseWord, ClauseFirst);

    /// <summary>The sentence classifier's columns (it reads no sentence-context words).</summary>
    public static readonly Columns Sentence = new(-1, SentenceWord, SentenceFirst);

    // A row: the word hash in the first two floats, then the columns above; slot 8 of the tagger's (its suffix, which is
    // keyed by the suffix, not the word) holds the lexicon's root answer instead (LexiconRoot).
    private const int Stride = 16;
    private const int Alignment = 64;

    private readonly float[] _rows;
    private readonly int _origin;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>
    /// Rows for the words <paramref name="words"/> (hashes of lower-cased words, as <see cref="WordTypes"/> takes them),
    /// each filled by <paramref name="fill"/> with the columns' weights for that hash.
    /// </summary>
    public WordRows(IReadOnlyCollection<ulong> words, Action<ulong, Span<float>> fill)
    {
        var bits = 4;
        // At most 40 % full: a word the model lacks then probes about two rows, a word it has mostly one.
        while ((1 << bits) * 2 < words.Count * 5)
        {
            bits++;
        }
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
        // Pinned (the pinned object heap never moves it), so the rows can be aligned to cache lines once.
        _rows = GC.AllocateArray<float>(((1 << bits) * Stride) + (Alignment / sizeof(float)), pinned: true);
        var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(_rows, 0);
        _origin = (int)((Alignment - (address % Alignment)) % Alignment) / sizeof(float);
        Span<float> columns = stackalloc float[Stride];
        foreach (var word in words)
        {
            // Zero marks an empty row; a word hashing to it keeps its look-ups.
            if (word == 0)
            {
                continue;
            }
            var slot = SlotOf(word);
            while (KeyAt(slot) != 0 && KeyAt(slot) != word)
            {
                slot = (slot + 1) & _mask;
            }
            if (KeyAt(slot) != 0)
            {
                continue;
            }
            columns.Clear();
            fill(word, columns);
            var at = _origin + (slot * Stride);
            columns[ClauseContext..].CopyTo(_rows.AsSpan(at + ClauseContext, Stride - ClauseContext));
            Unsafe.As<float, ulong>(ref _rows[at]) = word;
        }
    }

    /// <summary>The rows' values; a row found by <see cref="Find"/> starts at the index it gives.</summary>
    public float[] Values => _rows;

    /// <summary>
    /// For each of <paramref name="words"/> (at most <see cref="FeatureTable{T}.MaxBatch"/>), the index in
    /// <see cref="Values"/> where its row starts, or -1 for a word without a row, into <paramref name="rows"/>. Every
    /// word's first row is loaded before any is compared, so their cache misses overlap.
    /// </summary>
    public void Find(ReadOnlySpan<ulong> words, Span<int> rows)
    {
        Span<ulong> first = stackalloc ulong[words.Length];
        for (var j = 0; j < words.Length; j++)
        {
            rows[j] = SlotOf(words[j]);
            first[j] = KeyAt(rows[j]);
        }
        for (var j = 0; j < words.Length; j++)
        {
            var word = words[j];
            var slot = rows[j];
            var key = first[j];
            while (key != word && key != 0)
            {
                slot = (slot + 1) & _mask;
                key = KeyAt(slot);
            }
            rows[j] = key != 0 && word != 0 ? _origin + (slot * Stride) : -1;
        }
    }

    /// <summary>Where a clause-like classifier's per-word weights sit in a row: its sentence-context, own and first word (-1: none).</summary>
    internal readonly record struct Columns(int Context, int Word, int First);

    private ulong KeyAt(int slot) => Unsafe.As<float, ulong>(ref _rows[_origin + (slot * Stride)]);

    private int SlotOf(ulong word) => (int)((word * 0x9E3779B97F4A7C15UL) >> _shift);
}
