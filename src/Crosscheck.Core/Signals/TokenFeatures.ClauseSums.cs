using Crosscheck.Text;

namespace Crosscheck.Signals;

internal sealed partial class TokenFeatures
{
    /// <summary>
    /// The clause classifier's sum (<see cref="EmitClause"/>'s weights in <paramref name="table"/>) for each of
    /// <paramref name="clauses"/> (<see cref="Clauses"/>' list), into <paramref name="sums"/>: the same values as emitting
    /// into a summing sink, with far fewer look-ups. The words' own, sentence-context and first-word weights are looked up
    /// once per word type, and keys of a fixed value (bias, length, place, frequency, lexicon and valence codes, the
    /// sentence-wide cues) come from <paramref name="constants"/>: nothing is looked up per token or per clause. All
    /// look-ups go in batches.
    /// </summary>
    /// <remarks>
    /// The order of the additions differs from the sink's; the sums are the same to the bit, for the reason given at
    /// <see cref="OwnSums"/> (every weight is a float of at least 0.1 in magnitude, so every partial sum is exact). A test
    /// holds the two to equal.
    /// </remarks>
    public void ClauseSums(List<(int First, int End)> clauses, FeatureTable<float> table, ClauseConstants constants, Span<double> sums) =>
        ClauseSums(clauses, table, constants, sums, null, ownOnly: false);

    /// <summary>
    /// <see cref="ClauseSums(List{ValueTuple{int, int}}, FeatureTable{float}, ClauseConstants, Span{double})"/> for the
    /// clauses of the sentences marked in <paramref name="active"/> (all when null; the others' sums are left as they
    /// are); with <paramref name="ownOnly"/>, each clause's own features with its word pairs (<see cref="EmitClauseOwn"/>
    /// with pairs, without the sentence-context words and the sentence-wide cues): the sentence classifier's per-clause
    /// part. Only the word pairs are then looked up per token.
    /// </summary>
    /// <remarks>
    /// With <paramref name="columns"/> (only for the table <see cref="Rows"/> hold those columns of), a word type with a row
    /// reads its weights there instead of looking its keys up: the same values.
    /// </remarks>
    public void ClauseSums(List<(int First, int End)> clauses, FeatureTable<float> table, ClauseConstants constants, Span<double> sums,
        bool[]? active, bool ownOnly, WordRows.Columns? columns = null)
    {
        var rows = columns is null ? null : _rows!.Values;
        var rowOf = _rowOf;
        var (contextColumn, wordColumn, firstColumn) = columns ?? default;
        var n = _count;
        var typeCount = TypeCount;
        // Per type: the sentence-context word ("sw="), the clause's own word ("w="), the clause's first word ("f=").
        const int Slots = 3;
        // Every clause over the whole article (the clause classifier, the hot path) fills every type's slots below, so
        // they need no clearing and no "known" flags.
        var everyType = active is null && !ownOnly;
        // Two more slots after the types' for the rare tokens without a type, whose hash is 0 or 1 (see WordTypes): slot
        // typeCount + hash holds their weights, so the loops below read every token's weight without a call (a call in
        // a loop keeps its running sum on the stack: no vector register survives a call).
        var typed = Scratch.Floats(SignalScratch.ClauseTyped, (typeCount + 2) * Slots, clear: !everyType);
        // (Only an article with such a token reads them.)
        for (var untyped = 0; _words.SharedId >= 0 && untyped < 2; untyped++)
        {
            var at = (typeCount + untyped) * Slots;
            typed[at] = ownOnly ? 0 : Weight(table, P.Sw, (ulong)untyped);
            typed[at + 1] = Weight(table, P.W, (ulong)untyped);
            typed[at + 2] = Weight(table, P.F, (ulong)untyped);
        }
        // Per token: the weight of the bigram ending at it, inside its clause (zero at a clause's first token). Only the
        // sentence classifier's part has pairs; the clause classifier's would be all zeros, cleared and added for nothing.
        var pairs = ownOnly ? Scratch.Floats(SignalScratch.Pairs, n, clear: true) : [];
        Span<ulong> keys = stackalloc ulong[FeatureTable<float>.MaxBatch];
        Span<float> values = stackalloc float[FeatureTable<float>.MaxBatch];
        Span<int> owners = stackalloc int[FeatureTable<float>.MaxBatch];
        var count = 0;
        // The loops read the arrays through locals: the JIT does not hoist the fields' loads out of them, and a local
        // function capturing them (as the weight of an untyped token once was) kept them on the stack.
        var types = _type;
        var kinds = _kind;
        var hashes = _hash;
        if (everyType)
        {
            // Nearly every type is in some clause: each type's three weights, read from its row or looked up by its hash
            // (which is its tokens' hash), in type order rather than asked token by token.
            var typeHashes = _words.TypeHashes;
            for (var type = 0; type < typeCount; type++)
            {
                var at = type * Slots;
                var row = rows is null ? -1 : rowOf![type];
                if (row >= 0)
                {
                    typed[at] = rows![row + contextColumn];
                    typed[at + 1] = rows[row + wordColumn];
                    typed[at + 2] = rows[row + firstColumn];
                    continue;
                }
                if (count > FeatureTable<float>.MaxBatch - 3)
                {
                    Flush(table, keys[..count], values[..count], owners[..count], typed, pairs);
                    count = 0;
                }
                var hash = typeHashes[type];
                keys[count] = FeatureHash.Key(P.Sw.Hash, hash);
                owners[count++] = at;
                keys[count] = FeatureHash.Key(P.W.Hash, hash);
                owners[count++] = at + 1;
                keys[count] = FeatureHash.Key(P.F.Hash, hash);
                owners[count++] = at + 2;
            }
        }
        else
        {
            var known = Scratch.Bools(SignalScratch.ClauseKnown, (typeCount + 2) * Slots, clear: true);
            for (var c = 0; c < clauses.Count; c++)
            {
                var (first, end) = clauses[c];
                if (active is not null && !active[_sentenceOf[first]])
                {
                    continue;
                }
                for (var i = first; i < end; i++)
                {
                    if (count > FeatureTable<float>.MaxBatch - 4)
                    {
                        Flush(table, keys[..count], values[..count], owners[..count], typed, pairs);
                        count = 0;
                    }
                    if (ownOnly && i > first)
                    {
                        keys[count] = PairKey(P.Bg, i - 1, i, first, end);
                        // Owners: a bigram is ~token (negative), a typed slot its index.
                        owners[count++] = ~i;
                    }
                    var type = types[i];
                    if (type < 0)
                    {
                        continue;
                    }
                    var at = type * Slots;
                    var row = rows is null ? -1 : rowOf![type];
                    if (!known[at + 1])
                    {
                        known[at] = known[at + 1] = true;
                        if (row >= 0)
                        {
                            if (!ownOnly)
                            {
                                typed[at] = rows![row + contextColumn];
                            }
                            typed[at + 1] = rows![row + wordColumn];
                        }
                        else
                        {
                            if (!ownOnly)
                            {
                                keys[count] = ContextWordKey(i);
                                owners[count++] = at;
                            }
                            keys[count] = WordKey(i);
                            owners[count++] = at + 1;
                        }
                    }
                    if (i == first && !known[at + 2])
                    {
                        known[at + 2] = true;
                        if (row >= 0)
                        {
                            typed[at + 2] = rows![row + firstColumn];
                        }
                        else
                        {
                            keys[count] = FeatureHash.Key(P.F.Hash, hashes[i]);
                            owners[count++] = at + 2;
                        }
                    }
                }
            }
        }
        Flush(table, keys[..count], values[..count], owners[..count], typed, pairs);

        // The sentence-context words as prefix sums: a clause's context is its sentence's words minus its own. The running
        // sum stays in a register (each entry is the one before plus the token's weight, as before).
        var context = Scratch.Doubles(SignalScratch.ContextSums, ownOnly ? 1 : n + 1, clear: false);
        context[0] = 0;
        if (!ownOnly)
        {
            var running = 0.0;
            for (var t = 0; t < n; t++)
            {
                if (kinds[t] == TokenKind.Word)
                {
                    var type = types[t];
                    if (type < 0)
                    {
                        type = typeCount + (int)hashes[t];
                    }
                    running += typed[type * Slots];
                }
                context[t + 1] = running;
            }
        }
        var sentenceOf = _sentenceOf;
        var sentenceStarts = _sentenceStart;
        var sentenceEnds = _sentenceEnd;
        var lexicon = _lexicon;
        var affect = _affect;
        var frequency = _frequency;
        var quotedTokens = _quoted;
        var shapes = _shape;
        var tokens = _token;
        var lx = constants.Lx;
        var affectWeights = constants.Affect;
        var bias = constants.Bias;
        var sentenceSums = Scratch.Doubles(SignalScratch.SentenceSums, SentenceCount, clear: false);
        var sentenceDone = Scratch.Bools(SignalScratch.SentenceDone, SentenceCount, clear: true);
        for (var c = 0; c < clauses.Count; c++)
        {
            var (first, end) = clauses[c];
            var sentence = sentenceOf[first];
            if (active is not null && !active[sentence])
            {
                continue;
            }
            var sentenceFirst = sentenceStarts[first];
            var sentenceEnd = sentenceEnds[first];
            var sum = 0.0;
            if (!ownOnly)
            {
                if (!sentenceDone[sentence])
                {
                    sentenceSums[sentence] = ClauseSentenceSum(sentence, constants);
                    sentenceDone[sentence] = true;
                }
                sum = sentenceSums[sentence] + (context[sentenceEnd] - context[sentenceFirst]) - (context[end] - context[first]);
            }
            sum += bias;
            var maxFrequency = 1;
            var capitals = 0;
            var quoted = 0;
            for (var i = first; i < end; i++)
            {
                var type = types[i];
                if (type < 0)
                {
                    type = typeCount + (int)hashes[i];
                }
                sum += typed[type * Slots + 1];
                if (ownOnly)
                {
                    sum += pairs[i];
                }
                var code = lexicon[i];
                if (code > 0)
                {
                    sum += lx[code - 1];
                }
                var valence = affect[i];
                if (valence > 0)
                {
                    sum += affectWeights[valence];
                }
                maxFrequency = Math.Max(maxFrequency, frequency[i]);
                if (quotedTokens[i])
                {
                    quoted++;
                }
                if (shapes[i] == CapitalShape && kinds[i] == TokenKind.Word && tokens[i].Span.Length > 1)
                {
                    capitals++;
                }
            }
            var firstType = types[first];
            if (firstType < 0)
            {
                firstType = typeCount + (int)hashes[first];
            }
            sum += typed[firstType * Slots + 2];
            sum += constants.Len[Bucket(end - first)];
            sum += constants.At[first == sentenceFirst ? 0 : end >= sentenceEnd - 1 ? 1 : 2];
            sum += constants.Fq[FrequencyBucket(maxFrequency)];
            if (capitals > 0)
            {
                sum += constants.Caps;
            }
            if (quoted * 2 > end - first)
            {
                sum += constants.Quoted;
            }
            sums[c] = sum;
        }
    }

    /// <summary>The weight in <paramref name="table"/> of the feature <paramref name="prefix"/> of the word of hash <paramref name="hash"/> (0 when it has none).</summary>
    private static float Weight(FeatureTable<float> table, Prefix prefix, ulong hash) =>
        table.TryGet(FeatureHash.Key(prefix.Hash, hash), out var weight) ? weight : 0;

    private static void Flush(FeatureTable<float> table, ReadOnlySpan<ulong> keys, Span<float> values, ReadOnlySpan<int> owners, float[] typed, float[] pairs)
    {
        if (keys.IsEmpty)
        {
            return;
        }
        table.GetAll(keys, values);
        for (var k = 0; k < keys.Length; k++)
        {
            if (owners[k] < 0)
            {
                pairs[~owners[k]] = values[k];
            }
            else
            {
                typed[owners[k]] = values[k];
            }
        }
    }

    /// <summary><see cref="EmitClauseSentence"/>'s weights, summed from the constants.</summary>
    public double ClauseSentenceSum(int sentence, ClauseConstants c)
    {
        var sum = (double)c.SLen[Bucket(_sentenceLength[sentence])];
        sum += c.Density[_density];
        sum += c.ADensity[_affectDensity];
        sum += c.SAffect[Bucket(_sentenceAffect[sentence])];
        if (sentence == 0)
        {
            sum += c.First;
        }
        var mask = _sentenceLexicons[sentence];
        for (var t = 0; mask != 0 && t < TechniqueCount; t++)
        {
            if ((mask & (1L << t)) != 0)
            {
                sum += c.Slx[t];
            }
        }
        sum += _sentenceMark[sentence] switch { 1 => c.Exclamation, 2 => c.Question, _ => 0f };
        return sum;
    }

    /// <summary>
    /// The weights of <see cref="EmitSentence"/>'s features (the tagger's sentence-wide part: bias, lexicon cues, final
    /// mark, article densities, first sentence, length and valence buckets) for sentence <paramref name="sentence"/>, from
    /// <paramref name="c"/> built on the tagger's table: the same sum as emitting them into a summing sink, added in the
    /// same order, without a look-up. The article prior reads the tagger at every sixteenth token, mostly one token in a
    /// sentence, so this part was looked up about once per sampled token.
    /// </summary>
    public double TokenSentenceSum(int sentence, ClauseConstants c)
    {
        var sum = (double)c.Bias;
        var mask = _sentenceLexicons[sentence];
        for (var t = 0; mask != 0 && t < TechniqueCount; t++)
        {
            if ((mask & (1L << t)) != 0)
            {
                sum += c.Slx[t];
            }
        }
        sum += _sentenceMark[sentence] switch { 1 => c.Exclamation, 2 => c.Question, _ => 0f };
        sum += c.Density[_density];
        if (sentence == 0)
        {
            sum += c.First;
        }
        sum += c.SLen[Bucket(_sentenceLength[sentence])];
        sum += c.SAffect[Bucket(_sentenceAffect[sentence])];
        sum += c.ADensity[_affectDensity];
        return sum;
    }

    /// <summary>
    /// The weights of the clause classifier's features whose value comes from a small fixed set (bias, length, place and
    /// frequency buckets, lexicon and valence codes, capitals, quotation, and the sentence-wide cues of
    /// <see cref="EmitClauseSentence"/>), looked up once per weight table.
    /// </summary>
    internal sealed class ClauseConstants
    {
        /// <summary>Looks the fixed-value features up in <paramref name="table"/>.</summary>
        public ClauseConstants(FeatureTable<float> table)
        {
            float Get(Prefix prefix, ulong value) => ConstantWeight(table, prefix, value);
            Bias = Get(P.Bias, EmptyHash);
            Len = [.. BucketHashes.Select(h => Get(P.Len, h))];
            At = [.. PlaceHashes.Select(h => Get(P.At, h))];
            Fq = [.. FrequencyHashes.Select(h => Get(P.Fq, h))];
            Caps = Get(P.Caps, EmptyHash);
            Quoted = Get(P.Quoted, EmptyHash);
            Lx = [.. TechniqueHashes.Select(h => Get(P.Lx, h))];
            Affect = [.. AffectHashes.Select(h => Get(P.Affect, h))];
            SLen = [.. BucketHashes.Select(h => Get(P.SLen, h))];
            Density = [.. BucketHashes.Select(h => Get(P.Density, h))];
            ADensity = [.. BucketHashes.Select(h => Get(P.ADensity, h))];
            SAffect = [.. BucketHashes.Select(h => Get(P.SAffect, h))];
            First = Get(P.First, EmptyHash);
            Slx = [.. TechniqueHashes.Select(h => Get(P.Slx, h))];
            Exclamation = Get(P.Exclamation, EmptyHash);
            Question = Get(P.Question, EmptyHash);
        }

        public float Bias { get; }
        public float[] Len { get; }
        public float[] At { get; }
        public float[] Fq { get; }
        public float Caps { get; }
        public float Quoted { get; }
        public float[] Lx { get; }
        public float[] Affect { get; }
        public float[] SLen { get; }
        public float[] Density { get; }
        public float[] ADensity { get; }
        public float[] SAffect { get; }
        public float First { get; }
        public float[] Slx { get; }
        public float Exclamation { get; }
        public float Question { get; }
    }
}
