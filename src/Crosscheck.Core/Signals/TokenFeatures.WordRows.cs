using Crosscheck.Lexicons;

namespace Crosscheck.Signals;

internal sealed partial class TokenFeatures
{
    // The name prefixes of the features keyed by one word's hash alone, in the three weight tables.
    private static readonly string[] WordPrefixes = ["w=", "sw=", "f=", "w-1=", "w+1=", "w-2=", "w+2=", "fqw="];

    /// <summary>
    /// A model's <see cref="WordRows"/>: for every word its feature names, its odds or the valence lexicon hold, the
    /// answers of <paramref name="clause"/>, <paramref name="sentence"/>, <paramref name="span"/>, <paramref name="odds"/>
    /// and the valence table for that word's keys, the keys the sums below build for it.
    /// </summary>
    public static WordRows BuildRows(FeatureTable<float> clause, FeatureTable<float>? sentence, FeatureTable<float> span, WordOdds? odds,
        IEnumerable<string> names)
    {
        var words = new HashSet<ulong>();
        foreach (var name in names)
        {
            foreach (var prefix in WordPrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal) && name.IndexOf(' ', prefix.Length) < 0)
                {
                    words.Add(FeatureHash.Of(name.AsSpan(prefix.Length)));
                    break;
                }
            }
        }
        if (odds is not null)
        {
            foreach (var (word, _) in odds.Entries)
            {
                words.Add(FeatureHash.Of(word));
            }
        }
        foreach (var (word, _) in Lexicon.Table("signals-affect"))
        {
            words.Add(FeatureHash.Of(word.ToLowerInvariant()));
        }
        // The set's order does not matter: a row holds the same values wherever it sits.
        return new WordRows(words, (hash, row) =>
        {
            row[WordRows.ClauseContext] = Weight(clause, P.Sw, hash);
            row[WordRows.ClauseWord] = Weight(clause, P.W, hash);
            row[WordRows.ClauseFirst] = Weight(clause, P.F, hash);
            if (sentence is not null)
            {
                row[WordRows.SentenceWord] = Weight(sentence, P.W, hash);
                row[WordRows.SentenceFirst] = Weight(sentence, P.F, hash);
            }
            row[WordRows.Tagger + TypeW] = Weight(span, P.W, hash);
            row[WordRows.Tagger + TypeM1] = Weight(span, P.Wm1, hash);
            row[WordRows.Tagger + TypeP1] = Weight(span, P.Wp1, hash);
            row[WordRows.Tagger + TypeM2] = Weight(span, P.Wm2, hash);
            row[WordRows.Tagger + TypeP2] = Weight(span, P.Wp2, hash);
            row[WordRows.Tagger + TypeFqW] = Weight(span, P.FqW, hash);
            row[WordRows.Odds] = odds?.Of(hash) ?? 0;
            row[WordRows.Affect] = Affect.TryGet(FeatureHash.Key(AffectSalt, hash), out var code) ? code : 0;
            // Bits, not a number: copied as they are, never computed with.
            row[WordRows.LexiconRoot] = BitConverter.Int32BitsToSingle(SignalLexicons.RootCode(hash));
        });

        static float Weight(FeatureTable<float> table, Prefix prefix, ulong hash) =>
            table.TryGet(FeatureHash.Key(prefix.Hash, hash), out var weight) ? weight : 0;
    }

    /// <summary>The model's word rows these features were built with, or null (then every per-word weight is looked up).</summary>
    internal WordRows? Rows => _rows;

    /// <summary>
    /// Where word type <paramref name="type"/>'s row starts in <see cref="Rows"/>' values, or -1 (no rows, or a word without
    /// one). Only for types of 0 and up.
    /// </summary>
    internal int RowOf(int type) => _rowOf is null ? -1 : _rowOf[type];

    /// <summary>Each type's row in <paramref name="rowOf"/>, a batch of types at a time.</summary>
    internal static void FindRows(WordRows rows, int[] rowOf, ReadOnlySpan<ulong> typeHashes)
    {
        for (var at = 0; at < typeHashes.Length; at += FeatureTable<float>.MaxBatch)
        {
            var count = Math.Min(FeatureTable<float>.MaxBatch, typeHashes.Length - at);
            rows.Find(typeHashes.Slice(at, count), rowOf.AsSpan(at, count));
        }
    }
}
