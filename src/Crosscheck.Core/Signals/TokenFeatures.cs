using System.Globalization;
using System.Runtime.CompilerServices;
using Crosscheck.Claims;
using Crosscheck.Lexicons;
using Crosscheck.Text;

namespace Crosscheck.Signals;

/// <summary>
/// The features the propaganda model reads, for one article: per token (for span identification), per clause and per
/// span (for the technique). Built once per article, with every word hashed once; emitting a feature is then a multiply
/// into a 64-bit key (<see cref="FeatureHash"/>), with no string built unless the sink asks for names.
/// </summary>
/// <remarks>
/// Per token: the word, its suffix and shape, the two words either side and the two bigrams, lexicon hits on and near the
/// token and anywhere in its sentence, whether it is quoted, its position in the sentence, the sentence's length and
/// final mark, and how often the word recurs in the article (repetition). Not thread-safe: one instance per call.
/// </remarks>
internal sealed partial class TokenFeatures
{
    private const int LexiconWindow = 3;
    // The words that open a clause, by the hash of their lower-cased text (as WordTypes hashes each token): the check
    // compares the hash a token already has instead of hashing its text again with another folding.
    private static readonly ulong[] ClauseOpeners = [.. ((string[])["and", "but", "because", "while", "which", "who", "whereas",
        "although", "though", "since", "so", "or", "yet", "if", "unless", "when"]).Select(w => FeatureHash.Of(w))];
    // The punctuation that cuts a clause (IsClausePunctuation), by hash, as WordTypes hashes it: lower-cased, FNV-1a over
    // the characters, and over the lower-cased string for the non-ASCII dashes, as FeatureHash.Of is.
    private static readonly ulong[] ClausePunctuation = [.. ((string[])[",", ";", ":", "(", ")", "\u2014", "\u2013", "--", "-"]).Select(w => FeatureHash.Of(w))];
    private static readonly int TechniqueCount = Enum.GetValues<Technique>().Length;
    private static readonly string[] TechniqueCodes = [.. Enum.GetValues<Technique>().Select(t => t.Name())];
    private static readonly ulong[] TechniqueHashes = [.. TechniqueCodes.Select(c => FeatureHash.Of(c))];
    private static readonly string[] Buckets = ["0", "1", "2", "3", "4-6", "7-10", "11-20", "21-40", "41+"];
    private static readonly ulong[] BucketHashes = [.. Buckets.Select(b => FeatureHash.Of(b))];
    private static readonly string[] Shapes = ["x", "X", "Xx", "xX", "d", "p"];
    private static readonly ulong[] ShapeHashes = [.. Shapes.Select(s => FeatureHash.Of(s))];
    private static readonly string[] Frequencies = ["1", "2", "3", "5"];
    private static readonly ulong[] FrequencyHashes = [.. Frequencies.Select(f => FeatureHash.Of(f))];
    private static readonly string[] Places = ["start", "end", "middle"];
    private static readonly ulong[] PlaceHashes = [.. Places.Select(p => FeatureHash.Of(p))];
    private const string Start = "<s>";
    private const string End = "</s>";
    private static readonly ulong StartHash = FeatureHash.Of(Start);
    private static readonly ulong EndHash = FeatureHash.Of(End);
    private static readonly ulong EmptyHash = FeatureHash.Of("");
    private const int CapitalShape = 1;
    private static readonly string[] AffectBuckets = ["", "n3", "n2", "n1", "p1", "p2", "p3"];
    private static readonly ulong[] AffectHashes = [.. AffectBuckets.Select(b => FeatureHash.Of(b))];
    private static readonly ulong AffectSalt = FeatureHash.Of("affect");

    // Word valence (signals-affect.txt) as a bucket code 1..6 by the word's hash: looked up once per token per article.
    private static readonly FeatureTable<byte> Affect = LoadAffect();

    /// <summary>The most tokens one sentence holds for these features; longer runs are cut (see the constructor).</summary>
    internal const int MaxSentenceTokens = 256;

    private const int MaxRecurringTokens = 8;

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    // The tokens copied into an array: the per-token reads below (a word's length, its suffix) went through the list
    // interface, a dispatch stub per call.
    private readonly Token[] _token;
    private readonly int _count;
    private readonly int[] _type;
    private string?[]? _lower;
    private readonly ulong[] _hash;
    private readonly WordTypes _words;
    private readonly byte[] _shape;
    private readonly int[] _lexicon;
    private readonly byte[] _affect;
    private readonly byte[] _sentenceAffect;
    private readonly int[] _sentenceStart;
    private readonly int[] _sentenceEnd;
    private readonly long[] _sentenceLexicons;
    private readonly byte[] _sentenceMark;
    private readonly int[] _sentenceLength;
    private readonly TokenKind[] _kind;
    private readonly bool[] _quoted;
    private readonly int[] _sentenceOf;
    private readonly int[] _frequency;
    private readonly int _density;
    private readonly int _affectDensity;
    private readonly int _sentenceCount;
    private readonly WordRows? _rows;
    private readonly int[]? _rowOf;

    /// <summary>
    /// Features of <paramref name="tokens"/>, with the lexicon matches the signals stage already found and the text's
    /// quotation-mark regions (<see cref="TextRegions.QuotationMarkRegions"/>), or null to find them here; and the
    /// tokens' <see cref="WordTypes"/> when the stage already has them (shared, not copied), or null to build them here.
    /// The arrays come from <paramref name="scratch"/> (fresh ones when null; see <see cref="SignalScratch"/>); so do the
    /// model's per-article arrays when it reads these features (<see cref="Scratch"/>). With <paramref name="rows"/> (a
    /// model's <see cref="SignalModel.Rows"/>), each word type's row is found once here and that model's per-word weights
    /// are read from it.
    /// </summary>
    public TokenFeatures(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<PhraseMatch<SignalEntry>> matches,
        SpanIndex? quotationMarks = null, WordTypes? words = null, SignalScratch? scratch = null, WordRows? rows = null)
    {
        _text = text;
        _tokens = tokens;
        scratch ??= SignalScratch.Fresh;
        Scratch = scratch;
        // The hot loops index the tokens as a span (the list's own array), not through the interface.
        var all = TokenList.AsSpan(tokens);
        var n = _count = all.Length;
        _token = scratch.Tokens(n);
        all.CopyTo(_token);
        words ??= new WordTypes(text, tokens, scratch);
        if (words.Tokens != n)
        {
            throw new ArgumentException("The word types are of other tokens.", nameof(words));
        }
        _type = words.Types;
        _hash = words.Hashes;
        _words = words;
        _shape = words.Shapes;
        _lexicon = scratch.Ints(SignalScratch.Lexicon, n, clear: true);
        _affect = scratch.Bytes(SignalScratch.Affect, n, clear: false);
        _sentenceStart = scratch.Ints(SignalScratch.SentenceStarts, n, clear: false);
        _sentenceEnd = scratch.Ints(SignalScratch.SentenceEnds, n, clear: false);
        _quoted = scratch.Bools(SignalScratch.Quoted, n, clear: false);
        _frequency = scratch.Ints(SignalScratch.Frequency, n, clear: false);
        _kind = words.Kinds;
        TypeCount = words.Count;
        if (rows is not null)
        {
            _rows = rows;
            _rowOf = words.RowOf(rows, scratch);
        }
        // Valence once per word type: a word repeats, and each look-up is a probe into a table outside the L1 cache. The
        // types' look-ups go in batches, so their misses overlap; a type with a row reads its code there. Every type is
        // asked, in type order, rather than each word's type as its first token comes: only words read the answer, and
        // the few other types (numbers, punctuation) mostly have a row or are answered by the table's sketch.
        // Two more slots for the rare tokens without a type, whose hash is 0 or 1 (see WordTypes): slot TypeCount + hash,
        // so the token loop below reads every word's valence without a call.
        var affectOf = scratch.Bytes(SignalScratch.AffectOfType, TypeCount + 2, clear: false);
        for (var untyped = 0; words.SharedId >= 0 && untyped < 2; untyped++)
        {
            affectOf[TypeCount + untyped] = Affect.TryGet(FeatureHash.Key(AffectSalt, (ulong)untyped), out var code) ? code : (byte)0;
        }
        Span<ulong> keys = stackalloc ulong[FeatureTable<byte>.MaxBatch];
        Span<byte> values = stackalloc byte[FeatureTable<byte>.MaxBatch];
        Span<int> owners = stackalloc int[FeatureTable<byte>.MaxBatch];
        var asking = 0;
        var typeHashes = words.TypeHashes;
        var rowOf = _rowOf;
        var rowValues = rows?.Values;
        for (var type = 0; type <= TypeCount; type++)
        {
            if (type < TypeCount)
            {
                if (rowOf is not null && rowOf[type] is var row && row >= 0)
                {
                    affectOf[type] = (byte)rowValues![row + WordRows.Affect];
                    continue;
                }
                keys[asking] = FeatureHash.Key(AffectSalt, typeHashes[type]);
                owners[asking++] = type;
            }
            if (asking == keys.Length || type == TypeCount && asking > 0)
            {
                Affect.GetAll(keys[..asking], values[..asking]);
                for (var k = 0; k < asking; k++)
                {
                    affectOf[owners[k]] = values[k];
                }
                asking = 0;
            }
        }
        foreach (var match in matches)
        {
            for (var t = match.FirstToken; t < match.FirstToken + match.TokenCount; t++)
            {
                _lexicon[t] = (int)match.Value.Technique + 1;
            }
        }

        var quoted = quotationMarks ?? new SpanIndex(TextRegions.QuotationMarkRegions(text));
        quoted.ContainsStarts(all, _quoted.AsSpan(0, n));

        _sentenceOf = scratch.Ints(SignalScratch.SentenceOf, n, clear: false);
        // The sentences' starts in an array: the loop below reads one per token, through the list interface otherwise.
        // (The count read once: through the interface at every token, the call kept the loop's values on the stack.)
        var sentenceCount = sentences.Count;
        var sentenceStarts = scratch.Ints(SignalScratch.SentenceStartOffsets, sentenceCount, clear: false);
        for (var k = 0; k < sentenceCount; k++)
        {
            sentenceStarts[k] = sentences[k].Span.Start;
        }
        // The per-sentence arrays, sized for the most units there can be (one a token) and written as each unit opens and
        // closes, so that one pass over the tokens fills them.
        var units = Math.Max(n, 1);
        _sentenceLexicons = scratch.SentenceLexiconBits(units);
        _sentenceMark = scratch.Bytes(SignalScratch.SentenceMark, units, clear: false);
        _sentenceLength = scratch.Ints(SignalScratch.SentenceLengths, units, clear: false);
        _sentenceAffect = scratch.Bytes(SignalScratch.SentenceAffect, units, clear: false);
        _sentenceLexicons[0] = 0;
        _sentenceAffect[0] = 0;
        _sentenceLength[0] = 0;
        _sentenceMark[0] = 0;

        // One pass over the tokens (it was three): each token's frequency and valence, the article's lexicon hits and
        // charged words (how charged the whole article is: lexicon hits per 100 tokens, since propaganda clusters in
        // some articles, and the same for charged words; an article's tone is a prior for each of its clauses), the
        // token's sentence, and its sentence's lexicon cues and charged words.
        var hits = 0;
        var charged = 0;
        var counts = words.Counts;
        var sharedId = words.SharedId;
        var types = _type;
        var kinds = _kind;
        var lexicon = _lexicon;
        var affectByToken = _affect;
        var frequency = _frequency;
        var sentenceOf = _sentenceOf;
        var sentenceFirst = _sentenceStart;
        var sentenceLexicons = _sentenceLexicons;
        var sentenceAffect = _sentenceAffect;
        var hashes = _hash;
        var typeCount = TypeCount;
        var s = 0;
        var unit = 0;
        var unitLength = 0;
        var start = 0;
        for (var i = 0; i < n; i++)
        {
            // A token belongs to the last sentence starting at or before it; tokens before the first join the first.
            var next = s;
            while (next + 1 < sentenceCount && all[i].Span.Start >= sentenceStarts[next + 1])
            {
                next++;
            }
            // A sentence longer than MaxSentenceTokens (text without sentence breaks) is cut into pieces of that size:
            // sentence-wide features are then bounded per token, and a span's features cost O(1), not O(text).
            if (i > 0 && (next != s || unitLength == MaxSentenceTokens))
            {
                CloseUnit(unit, start, i, all[i - 1].Span.Slice(text));
                unit++;
                unitLength = 0;
                start = i;
                sentenceLexicons[unit] = 0;
                sentenceAffect[unit] = 0;
            }
            s = next;
            unitLength++;
            sentenceOf[i] = unit;
            sentenceFirst[i] = start;

            var type = types[i];
            frequency[i] = counts[type >= 0 ? type : sharedId];
            byte valence = 0;
            if (kinds[i] == TokenKind.Word)
            {
                valence = affectOf[type >= 0 ? type : typeCount + (int)hashes[i]];
            }
            affectByToken[i] = valence;
            var code = lexicon[i];
            if (code > 0)
            {
                hits++;
                sentenceLexicons[unit] |= 1L << (code - 1);
            }
            if (valence is 1 or 2 or 5 or 6)
            {
                charged++;
                if (sentenceAffect[unit] < 8)
                {
                    sentenceAffect[unit]++;
                }
            }
        }
        if (n > 0)
        {
            CloseUnit(unit, start, n, all[n - 1].Span.Slice(text));
        }
        _sentenceCount = unit + 1;
        _density = Bucket(hits * 100 / Math.Max(n, 1));
        _affectDensity = Bucket(charged * 200 / Math.Max(n, 1));
    }

    /// <summary>Ends sentence unit <paramref name="unit"/>, tokens [<paramref name="start"/>, <paramref name="end"/>) ending in <paramref name="last"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CloseUnit(int unit, int start, int end, ReadOnlySpan<char> last)
    {
        _sentenceLength[unit] = end - start;
        _sentenceMark[unit] = last is "!" ? (byte)1 : last is "?" ? (byte)2 : (byte)0;
        _sentenceEnd.AsSpan(start, end - start).Fill(end);
    }

    /// <summary>Features of <paramref name="tokens"/>, finding the lexicon matches itself (training).</summary>
    public static TokenFeatures Build(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var matches = new List<PhraseMatch<SignalEntry>>();
        var words = new WordTypes(text, tokens);
        SignalLexicons.FindAll(text, tokens, matches, words);
        return new TokenFeatures(text, tokens, sentences, matches, words: words);
    }

    /// <summary>Number of tokens.</summary>
    public int Count => _count;

    /// <summary>Where the model takes its per-article arrays when it reads these features (<see cref="SignalScratch"/>).</summary>
    internal SignalScratch Scratch { get; }

    /// <summary>
    /// Size of the word-type numbering of <see cref="TypeOf"/>: a cache indexed by type needs this many slots.
    /// </summary>
    public int TypeCount { get; }

    /// <summary>
    /// Token <paramref name="index"/>'s word type, in [0, <see cref="TypeCount"/>): tokens with the same lower-cased text
    /// share it, so a feature of the word alone can be looked up once per type. -1 for the rare token that has none.
    /// </summary>
    public int TypeOf(int index) => _type[index];

    /// <summary>The tokens.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The article text.</summary>
    public string Text => _text;

    /// <summary>Lower-cased text of token <paramref name="index"/> (built on first use: scoring needs only hashes).</summary>
    public string LowerOf(int index) => (_lower ??= new string?[_count])[index] ??= _token[index].Span.Substring(_text).ToLowerInvariant();

    /// <summary>The hash of token <paramref name="index"/>'s lower-cased text (<see cref="FeatureHash.Of(ReadOnlySpan{char})"/>), for word tables.</summary>
    public ulong WordHash(int index) => _hash[index];

    /// <summary>
    /// The hash of the last three lower-cased characters of token <paramref name="i"/> when it is longer than four, else 0:
    /// taken when asked (only tagged tokens' features use it), not for every token of the article.
    /// </summary>
    private ulong Suffix(int i)
    {
        var word = _token[i].Span.Slice(_text);
        return word.Length <= 4 ? 0 : _words.IsAscii(i) ? WordTypes.LowerHash(word[^3..], out _) : FeatureHash.Of(LowerOf(i).AsSpan(LowerOf(i).Length - 3));
    }

    /// <summary>Whether token <paramref name="index"/> is a word.</summary>
    public bool IsWord(int index) => _kind[index] == TokenKind.Word;

    /// <summary>Whether token <paramref name="index"/> is punctuation.</summary>
    public bool IsPunctuation(int index) => _kind[index] == TokenKind.Punctuation;

    /// <summary>Emits the span-identification features of token <paramref name="i"/>.</summary>
    public void EmitToken<TSink>(int i, ref TSink sink) where TSink : struct, IFeatureSink
    {
        EmitSentence(_sentenceOf[i], ref sink);
        EmitOwn(i, ref sink);
    }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => _sentenceCount;

    /// <summary>The sentence token <paramref name="i"/> belongs to.</summary>
    public int SentenceOf(int i) => _sentenceOf[i];

    /// <summary>
    /// The part of <see cref="EmitToken"/> that is the same for every token of sentence <paramref name="sentence"/>
    /// (bias, article density, first sentence, its lexicon cues, final mark and length): scoring sums it once per sentence.
    /// </summary>
    public void EmitSentence<TSink>(int sentence, ref TSink sink) where TSink : struct, IFeatureSink
    {
        Flag(ref sink, P.Bias);
        SentenceLexicons(ref sink, sentence);
        SentenceMark(ref sink, sentence);
        Bucket(ref sink, P.Density, _density);
        if (sentence == 0)
        {
            Flag(ref sink, P.First);
        }
        Bucket(ref sink, P.SLen, Bucket(_sentenceLength[sentence]));
        Bucket(ref sink, P.SAffect, Bucket(_sentenceAffect[sentence]));
        Bucket(ref sink, P.ADensity, _affectDensity);
    }

    /// <summary>The part of <see cref="EmitToken"/> that depends on the token itself.</summary>
    public void EmitOwn<TSink>(int i, ref TSink sink) where TSink : struct, IFeatureSink
    {
        var first = _sentenceStart[i];
        var end = _sentenceEnd[i];
        Word(ref sink, P.W, i, first, end);
        if (Suffix(i) is var suffix && suffix != 0)
        {
            Emit(ref sink, P.S3, suffix, sink.NeedsNames ? LowerOf(i).AsSpan(LowerOf(i).Length - 3) : default);
        }
        Emit(ref sink, P.Shape, ShapeHashes[_shape[i]], Shapes[_shape[i]]);
        Word(ref sink, P.Wm1, i - 1, first, end);
        Word(ref sink, P.Wp1, i + 1, first, end);
        Word(ref sink, P.Wm2, i - 2, first, end);
        Word(ref sink, P.Wp2, i + 2, first, end);
        Pair(ref sink, P.Bl, i - 1, i, first, end);
        Pair(ref sink, P.Br, i, i + 1, first, end);
        if (_lexicon[i] > 0)
        {
            LexiconHit(ref sink, P.Lx, _lexicon[i]);
        }
        for (var d = 1; d <= LexiconWindow; d++)
        {
            if (i - d >= first && _lexicon[i - d] > 0)
            {
                LexiconHit(ref sink, P.Lxl, _lexicon[i - d]);
            }
            if (i + d < end && _lexicon[i + d] > 0)
            {
                LexiconHit(ref sink, P.Lxr, _lexicon[i + d]);
            }
        }
        if (_affect[i] > 0)
        {
            AffectHit(ref sink, P.Affect, _affect[i]);
        }
        if (i > first && _affect[i - 1] > 0)
        {
            AffectHit(ref sink, P.AffectLeft, _affect[i - 1]);
        }
        if (i + 1 < end && _affect[i + 1] > 0)
        {
            AffectHit(ref sink, P.AffectRight, _affect[i + 1]);
        }
        if (_quoted[i])
        {
            Flag(ref sink, P.Quoted);
        }
        Bucket(ref sink, P.Pos, Bucket(i - first));
        Bucket(ref sink, P.RPos, Bucket(end - 1 - i));
        var count = _frequency[i];
        if (count > 1 && _kind[i] == TokenKind.Word && _token[i].Span.Length > 3)
        {
            var bucket = count switch { 2 => 1, <= 4 => 2, _ => 3 };
            Emit(ref sink, P.Fq, FrequencyHashes[bucket], Frequencies[bucket]);
            Word(ref sink, P.FqW, i, first, end);
        }
    }

    /// <summary>
    /// The bag-of-words features shared by spans and clauses (a bias, words, bigrams, lexicon hits, in token order);
    /// returns the highest in-article frequency of the words.
    /// </summary>
    private int EmitWords<TSink>(int first, int end, ref TSink sink, bool pairs = true) where TSink : struct, IFeatureSink
    {
        Flag(ref sink, P.Bias);
        var maxFrequency = 1;
        for (var i = first; i < end; i++)
        {
            Word(ref sink, P.W, i, first, end);
            if (pairs && i > first)
            {
                Pair(ref sink, P.Bg, i - 1, i, first, end);
            }
            if (_lexicon[i] > 0)
            {
                LexiconHit(ref sink, P.Lx, _lexicon[i]);
            }
            if (_affect[i] > 0)
            {
                AffectHit(ref sink, P.Affect, _affect[i]);
            }
            maxFrequency = Math.Max(maxFrequency, _frequency[i]);
        }
        return maxFrequency;
    }

    private static int FrequencyBucket(int frequency) => frequency switch { 1 => 0, 2 => 1, <= 4 => 2, _ => 3 };

    /// <summary>Emits the technique features of the span of tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public void EmitSpan<TSink>(int first, int end, ref TSink sink) where TSink : struct, IFeatureSink
    {
        var maxFrequency = EmitWords(first, end, ref sink);
        var sentenceFirst = _sentenceStart[first];
        var sentenceEnd = _sentenceEnd[first];
        Word(ref sink, P.F, first, sentenceFirst, sentenceEnd);
        Word(ref sink, P.L, end - 1, sentenceFirst, sentenceEnd);
        Bucket(ref sink, P.Len, Bucket(end - first));
        Word(ref sink, P.P1, first - 1, sentenceFirst, sentenceEnd);
        Word(ref sink, P.P2, first - 2, sentenceFirst, sentenceEnd);
        Word(ref sink, P.N1, end, sentenceFirst, sentenceEnd);
        var frequency = FrequencyBucket(maxFrequency);
        Emit(ref sink, P.Fq, FrequencyHashes[frequency], Frequencies[frequency]);
        Bucket(ref sink, P.Cover, Bucket((end - first) * 10 / Math.Max(sentenceEnd - sentenceFirst, 1)));
        if (_quoted[first])
        {
            Flag(ref sink, P.Quoted);
        }
        SentenceMark(ref sink, _sentenceOf[first]);
        if (Recurrences(first, end) is > 0 and var recurrences)
        {
            Bucket(ref sink, P.Recurs, Math.Min(recurrences, 2));
        }
    }

    /// <summary>
    /// How often (up to 2) the tokens [<paramref name="first"/>, <paramref name="end"/>) recur elsewhere in the article,
    /// word for word: Repetition spans are phrases said again, which the word frequencies alone do not show. Spans of more
    /// than <see cref="MaxRecurringTokens"/> tokens are not looked for.
    /// </summary>
    private int Recurrences(int first, int end)
    {
        var length = end - first;
        if (length == 0 || length > MaxRecurringTokens)
        {
            return 0;
        }
        // The span's first word found by a vectorised search, then the rest compared: the same starts, in the same order,
        // as comparing at every token (this ran over the whole article for each classified span).
        var hashes = _hash.AsSpan(0, _count);
        var span = hashes.Slice(first, length);
        var starts = hashes[..(_count - length + 1)];
        var count = 0;
        var t = 0;
        while (count < 2 && t < starts.Length)
        {
            var next = starts[t..].IndexOf(span[0]);
            if (next < 0)
            {
                break;
            }
            t += next;
            if (t != first && hashes.Slice(t, length).SequenceEqual(span))
            {
                count++;
            }
            t++;
        }
        return count;
    }

    /// <summary>
    /// Clause candidates: each sentence cut at commas, semicolons, colons, dashes and brackets, and before a
    /// conjunction or relative pronoun, as token ranges without the cutting punctuation. The list is the scratch's
    /// (<see cref="Scratch"/>): the next call on features of the same scratch empties it.
    /// </summary>
    public List<(int First, int End)> Clauses()
    {
        // The scratch's list (a fresh one with a fresh scratch): valid until the next call on features of the same scratch.
        var clauses = Scratch.Clauses();
        var start = 0;
        var n = _count;
        var tokens = _token;
        var types = _type;
        var kinds = _kind;
        var sentenceStarts = _sentenceStart;
        // Whether each word type cuts a clause (an opener, or cutting punctuation), decided once per type from its hash
        // (the hash of its tokens' lower-cased text), with a filter that answers most types without a search.
        var cuts = Scratch.Bytes(SignalScratch.OpensByType, TypeCount, clear: false);
        var typeHashes = _words.TypeHashes;
        for (var type = 0; type < TypeCount; type++)
        {
            cuts[type] = CutKind(typeHashes[type]);
        }
        for (var i = 0; i <= n; i++)
        {
            var cut = i == n || sentenceStarts[i] == i && i > 0;
            var skip = false;
            if (!cut)
            {
                var type = types[i];
                var kind = type >= 0 ? cuts[type] : UntypedCutKind(i);
                if (kind == CutsAsPunctuation && kinds[i] == TokenKind.Punctuation)
                {
                    cut = true;
                    skip = true;
                }
                else if (kind == CutsAsOpener && i > start && tokens[i].Span.Length <= 8)
                {
                    cut = true;
                }
            }
            if (!cut)
            {
                continue;
            }
            AddClause(clauses, start, i);
            start = skip ? i + 1 : i;
        }
        return clauses;
    }

    private const byte CutsAsOpener = 1;
    private const byte CutsAsPunctuation = 2;

    // The clause openers' and cutting punctuation's hashes as a 256-bit filter, by their top eight bits: most types miss it.
    private static readonly ulong[] CutFilter = BuildCutFilter();

    private static ulong[] BuildCutFilter()
    {
        var filter = new ulong[4];
        foreach (var hash in ClauseOpeners.Concat(ClausePunctuation))
        {
            filter[hash >> 62] |= 1UL << (int)((hash >> 56) & 63);
        }
        return filter;
    }

    /// <summary>Whether a word of lower-cased hash <paramref name="hash"/> opens a clause, is cutting punctuation (when it is punctuation), or neither (0).</summary>
    private static byte CutKind(ulong hash)
    {
        if ((CutFilter[hash >> 62] & (1UL << (int)((hash >> 56) & 63))) == 0)
        {
            return 0;
        }
        return Array.IndexOf(ClauseOpeners, hash) >= 0 ? CutsAsOpener : Array.IndexOf(ClausePunctuation, hash) >= 0 ? CutsAsPunctuation : (byte)0;
    }

    /// <summary><see cref="CutKind"/> for the rare token without a type, from its text.</summary>
    private byte UntypedCutKind(int i) =>
        IsClausePunctuation(_token[i].Span.Slice(_text)) ? CutsAsPunctuation : Array.IndexOf(ClauseOpeners, _hash[i]) >= 0 ? CutsAsOpener : (byte)0;

    /// <summary>Emits the clause-classifier features of tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public void EmitClause<TSink>(int first, int end, ref TSink sink) where TSink : struct, IFeatureSink
    {
        EmitClauseCore(first, end, ref sink);
        // The rest of the sentence: a propaganda span often runs over several clauses.
        EmitContextWords(_sentenceStart[first], first, ref sink);
        EmitContextWords(end, _sentenceEnd[first], ref sink);
    }

    /// <summary>
    /// The sentence-context words ("sw=") of tokens [<paramref name="first"/>, <paramref name="end"/>): scoring sums them
    /// once per sentence and subtracts each clause's own, instead of emitting the rest of the sentence per clause.
    /// </summary>
    public void EmitContextWords<TSink>(int first, int end, ref TSink sink) where TSink : struct, IFeatureSink
    {
        if (first >= end)
        {
            return;
        }
        var sentenceFirst = _sentenceStart[first];
        var sentenceEnd = _sentenceEnd[first];
        for (var i = first; i < end; i++)
        {
            if (_kind[i] == TokenKind.Word)
            {
                Word(ref sink, P.Sw, i, sentenceFirst, sentenceEnd);
            }
        }
    }

    /// <summary>The key of token <paramref name="i"/>'s own word ("w="), which depends on its word type alone.</summary>
    public ulong WordKey(int i) => FeatureHash.Key(P.W.Hash, _hash[i]);

    /// <summary>The key of token <paramref name="i"/>'s sentence-context word ("sw="), which depends on its word type alone.</summary>
    public ulong ContextWordKey(int i) => FeatureHash.Key(P.Sw.Hash, _hash[i]);

    /// <summary>First token of the sentence holding token <paramref name="i"/>.</summary>
    public int SentenceStart(int i) => _sentenceStart[i];

    /// <summary>One past the last token of the sentence holding token <paramref name="i"/>.</summary>
    public int SentenceEnd(int i) => _sentenceEnd[i];

    /// <summary>The clause features other than the sentence-context words.</summary>
    public void EmitClauseCore<TSink>(int first, int end, ref TSink sink) where TSink : struct, IFeatureSink
    {
        EmitClauseOwn(first, end, ref sink, pairs: false);
        EmitClauseSentence(_sentenceOf[first], ref sink);
    }

    /// <summary>
    /// The part of <see cref="EmitClauseCore"/> that is the same for every clause of sentence <paramref name="sentence"/>
    /// (sentence length, article densities, charged words, first sentence, lexicon cues, final mark): scoring sums it once
    /// per sentence. With <see cref="EmitClauseOwn"/> (without pairs) it emits exactly <see cref="EmitClauseCore"/>'s features.
    /// </summary>
    public void EmitClauseSentence<TSink>(int sentence, ref TSink sink) where TSink : struct, IFeatureSink
    {
        Bucket(ref sink, P.SLen, Bucket(_sentenceLength[sentence]));
        Bucket(ref sink, P.Density, _density);
        Bucket(ref sink, P.ADensity, _affectDensity);
        Bucket(ref sink, P.SAffect, Bucket(_sentenceAffect[sentence]));
        if (sentence == 0)
        {
            Flag(ref sink, P.First);
        }
        SentenceLexicons(ref sink, sentence);
        SentenceMark(ref sink, sentence);
    }

    /// <summary>
    /// The part of <see cref="EmitClauseCore"/> that depends on the clause itself. With <paramref name="pairs"/> it also
    /// emits the clause's word pairs ("bg="): the sentence classifier reads them, the clause classifier does not (they were
    /// half its look-ups, for SI F1 within noise: see docs/accuracy.md, round 9).
    /// </summary>
    public void EmitClauseOwn<TSink>(int first, int end, ref TSink sink, bool pairs) where TSink : struct, IFeatureSink
    {
        var maxFrequency = EmitWords(first, end, ref sink, pairs);
        var capitals = 0;
        var quoted = 0;
        for (var i = first; i < end; i++)
        {
            if (_quoted[i])
            {
                quoted++;
            }
            if (_shape[i] == CapitalShape && _kind[i] == TokenKind.Word && _token[i].Span.Length > 1)
            {
                capitals++;
            }
        }
        var sentenceFirst = _sentenceStart[first];
        var sentenceEnd = _sentenceEnd[first];
        Word(ref sink, P.F, first, sentenceFirst, sentenceEnd);
        Bucket(ref sink, P.Len, Bucket(end - first));
        var place = first == sentenceFirst ? 0 : end >= sentenceEnd - 1 ? 1 : 2;
        Emit(ref sink, P.At, PlaceHashes[place], Places[place]);
        var frequency = FrequencyBucket(maxFrequency);
        Emit(ref sink, P.Fq, FrequencyHashes[frequency], Frequencies[frequency]);
        if (capitals > 0)
        {
            Flag(ref sink, P.Caps);
        }
        if (quoted * 2 > end - first)
        {
            Flag(ref sink, P.Quoted);
        }
    }

    private void SentenceLexicons<TSink>(ref TSink sink, int sentence) where TSink : struct, IFeatureSink
    {
        var mask = _sentenceLexicons[sentence];
        for (var t = 0; mask != 0 && t < TechniqueCount; t++)
        {
            if ((mask & (1L << t)) != 0)
            {
                LexiconHit(ref sink, P.Slx, t + 1);
            }
        }
    }

    private void SentenceMark<TSink>(ref TSink sink, int sentence) where TSink : struct, IFeatureSink
    {
        switch (_sentenceMark[sentence])
        {
            case 1:
                Flag(ref sink, P.Exclamation);
                break;
            case 2:
                Flag(ref sink, P.Question);
                break;
        }
    }

    private void AddClause(List<(int First, int End)> clauses, int first, int end)
    {
        while (end > first && _kind[end - 1] == TokenKind.Punctuation)
        {
            end--;
        }
        while (first < end && _kind[first] == TokenKind.Punctuation)
        {
            first++;
        }
        if (end > first)
        {
            clauses.Add((first, end));
        }
    }

    private static bool IsClausePunctuation(ReadOnlySpan<char> token) => token is "," or ";" or ":" or "(" or ")" or "\u2014" or "\u2013" or "--" or "-";

    /// <summary>A count in one of nine buckets (0–3 exact, then up to 6, 10, 20, 40, more).</summary>
    internal static int Bucket(int n) => n switch
    {
        <= 3 => Math.Max(n, 0),
        <= 6 => 4,
        <= 10 => 5,
        <= 20 => 6,
        <= 40 => 7,
        _ => 8,
    };

    private static void Emit<TSink>(ref TSink sink, Prefix prefix, ulong value, ReadOnlySpan<char> text) where TSink : struct, IFeatureSink =>
        sink.Add(FeatureHash.Key(prefix.Hash, value), sink.NeedsNames ? new FeatureName(prefix.Text, text, default, pair: false) : default);

    private static void Flag<TSink>(ref TSink sink, Prefix prefix) where TSink : struct, IFeatureSink =>
        Emit(ref sink, prefix, EmptyHash, default);

    private static void Bucket<TSink>(ref TSink sink, Prefix prefix, int bucket) where TSink : struct, IFeatureSink =>
        Emit(ref sink, prefix, BucketHashes[bucket], Buckets[bucket]);

    private static void AffectHit<TSink>(ref TSink sink, Prefix prefix, byte code) where TSink : struct, IFeatureSink =>
        Emit(ref sink, prefix, AffectHashes[code], AffectBuckets[code]);

    private static FeatureTable<byte> LoadAffect()
    {
        var entries = new List<(ulong Key, byte Value)>();
        foreach (var (word, text) in Lexicon.Table("signals-affect"))
        {
            var valence = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            byte code = valence switch { <= -2.5 => 1, <= -1.5 => 2, < 0 => 3, < 1.5 => 4, < 2.5 => 5, _ => 6 };
            entries.Add((FeatureHash.Key(AffectSalt, FeatureHash.Of(word.ToLowerInvariant())), code));
        }
        // Table order is not stable across runs; sort so a repeated key always keeps the same value.
        entries.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        // Most words have no valence: the sketch answers them without a probe into the table.
        return new FeatureTable<byte>(entries, sketch: true);
    }

    private static void LexiconHit<TSink>(ref TSink sink, Prefix prefix, int code) where TSink : struct, IFeatureSink =>
        Emit(ref sink, prefix, TechniqueHashes[code - 1], TechniqueCodes[code - 1]);

    /// <summary>Token <paramref name="i"/>'s word, or a sentence-boundary marker outside [first, end).</summary>
    private void Word<TSink>(ref TSink sink, Prefix prefix, int i, int first, int end) where TSink : struct, IFeatureSink
    {
        var (hash, text) = i < first ? (StartHash, Start) : i >= end ? (EndHash, End) : (_hash[i], sink.NeedsNames ? LowerOf(i) : null);
        Emit(ref sink, prefix, hash, text);
    }

    private void Pair<TSink>(ref TSink sink, Prefix prefix, int left, int right, int first, int end) where TSink : struct, IFeatureSink
    {
        var key = PairKey(prefix, left, right, first, end);
        if (!sink.NeedsNames)
        {
            sink.Add(key, default);
            return;
        }
        var leftText = left < first ? Start : left >= end ? End : LowerOf(left);
        var rightText = right < first ? Start : right >= end ? End : LowerOf(right);
        sink.Add(key, new FeatureName(prefix.Text, leftText, rightText, pair: true));
    }

    /// <summary>The key of the word pair (<paramref name="left"/>, <paramref name="right"/>), with boundary markers outside [first, end).</summary>
    private ulong PairKey(Prefix prefix, int left, int right, int first, int end)
    {
        var leftHash = left < first ? StartHash : left >= end ? EndHash : _hash[left];
        var rightHash = right < first ? StartHash : right >= end ? EndHash : _hash[right];
        return FeatureHash.Key(prefix.Hash, leftHash, rightHash);
    }

    /// <summary>A feature template: its name prefix and that prefix's hash.</summary>
    private readonly record struct Prefix(string Text, ulong Hash)
    {
        public static Prefix Of(string text) => new(text, FeatureHash.Of(text));
    }

    /// <summary>The feature templates.</summary>
    private static class P
    {
        public static readonly Prefix Bias = Prefix.Of("b");
        public static readonly Prefix W = Prefix.Of("w=");
        public static readonly Prefix S3 = Prefix.Of("s3=");
        public static readonly Prefix Shape = Prefix.Of("sh=");
        public static readonly Prefix Wm1 = Prefix.Of("w-1=");
        public static readonly Prefix Wp1 = Prefix.Of("w+1=");
        public static readonly Prefix Wm2 = Prefix.Of("w-2=");
        public static readonly Prefix Wp2 = Prefix.Of("w+2=");
        public static readonly Prefix Bl = Prefix.Of("bl=");
        public static readonly Prefix Br = Prefix.Of("br=");
        public static readonly Prefix Bg = Prefix.Of("bg=");
        public static readonly Prefix Lx = Prefix.Of("lx=");
        public static readonly Prefix Lxl = Prefix.Of("lxl=");
        public static readonly Prefix Lxr = Prefix.Of("lxr=");
        public static readonly Prefix Slx = Prefix.Of("slx=");
        public static readonly Prefix Quoted = Prefix.Of("q");
        public static readonly Prefix Exclamation = Prefix.Of("s!");
        public static readonly Prefix Question = Prefix.Of("s?");
        public static readonly Prefix Pos = Prefix.Of("pos=");
        public static readonly Prefix RPos = Prefix.Of("rpos=");
        public static readonly Prefix SLen = Prefix.Of("slen=");
        public static readonly Prefix Density = Prefix.Of("dens=");
        public static readonly Prefix First = Prefix.Of("first");
        public static readonly Prefix Fq = Prefix.Of("fq=");
        public static readonly Prefix FqW = Prefix.Of("fqw=");
        public static readonly Prefix F = Prefix.Of("f=");
        public static readonly Prefix L = Prefix.Of("l=");
        public static readonly Prefix Len = Prefix.Of("len=");
        public static readonly Prefix P1 = Prefix.Of("p1=");
        public static readonly Prefix P2 = Prefix.Of("p2=");
        public static readonly Prefix N1 = Prefix.Of("n1=");
        public static readonly Prefix Cover = Prefix.Of("cover=");
        public static readonly Prefix At = Prefix.Of("at=");
        public static readonly Prefix Caps = Prefix.Of("caps");
        public static readonly Prefix Sw = Prefix.Of("sw=");
        public static readonly Prefix Affect = Prefix.Of("a=");
        public static readonly Prefix AffectLeft = Prefix.Of("al=");
        public static readonly Prefix AffectRight = Prefix.Of("ar=");
        public static readonly Prefix SAffect = Prefix.Of("sa=");
        public static readonly Prefix ADensity = Prefix.Of("adens=");
        public static readonly Prefix Recurs = Prefix.Of("recurs=");
    }
}
