using Crosscheck.Claims;
using Crosscheck.Text;

namespace Crosscheck.Signals;

/// <summary>
/// The per-article arrays of the signals model (word types, token features, the passes' probabilities, segment
/// candidates), kept from one article to the next on a thread. The stage used to allocate about 250 KB per PTC article in
/// arrays the size of the text; zeroing them, the collections they caused and the fresh pages they touched were about
/// an eighth of its time (perf, docs/performance.md round 10).
/// </summary>
/// <remarks>
/// <para>A scratch is taken by one call (<see cref="Take"/>) and given back when that call is done (<see cref="Return"/>);
/// nothing built from it may outlive the call. Arrays come out at least as long as asked, so code reading them stops at
/// the length it asked for, never at the array's own. <see cref="Fresh"/> allocates exactly what is asked every time and
/// keeps nothing: training and tests, which keep token features of many documents, use it.</para>
/// <para><c>ArrayPool</c> does not fit: its per-thread cache holds one array per size class, and one article needs about
/// a dozen of the same size.</para>
/// </remarks>
internal sealed class SignalScratch
{
    /// <summary>Articles with more tokens than this get fresh arrays, so a thread keeps at most a few megabytes.</summary>
    internal const int MaxKeptTokens = 1 << 15;

    [ThreadStatic]
    private static SignalScratch? t_idle;

    private readonly bool _keep;
    private readonly double[]?[] _doubles = new double[DoubleSlots][];
    private readonly int[]?[] _ints = new int[IntSlots][];
    private readonly bool[]?[] _bools = new bool[BoolSlots][];
    private readonly float[]?[] _floats = new float[FloatSlots][];
    private readonly byte[]?[] _bytes = new byte[ByteSlots][];
    private ulong[]? _hashes;
    private WordTypes.Slot[]? _typeKeys;
    private ulong[]? _typeHashes;
    private ulong[]? _keySet;
    private List<ulong>? _keys;
    private TokenKind[]? _kinds;
    private Token[]? _tokens;
    private long[]? _sentenceLexicons;
    private List<float>? _vectors;
    private List<(int First, int End, int Kind)>? _candidates;
    private List<int>? _tagged;
    private List<(int First, int End)>? _clauses;
    private TrieMemo? _memo;

    private SignalScratch(bool keep) => _keep = keep;

    /// <summary>A scratch that allocates every array it is asked for and keeps none; safe on any thread.</summary>
    public static SignalScratch Fresh { get; } = new(keep: false);

    /// <summary>A scratch of its own that keeps its arrays, for tests that dirty one and read it again.</summary>
    internal static SignalScratch Kept() => new(keep: true);

    /// <summary>This thread's scratch for one article of <paramref name="tokens"/> tokens (<see cref="Fresh"/> for a very long one).</summary>
    public static SignalScratch Take(int tokens)
    {
        if (tokens > MaxKeptTokens)
        {
            return Fresh;
        }
        // Taken, not shared: a call nested in another on the same thread (none today) would get its own.
        var scratch = t_idle ?? new SignalScratch(keep: true);
        t_idle = null;
        return scratch;
    }

    /// <summary>Gives the scratch back to this thread, once nothing built from it is used any more.</summary>
    public void Return()
    {
        if (_keep)
        {
            t_idle = this;
        }
    }

    // Slots: one array per use, so two uses in one article never share one.
    internal const int TokenProbabilities = 0;
    internal const int PriorProbabilities = 1;
    internal const int GatedProbabilities = 2;
    internal const int WordOdds = 3;
    internal const int ContextSums = 4;
    internal const int OwnSums = 5;
    internal const int ClauseProbabilities = 6;
    internal const int SentenceSums = 7;
    internal const int SentenceBest = 8;
    internal const int SentenceProbabilities = 9;
    internal const int ClauseOwnSums = 10;
    private const int DoubleSlots = 11;

    internal const int WordTypeOf = 0;
    internal const int RowOf = 1;
    internal const int SentenceStarts = 2;
    internal const int SentenceEnds = 3;
    internal const int SentenceOf = 4;
    internal const int Lexicon = 5;
    internal const int Frequency = 6;
    internal const int WordCounts = 7;
    internal const int SentenceLengths = 8;
    internal const int ClauseOf = 9;
    internal const int SentenceStartOffsets = 10;
    private const int IntSlots = 11;

    internal const int Ascii = 0;
    internal const int Quoted = 1;
    internal const int Candidate = 2;
    internal const int InActive = 3;
    internal const int ActiveSentences = 4;
    internal const int OwnKnown = 5;
    internal const int ClauseKnown = 6;
    internal const int SentenceDone = 7;
    internal const int ClauseOpens = 8;
    internal const int Skipped = 9;
    internal const int AsciiTypes = 10;
    internal const int NoInnerEdge = 11;
    private const int BoolSlots = 12;

    internal const int OwnTyped = 0;
    internal const int ClauseTyped = 1;
    internal const int Pairs = 2;
    internal const int OddsByType = 3;
    internal const int TopWeights = 4;
    private const int FloatSlots = 5;

    internal const int Shape = 0;
    internal const int Affect = 1;
    internal const int AffectOfType = 2;
    internal const int SentenceAffect = 3;
    internal const int SentenceMark = 4;
    internal const int OpensByType = 5;
    private const int ByteSlots = 6;

    /// <summary>A double array of at least <paramref name="length"/>, its first <paramref name="length"/> zero when <paramref name="clear"/>.</summary>
    public double[] Doubles(int slot, int length, bool clear) => Fit(ref _doubles[slot], length, clear);

    /// <summary>An int array, as <see cref="Doubles"/>.</summary>
    public int[] Ints(int slot, int length, bool clear) => Fit(ref _ints[slot], length, clear);

    /// <summary>A bool array, as <see cref="Doubles"/>.</summary>
    public bool[] Bools(int slot, int length, bool clear) => Fit(ref _bools[slot], length, clear);

    /// <summary>A float array, as <see cref="Doubles"/>.</summary>
    public float[] Floats(int slot, int length, bool clear) => Fit(ref _floats[slot], length, clear);

    /// <summary>A byte array, as <see cref="Doubles"/>.</summary>
    public byte[] Bytes(int slot, int length, bool clear) => Fit(ref _bytes[slot], length, clear);

    /// <summary>The word hashes by token (<see cref="WordTypes"/>), as <see cref="Doubles"/>.</summary>
    public ulong[] Hashes(int length) => Fit(ref _hashes, length, clear: false);

    /// <summary>Each word type's hash (<see cref="WordTypes"/>), as <see cref="Doubles"/>.</summary>
    public ulong[] TypeHashes(int length) => Fit(ref _typeHashes, length, clear: false);

    /// <summary>The slots of the word-type table (<see cref="WordTypes"/>), zeroed.</summary>
    internal WordTypes.Slot[] TypeKeys(int length) => Fit(ref _typeKeys, length, clear: true);

    /// <summary>The set of an explanation's distinct feature keys (<see cref="SignalModel"/>), zeroed.</summary>
    public ulong[] KeySet(int length) => Fit(ref _keySet, length, clear: true);

    /// <summary>An empty list for the feature keys an explanation emits.</summary>
    public List<ulong> Keys() => Empty(ref _keys);

    /// <summary>The token kinds, as <see cref="Doubles"/>.</summary>
    public TokenKind[] Kinds(int length) => Fit(ref _kinds, length, clear: false);

    /// <summary>A copy of the tokens, as <see cref="Doubles"/>.</summary>
    public Token[] Tokens(int length) => Fit(ref _tokens, length, clear: false);

    /// <summary>Each sentence's lexicon techniques as bits, not cleared: the token features zero each sentence's as it opens.</summary>
    public long[] SentenceLexiconBits(int length) => Fit(ref _sentenceLexicons, length, clear: false);

    /// <summary>An empty trie memo for a text of <paramref name="types"/> word types.</summary>
    public TrieMemo Memo(int types)
    {
        if (!_keep || _memo is null)
        {
            return _keep ? _memo = new TrieMemo(types) : new TrieMemo(types);
        }
        _memo.Reset(types);
        return _memo;
    }

    /// <summary>An empty list for the segment candidates' feature vectors.</summary>
    public List<float> Vectors() => Empty(ref _vectors);

    /// <summary>An empty list for the article's clauses (<see cref="TokenFeatures.Clauses"/>).</summary>
    public List<(int First, int End)> Clauses() => Empty(ref _clauses);

    /// <summary>An empty list for the segment candidates.</summary>
    public List<(int First, int End, int Kind)> Candidates() => Empty(ref _candidates);

    /// <summary>A list of every token index below <paramref name="count"/> (the ungated tagger's).</summary>
    public List<int> All(int count)
    {
        var all = Empty(ref _tagged);
        for (var t = 0; t < count; t++)
        {
            all.Add(t);
        }
        return all;
    }

    /// <summary>An empty list for the tokens the tagger reads.</summary>
    public List<int> Tagged() => Empty(ref _tagged);

    private List<T> Empty<T>(ref List<T>? list)
    {
        if (!_keep)
        {
            return [];
        }
        list ??= [];
        list.Clear();
        return list;
    }

    private T[] Fit<T>(ref T[]? array, int length, bool clear)
    {
        if (!_keep)
        {
            return new T[length];
        }
        if (array is null || array.Length < length)
        {
            // Some room to spare, so a slightly longer article does not reallocate.
            array = new T[Math.Max(length, 64) + length / 4];
            return array;
        }
        if (clear)
        {
            Array.Clear(array, 0, length);
        }
        return array;
    }
}
