using Crosscheck.Text;

namespace Crosscheck.Signals;

internal sealed partial class TokenFeatures
{
    // Slots of the per-type weight cache: the features of EmitOwn whose key depends on one word's text alone.
    private const int TypeW = 0;
    private const int TypeS3 = 1;
    private const int TypeM1 = 2;
    private const int TypeP1 = 3;
    private const int TypeM2 = 4;
    private const int TypeP2 = 5;
    private const int TypeFqW = 6;
    private const int TypeSlots = 8;

    /// <summary>
    /// The sums of <see cref="EmitOwn"/>'s weights in <paramref name="table"/> for each of <paramref name="tokens"/>
    /// (ascending), into <paramref name="sums"/>: the same values as emitting into a summing sink, found with far fewer
    /// look-ups. A word's own, neighbour and suffix keys are looked up once per word type; keys of a fixed value (shape,
    /// position, lexicon and valence codes) come from <paramref name="constants"/>; only the two bigrams are looked up per
    /// token. All look-ups go in batches.
    /// </summary>
    /// <remarks>
    /// The order of the additions differs from the sink's. The sums are the same to the bit all the same: the weights are
    /// floats rounded to four decimals with magnitudes from 0.1 to a few units, so every partial sum of a token's few
    /// dozen fits a double's 53 bits exactly, and exact sums do not depend on their order. A test holds the two to equal.
    /// </remarks>
    /// <remarks>
    /// With <paramref name="fromRows"/> (only for the table <see cref="Rows"/> hold the tagger's columns of), a word type
    /// with a row reads its word and neighbour weights there instead of looking their keys up: the same values.
    /// </remarks>
    public void OwnSums(ReadOnlySpan<int> tokens, FeatureTable<float> table, OwnConstants constants, Span<double> sums, bool fromRows = false)
    {
        var typed = Scratch.Floats(SignalScratch.OwnTyped, TypeCount * TypeSlots, clear: true);
        // Each (word type, slot) a scored token reads, once, in batches: a token alone (the prior's samples) needs seven
        // keys, not seven for each of the five words around it.
        var batch = new SlotBatch(this, table, typed, Scratch.Bools(SignalScratch.OwnKnown, TypeCount * TypeSlots, clear: true), stackalloc ulong[FeatureTable<float>.MaxBatch],
            stackalloc float[FeatureTable<float>.MaxBatch], stackalloc int[FeatureTable<float>.MaxBatch], fromRows ? _rows!.Values : null);
        if (fromRows)
        {
            // With rows, every type's word, neighbour and frequency-word weights at once, type by type (a row's copy, or
            // a look-up for the few types without one): most tokens are scored, and asking per token and slot, with a
            // "known" flag each, cost more than filling all. Only the suffix is then asked per token.
            var rowOf = _rowOf!;
            var rowValues = _rows!.Values;
            var typeHashes = _words.TypeHashes;
            for (var type = 0; type < TypeCount; type++)
            {
                var at = type * TypeSlots;
                var row = rowOf[type];
                if (row >= 0)
                {
                    typed[at + TypeW] = rowValues[row + WordRows.Tagger + TypeW];
                    typed[at + TypeM1] = rowValues[row + WordRows.Tagger + TypeM1];
                    typed[at + TypeP1] = rowValues[row + WordRows.Tagger + TypeP1];
                    typed[at + TypeM2] = rowValues[row + WordRows.Tagger + TypeM2];
                    typed[at + TypeP2] = rowValues[row + WordRows.Tagger + TypeP2];
                    typed[at + TypeFqW] = rowValues[row + WordRows.Tagger + TypeFqW];
                }
                else if (typeHashes[type] is var hash && hash != 0)
                {
                    // (Hash 0 is the number of the untyped tokens, which read no slot.)
                    batch.Ask(at + TypeW, FeatureHash.Key(P.W.Hash, hash));
                    batch.Ask(at + TypeM1, FeatureHash.Key(P.Wm1.Hash, hash));
                    batch.Ask(at + TypeP1, FeatureHash.Key(P.Wp1.Hash, hash));
                    batch.Ask(at + TypeM2, FeatureHash.Key(P.Wm2.Hash, hash));
                    batch.Ask(at + TypeP2, FeatureHash.Key(P.Wp2.Hash, hash));
                    batch.Ask(at + TypeFqW, FeatureHash.Key(P.FqW.Hash, hash));
                }
            }
            foreach (var i in tokens)
            {
                batch.Need(i, TypeS3, _sentenceStart[i], _sentenceEnd[i]);
            }
        }
        // Without rows, each (type, slot) a scored token reads, asked token by token.
        foreach (var i in fromRows ? ReadOnlySpan<int>.Empty : tokens)
        {
            var first = _sentenceStart[i];
            var end = _sentenceEnd[i];
            batch.Need(i, TypeW, first, end);
            batch.Need(i, TypeS3, first, end);
            batch.Need(i - 1, TypeM1, first, end);
            batch.Need(i + 1, TypeP1, first, end);
            batch.Need(i - 2, TypeM2, first, end);
            batch.Need(i + 2, TypeP2, first, end);
            if (Recurring(i))
            {
                // Only a recurring word reads its frequency-word weight: asking for every type's was a seventh of the keys.
                batch.Need(i, TypeFqW, first, end);
            }
        }
        batch.Flush();
        Span<ulong> keys = stackalloc ulong[FeatureTable<float>.MaxBatch];
        Span<float> values = stackalloc float[FeatureTable<float>.MaxBatch];

        // The bigrams, two per token, and the sums.
        var done = 0;
        while (done < tokens.Length)
        {
            var count = Math.Min(tokens.Length - done, FeatureTable<float>.MaxBatch / 2);
            for (var k = 0; k < count; k++)
            {
                var i = tokens[done + k];
                keys[2 * k] = PairKey(P.Bl, i - 1, i, _sentenceStart[i], _sentenceEnd[i]);
                keys[2 * k + 1] = PairKey(P.Br, i, i + 1, _sentenceStart[i], _sentenceEnd[i]);
            }
            table.GetAll(keys[..(2 * count)], values[..(2 * count)]);
            for (var k = 0; k < count; k++)
            {
                var i = tokens[done + k];
                sums[done + k] = (double)values[2 * k] + values[2 * k + 1] + OwnSum(i, table, constants, typed);
            }
            done += count;
        }
    }

    /// <summary>Token <paramref name="i"/>'s own weights other than its bigrams, from the caches.</summary>
    private double OwnSum(int i, FeatureTable<float> table, OwnConstants c, float[] typed)
    {
        var first = _sentenceStart[i];
        var end = _sentenceEnd[i];
        var sum = (double)Typed(i, TypeW, table, typed) + Typed(i, TypeS3, table, typed);
        sum += c.Shape[_shape[i]];
        sum += i - 1 < first ? c.StartM1 : Typed(i - 1, TypeM1, table, typed);
        sum += i + 1 >= end ? c.EndP1 : Typed(i + 1, TypeP1, table, typed);
        sum += i - 2 < first ? c.StartM2 : Typed(i - 2, TypeM2, table, typed);
        sum += i + 2 >= end ? c.EndP2 : Typed(i + 2, TypeP2, table, typed);
        if (_lexicon[i] > 0)
        {
            sum += c.Lx[_lexicon[i] - 1];
        }
        for (var d = 1; d <= LexiconWindow; d++)
        {
            if (i - d >= first && _lexicon[i - d] > 0)
            {
                sum += c.Lxl[_lexicon[i - d] - 1];
            }
            if (i + d < end && _lexicon[i + d] > 0)
            {
                sum += c.Lxr[_lexicon[i + d] - 1];
            }
        }
        if (_affect[i] > 0)
        {
            sum += c.Affect[_affect[i]];
        }
        if (i > first && _affect[i - 1] > 0)
        {
            sum += c.AffectLeft[_affect[i - 1]];
        }
        if (i + 1 < end && _affect[i + 1] > 0)
        {
            sum += c.AffectRight[_affect[i + 1]];
        }
        if (_quoted[i])
        {
            sum += c.Quoted;
        }
        sum += c.Pos[Bucket(i - first)];
        sum += c.RPos[Bucket(end - 1 - i)];
        if (Recurring(i))
        {
            sum += c.Fq[_frequency[i] switch { 2 => 1, <= 4 => 2, _ => 3 }];
            sum += Typed(i, TypeFqW, table, typed);
        }
        return sum;
    }

    /// <summary>Whether token <paramref name="i"/> is a word of more than three letters found more than once in the article (the "fq=" and "fqw=" features).</summary>
    private bool Recurring(int i) => _frequency[i] > 1 && _kind[i] == TokenKind.Word && _token[i].Span.Length > 3;

    /// <summary>Token <paramref name="j"/>'s weight in per-type slot <paramref name="slot"/>; looked up on the spot for a token without a type.</summary>
    private float Typed(int j, int slot, FeatureTable<float> table, float[] typed)
    {
        var type = _type[j];
        return type >= 0 ? typed[type * TypeSlots + slot] : Untyped(j, slot, table);
    }

    private float Untyped(int j, int slot, FeatureTable<float> table) =>
        TypeKey(j, slot) is var key && key != 0 && table.TryGet(key, out var weight) ? weight : 0;

    /// <summary>The key of token <paramref name="j"/>'s word in per-type slot <paramref name="slot"/>; 0 for a word without a suffix key.</summary>
    private ulong TypeKey(int j, int slot) => slot switch
    {
        TypeW => FeatureHash.Key(P.W.Hash, _hash[j]),
        TypeS3 => Suffix(j) is var suffix && suffix != 0 ? FeatureHash.Key(P.S3.Hash, suffix) : 0,
        TypeM1 => FeatureHash.Key(P.Wm1.Hash, _hash[j]),
        TypeP1 => FeatureHash.Key(P.Wp1.Hash, _hash[j]),
        TypeM2 => FeatureHash.Key(P.Wm2.Hash, _hash[j]),
        TypeP2 => FeatureHash.Key(P.Wp2.Hash, _hash[j]),
        _ => FeatureHash.Key(P.FqW.Hash, _hash[j]),
    };

    /// <summary>Per-type weights looked up in batches, each (type, slot) once.</summary>
    private ref struct SlotBatch
    {
        private readonly TokenFeatures _features;
        private readonly FeatureTable<float> _table;
        private readonly float[] _typed;
        private readonly bool[] _known;
        private readonly Span<ulong> _keys;
        private readonly Span<float> _values;
        private readonly Span<int> _owners;
        private readonly float[]? _rows;
        private int _count;

        public SlotBatch(TokenFeatures features, FeatureTable<float> table, float[] typed, bool[] known, Span<ulong> keys, Span<float> values, Span<int> owners,
            float[]? rows)
        {
            _rows = rows;
            _features = features;
            _table = table;
            _typed = typed;
            _known = known;
            _keys = keys;
            _values = values;
            _owners = owners;
        }

        /// <summary>Asks for token <paramref name="j"/>'s weight in <paramref name="slot"/>, unless it lies outside [first, end), has no type, or is known.</summary>
        public void Need(int j, int slot, int first, int end)
        {
            if (j < first || j >= end)
            {
                return;
            }
            var type = _features._type[j];
            if (type < 0 || _known[type * TypeSlots + slot])
            {
                return;
            }
            var at = type * TypeSlots + slot;
            _known[at] = true;
            // The suffix is keyed by the word's last letters, not the word: it has no column.
            if (_rows is not null && slot != TypeS3 && _features._rowOf![type] is var row && row >= 0)
            {
                _typed[at] = _rows[row + WordRows.Tagger + slot];
                return;
            }
            _keys[_count] = _features.TypeKey(j, slot);
            _owners[_count++] = at;
            if (_count == _keys.Length)
            {
                Flush();
            }
        }

        /// <summary>Asks for <paramref name="key"/>'s weight into the per-type slot at <paramref name="at"/>.</summary>
        public void Ask(int at, ulong key)
        {
            _keys[_count] = key;
            _owners[_count++] = at;
            if (_count == _keys.Length)
            {
                Flush();
            }
        }

        /// <summary>Looks up what was asked for.</summary>
        public void Flush()
        {
            if (_count == 0)
            {
                return;
            }
            _table.GetAll(_keys[.._count], _values[.._count]);
            for (var k = 0; k < _count; k++)
            {
                // Key 0 (no suffix) is never a feature: FeatureHash keys are never 0.
                _typed[_owners[k]] = _keys[k] == 0 ? 0 : _values[k];
            }
            _count = 0;
        }
    }

    /// <summary>A fixed-value feature's weight (0 when the model dropped it), for the per-model constants of the sums.</summary>
    private static float ConstantWeight(FeatureTable<float> table, Prefix prefix, ulong value) =>
        table.TryGet(FeatureHash.Key(prefix.Hash, value), out var weight) ? weight : 0;

    /// <summary>
    /// The weights of <see cref="EmitOwn"/>'s features whose value comes from a small fixed set (shape, position buckets,
    /// lexicon and valence codes, sentence-boundary words), looked up once per weight table.
    /// </summary>
    internal sealed class OwnConstants
    {
        /// <summary>Looks the fixed-value features up in <paramref name="table"/>.</summary>
        public OwnConstants(FeatureTable<float> table)
        {
            float Get(Prefix prefix, ulong value) => ConstantWeight(table, prefix, value);
            Shape = [.. ShapeHashes.Select(h => Get(P.Shape, h))];
            StartM1 = Get(P.Wm1, StartHash);
            StartM2 = Get(P.Wm2, StartHash);
            EndP1 = Get(P.Wp1, EndHash);
            EndP2 = Get(P.Wp2, EndHash);
            Lx = [.. TechniqueHashes.Select(h => Get(P.Lx, h))];
            Lxl = [.. TechniqueHashes.Select(h => Get(P.Lxl, h))];
            Lxr = [.. TechniqueHashes.Select(h => Get(P.Lxr, h))];
            Affect = [.. AffectHashes.Select(h => Get(P.Affect, h))];
            AffectLeft = [.. AffectHashes.Select(h => Get(P.AffectLeft, h))];
            AffectRight = [.. AffectHashes.Select(h => Get(P.AffectRight, h))];
            Quoted = Get(P.Quoted, EmptyHash);
            Pos = [.. BucketHashes.Select(h => Get(P.Pos, h))];
            RPos = [.. BucketHashes.Select(h => Get(P.RPos, h))];
            Fq = [.. FrequencyHashes.Select(h => Get(P.Fq, h))];
        }

        public float[] Shape { get; }
        public float StartM1 { get; }
        public float StartM2 { get; }
        public float EndP1 { get; }
        public float EndP2 { get; }
        public float[] Lx { get; }
        public float[] Lxl { get; }
        public float[] Lxr { get; }
        public float[] Affect { get; }
        public float[] AffectLeft { get; }
        public float[] AffectRight { get; }
        public float Quoted { get; }
        public float[] Pos { get; }
        public float[] RPos { get; }
        public float[] Fq { get; }
    }
}
