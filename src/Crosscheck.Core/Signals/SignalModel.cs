using System.Globalization;

namespace Crosscheck.Signals;

/// <summary>
/// The trained propaganda model: a logistic-regression span tagger (is this token inside a propaganda span?) and a
/// multi-class linear technique classifier over the spans it finds. Weights are a text file
/// (<c>Lexicons/signals-model.txt</c>, embedded) written by <see cref="PropagandaTrainer"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe once loaded. Features are found by 64-bit key in flat open-addressing tables
/// (<see cref="FeatureTable{T}"/>); the file keeps readable names, hashed once at load. Scoring allocates per article, not
/// per feature.
/// </remarks>
public sealed class SignalModel
{
    private const string Header = "crosscheck-signals-model";
    private const string ResourceName = "Crosscheck.Lexicons.signals-model.txt";
    private static readonly Lazy<SignalModel?> EmbeddedModel = new(LoadEmbedded);

    private readonly Weights _span;
    private readonly TokenFeatures.OwnConstants _spanConstants;
    private readonly TokenFeatures.ClauseConstants _spanSentenceConstants;
    private readonly Weights _clause;
    private readonly TokenFeatures.ClauseConstants _clauseConstants;
    private readonly Weights? _sentence;
    private readonly TokenFeatures.ClauseConstants? _sentenceConstants;
    private readonly WordOdds? _odds;
    // A technique feature's row holds only its nonzero classes (one or two for most of them), packed one after another:
    // the table answers (first entry + 1) << 4 | entries, and a classification reads a few bytes per feature instead of a
    // dense row of every class (3.2 MB in all, so most reads were cache misses).
    private readonly FeatureTable<int> _techniqueTable;
    private readonly string[] _techniqueNames;
    private readonly int[] _techniqueStarts;
    private readonly (int Class, float Weight)[] _techniqueEntries;
    private readonly SegmentScorer? _segment;
    private WordRows? _rows;
    private const int RowCountBits = 4;

    internal SignalModel(IReadOnlyList<KeyValuePair<string, float>> span, IReadOnlyList<KeyValuePair<string, float>> clause,
        IReadOnlyList<KeyValuePair<string, float[]>> technique, IReadOnlyList<Technique> classes, double threshold, double clauseThreshold,
        SegmentScorer? segment = null, IReadOnlyList<KeyValuePair<string, float>>? sentence = null, WordOdds? odds = null)
    {
        _odds = odds;
        _segment = segment;
        _span = new Weights(span);
        _spanConstants = new TokenFeatures.OwnConstants(_span.Table);
        // The tagger's sentence-wide features are the clause classifier's kinds (and its bias): the same constants, from the tagger's table.
        _spanSentenceConstants = new TokenFeatures.ClauseConstants(_span.Table);
        _clause = new Weights(clause);
        _clauseConstants = new TokenFeatures.ClauseConstants(_clause.Table);
        _sentence = sentence is { Count: > 0 } ? new Weights(sentence) : null;
        _sentenceConstants = _sentence is null ? null : new TokenFeatures.ClauseConstants(_sentence.Table);
        Classes = [.. classes];
        var k = Classes.Count;
        _techniqueNames = [.. technique.Select(p => p.Key)];
        if (k >= 1 << RowCountBits)
        {
            throw new InvalidDataException($"Technique classifier: {k} classes, at most {(1 << RowCountBits) - 1} supported.");
        }
        _techniqueStarts = new int[technique.Count + 1];
        var entries = new List<(int Class, float Weight)>();
        var packed = new (ulong Key, int Value)[technique.Count];
        for (var f = 0; f < technique.Count; f++)
        {
            _techniqueStarts[f] = entries.Count;
            for (var c = 0; c < k; c++)
            {
                if (technique[f].Value[c] != 0)
                {
                    entries.Add((c, technique[f].Value[c]));
                }
            }
            // Stored plus one: a batched look-up answers 0 for a key the table lacks.
            packed[f] = (FeatureHash.OfName(_techniqueNames[f]), (_techniqueStarts[f] + 1) << RowCountBits | (entries.Count - _techniqueStarts[f]));
        }
        _techniqueStarts[technique.Count] = entries.Count;
        _techniqueEntries = [.. entries];
        _techniqueTable = new FeatureTable<int>(packed);
        ClauseThreshold = clauseThreshold;
        Threshold = threshold;
    }

    /// <summary>
    /// Every weight this model gives a word by its text alone, one row per word of its vocabulary (built on first use):
    /// features built with them (<see cref="TokenFeatures"/>) read a word's weights in one cache line instead of a dozen
    /// look-ups, with the same values.
    /// </summary>
    /// <remarks>Read first without the initialiser, whose factory is a new delegate at every call (once per article).</remarks>
    internal WordRows Rows => _rows ?? LazyInitializer.EnsureInitialized(ref _rows, () => TokenFeatures.BuildRows(_clause.Table, _sentence?.Table,
        _span.Table, _odds, _clause.Names.Concat(_sentence?.Names ?? []).Concat(_span.Names)));

    // Whether the features hold this model's rows: another model's (or none) would give other weights.
    private bool OwnRows(TokenFeatures features) => features.Rows is { } rows && ReferenceEquals(rows, _rows);

    /// <summary>The model shipped in the assembly, or null when none is embedded.</summary>
    public static SignalModel? Embedded => EmbeddedModel.Value;

    /// <summary>Token-probability threshold tuned at training time for span identification.</summary>
    public double Threshold { get; }

    /// <summary>Clause-probability threshold tuned at training time for span identification.</summary>
    public double ClauseThreshold { get; }

    /// <summary>
    /// Score threshold of the segment scorer (the second pass that picks spans among clauses, clause pairs, sentences and
    /// token runs), tuned for span-identification F1; null when the model has none and spans come from the token and
    /// clause thresholds.
    /// </summary>
    public double? SegmentThreshold => _segment?.Threshold;

    /// <summary>The techniques the classifier can assign, in weight-column order.</summary>
    public IReadOnlyList<Technique> Classes { get; }

    /// <summary>Number of span-tagger and technique features.</summary>
    public (int Span, int Clause, int Technique) FeatureCounts => (_span.Names.Length, _clause.Names.Length, _techniqueNames.Length);

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static SignalModel Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var span = new List<KeyValuePair<string, float>>();
        var clause = new List<KeyValuePair<string, float>>();
        var sentence = new List<KeyValuePair<string, float>>();
        var odds = new List<KeyValuePair<string, float>>();
        var clauseThreshold = 0.5;
        var technique = new List<KeyValuePair<string, float[]>>();
        var classes = new List<Technique>();
        var threshold = 0.5;
        var segmentWeights = new Dictionary<string, float>(StringComparer.Ordinal);
        var recallWeights = new Dictionary<string, float>(StringComparer.Ordinal);
        var segmentBeta = 0.0;
        double? segmentThreshold = null;
        var segmentAlpha = 0.0;
        var first = reader.ReadLine();
        if (first is null || !first.StartsWith(Header, StringComparison.Ordinal))
        {
            throw new InvalidDataException("Not a Crosscheck signals model.");
        }
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "threshold":
                    threshold = Parse(parts[1]);
                    break;
                case "clause-threshold":
                    clauseThreshold = Parse(parts[1]);
                    break;
                case "cl":
                    clause.Add(new(parts[1], (float)Parse(parts[2])));
                    break;
                case "st":
                    sentence.Add(new(parts[1], (float)Parse(parts[2])));
                    break;
                case "lo":
                    odds.Add(new(parts[1], (float)Parse(parts[2])));
                    break;
                case "segment-threshold":
                    segmentThreshold = Parse(parts[1]);
                    break;
                case "segment-alpha":
                    segmentAlpha = Parse(parts[1]);
                    break;
                case "sg":
                    segmentWeights[parts[1]] = (float)Parse(parts[2]);
                    break;
                case "segment-beta":
                    segmentBeta = Parse(parts[1]);
                    break;
                case "sr":
                    recallWeights[parts[1]] = (float)Parse(parts[2]);
                    break;
                case "classes":
                    foreach (var name in parts.AsSpan(1))
                    {
                        classes.Add(TechniqueNames.TryParse(name, out var parsed) ? parsed : throw new InvalidDataException($"Unknown technique '{name}'."));
                    }
                    break;
                case "si":
                    span.Add(new(parts[1], (float)Parse(parts[2])));
                    break;
                case "tc":
                    // Sparse: "column:weight" pairs, zero elsewhere.
                    var weights = new float[classes.Count];
                    foreach (var pair in parts.AsSpan(2))
                    {
                        var colon = pair.IndexOf(':', StringComparison.Ordinal);
                        weights[int.Parse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture)] = (float)Parse(pair[(colon + 1)..]);
                    }
                    technique.Add(new(parts[1], weights));
                    break;
                case "":
                    break;
                default:
                    throw new InvalidDataException($"Unknown model line '{parts[0]}'.");
            }
        }
        SegmentScorer? segment = null;
        if (segmentThreshold is { } cut)
        {
            var weights = InFeatureOrder(segmentWeights);
            var recall = recallWeights.Count > 0 ? InFeatureOrder(recallWeights) : null;
            segment = new SegmentScorer(weights, cut, segmentAlpha, recall, recall is null ? 0 : segmentBeta);
        }
        return new SignalModel(span, clause, technique, classes, threshold, clauseThreshold, segment, sentence, odds.Count > 0 ? new WordOdds(odds) : null);
    }

    /// <summary>Writes the model as text: one weight line per feature, sorted so that retraining diffs cleanly.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"{Header}\t2");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:0.###}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clause-threshold\t{ClauseThreshold:0.###}"));
        if (_segment is { } segment)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"segment-threshold\t{segment.Threshold:0.###}"));
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"segment-alpha\t{segment.Alpha:0.###}"));
            for (var j = 0; j < SegmentScorer.Count; j++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sg\t{SegmentScorer.FeatureNames[j]}\t{segment.Weights[j]:0.####}"));
            }
            if (segment.HasRecall)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"segment-beta\t{segment.Beta:0.###}"));
                for (var j = 0; j < SegmentScorer.Count; j++)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sr\t{SegmentScorer.FeatureNames[j]}\t{segment.RecallWeights[j]:0.####}"));
                }
            }
        }
        writer.WriteLine("classes\t" + string.Join('\t', Classes.Select(c => c.Name())));
        foreach (var (prefix, weights) in (ReadOnlySpan<(string, Weights?)>)[("si", _span), ("cl", _clause), ("st", _sentence)])
        {
            if (weights is null)
            {
                continue;
            }
            foreach (var f in Enumerable.Range(0, weights.Names.Length).OrderBy(f => weights.Names[f], StringComparer.Ordinal))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{prefix}\t{weights.Names[f]}\t{weights.Values[f]:0.####}"));
            }
        }
        if (_odds is not null)
        {
            foreach (var (word, value) in _odds.Entries)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lo\t{word}\t{value:0.###}"));
            }
        }
        var k = Classes.Count;
        foreach (var f in Enumerable.Range(0, _techniqueNames.Length).OrderBy(f => _techniqueNames[f], StringComparer.Ordinal))
        {
            writer.Write("tc\t");
            writer.Write(_techniqueNames[f]);
            for (var e = _techniqueStarts[f]; e < _techniqueStarts[f + 1]; e++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"\t{_techniqueEntries[e].Class}:{_techniqueEntries[e].Weight:0.###}"));
            }
            writer.WriteLine();
        }
    }

    /// <summary>
    /// Clauses the clause classifier scores at or above <paramref name="clauseThreshold"/>, then runs of tokens at or above
    /// <paramref name="threshold"/> outside them (bridging a single weaker token between two strong ones, trimmed of
    /// punctuation at either end). The token tagger skips the clauses taken whole, and runs only inside clauses scoring at least
    /// <paramref name="gate"/> (and on the punctuation around them): elsewhere its probability counts as zero, which saves
    /// most of its look-ups on sober text.
    /// </summary>
    internal List<ModelSpan> FindSpans(TokenFeatures features, double threshold, double clauseThreshold, double gate)
    {
        var spans = new List<ModelSpan>();
        var n = features.Count;
        var covered = new bool[n];
        var candidate = new bool[n];
        var clauseSink = new SumSink(_clause);
        var contextSums = new double[features.SentenceCount];
        var contextDone = new bool[features.SentenceCount];
        foreach (var (first, end) in features.Clauses())
        {
            var sentence = features.SentenceOf(first);
            if (!contextDone[sentence])
            {
                clauseSink.Sum = 0;
                features.EmitContextWords(features.SentenceStart(first), features.SentenceEnd(first), ref clauseSink);
                contextSums[sentence] = clauseSink.Sum;
                contextDone[sentence] = true;
            }
            // EmitClause's sentence-context words are the sentence's minus the clause's own.
            clauseSink.Sum = 0;
            features.EmitContextWords(first, end, ref clauseSink);
            clauseSink.Sum = contextSums[sentence] - clauseSink.Sum;
            features.EmitClauseCore(first, end, ref clauseSink);
            var p = 1 / (1 + Math.Exp(-clauseSink.Sum));
            if (p >= clauseThreshold)
            {
                spans.Add(new ModelSpan(first, end, p, IsClause: true));
                Array.Fill(covered, true, first, end - first);
            }
            if (p >= gate)
            {
                Array.Fill(candidate, true, Math.Max(first - 1, 0), Math.Min(end + 1, n) - Math.Max(first - 1, 0));
            }
        }
        var tagged = new List<int>();
        for (var t = 0; t < n; t++)
        {
            // A token inside a clause that is already a span cannot start or end a run of its own.
            if ((candidate[t] || gate <= 0) && !covered[t])
            {
                tagged.Add(t);
            }
        }
        var probabilities = TokenProbabilities(features, tagged);
        var i = 0;
        while (i < n)
        {
            if (probabilities[i] < threshold)
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < n && (probabilities[end] >= threshold
                || end + 1 < n && probabilities[end + 1] >= threshold && probabilities[end] >= threshold / 2))
            {
                end++;
            }
            var first = i;
            while (first < end && (features.IsPunctuation(first) || covered[first]))
            {
                first++;
            }
            var last = end;
            while (last > first && (features.IsPunctuation(last - 1) || covered[last - 1]))
            {
                last--;
            }
            if (last > first && !covered.AsSpan(first, last - first).Contains(true))
            {
                var sum = 0.0;
                for (var t = first; t < last; t++)
                {
                    sum += probabilities[t];
                }
                spans.Add(new ModelSpan(first, last, sum / (last - first), IsClause: false));
            }
            i = end;
        }
        spans.Sort(static (a, b) => a.First.CompareTo(b.First));
        return spans;
    }

    /// <summary>
    /// Spans by the segment scorer (the model must have one: <see cref="SegmentThreshold"/> not null): every clause's
    /// probability, the tagger's inside clauses scoring at least <paramref name="gate"/> (and the punctuation around
    /// them) and on every <see cref="SegmentScorer.PriorStride"/>-th token for the article prior, then the candidates
    /// scoring at least <paramref name="threshold"/>, decoded greedily without overlap. With <paramref name="oddsGate"/>
    /// above 0 (and word odds in the model), a sentence holding such a clause gives candidates only if one of its words
    /// has log-odds at least that high; the tagger skips the others' clauses.
    /// </summary>
    internal List<ModelSpan> FindSegments(TokenFeatures features, double threshold, double gate, double oddsGate = 0, double? recallWeight = null)
    {
        var segment = _segment ?? throw new InvalidOperationException("The model has no segment scorer.");
        var n = features.Count;
        var scratch = features.Scratch;
        var clauses = features.Clauses();
        var clauseProbabilities = scratch.Doubles(SignalScratch.ClauseProbabilities, clauses.Count, clear: false);
        var anyActive = false;
        var candidate = scratch.Bools(SignalScratch.Candidate, n, clear: true);
        // The clause classifier over every clause: the gate, the segment features and the article prior all read it.
        features.ClauseSums(clauses, _clause.Table, _clauseConstants, clauseProbabilities, null, ownOnly: false, OwnRows(features) ? WordRows.Clause : null);
        for (var c = 0; c < clauses.Count; c++)
        {
            var (first, end) = clauses[c];
            var p = 1 / (1 + Math.Exp(-clauseProbabilities[c]));
            clauseProbabilities[c] = p;
            if (p >= gate)
            {
                Array.Fill(candidate, true, Math.Max(first - 1, 0), Math.Min(end + 1, n) - Math.Max(first - 1, 0));
                anyActive = true;
            }
        }
        if (gate <= 0)
        {
            var all = TokenProbabilities(features, scratch.All(n));
            return DecodeSegments(segment, features, clauses, clauseProbabilities, all, all, threshold, null,
                SentenceProbabilities(features, clauses), WordOddsOf(features, null), recallWeight);
        }
        if (!anyActive)
        {
            // No clause reaches the gate: no sentence gives candidates, so the tagger (and the prior) need not run.
            return [];
        }
        // Sentences without a clause at the gate give no candidates: their segments would read a tagger that did not run
        // (so score low), and skipping them keeps sober text cheap.
        var active = scratch.Bools(SignalScratch.ActiveSentences, features.SentenceCount, clear: true);
        for (var c = 0; c < clauses.Count; c++)
        {
            if (clauseProbabilities[c] >= gate)
            {
                active[features.SentenceOf(clauses[c].First)] = true;
            }
        }
        double[]? odds = null;
        bool[]? skipped = null;
        if (oddsGate > 0 && _odds is { } wordOdds)
        {
            odds = scratch.Doubles(SignalScratch.WordOdds, n, clear: false);
            wordOdds.Fill(features, odds, InActive(features, active), OwnRows(features));
            skipped = SkipUncharged(features, active, odds, oddsGate);
            if (skipped is null)
            {
                return [];
            }
        }
        var tagged = scratch.Tagged();
        for (var t = 0; t < n; t++)
        {
            if ((candidate[t] && (skipped is null || !skipped[features.SentenceOf(t)])) || t % SegmentScorer.PriorStride == 0)
            {
                tagged.Add(t);
            }
        }
        var probabilities = TokenProbabilities(features, tagged);
        // The prior's sample tokens outside the gate feed only the prior: within segments they count as zero, as
        // everything outside the gate does.
        var prior = scratch.Doubles(SignalScratch.PriorProbabilities, n, clear: true);
        for (var t = 0; t < n; t += SegmentScorer.PriorStride)
        {
            prior[t] = probabilities[t];
        }
        var gated = scratch.Doubles(SignalScratch.GatedProbabilities, n, clear: false);
        for (var t = 0; t < n; t++)
        {
            gated[t] = candidate[t] && (skipped is null || !skipped[features.SentenceOf(t)]) ? probabilities[t] : 0;
        }
        odds ??= _odds is null ? null : WordOddsOf(features, InActive(features, active));
        var sentences = SentenceProbabilities(features, clauses, active);
        return DecodeSegments(segment, features, clauses, clauseProbabilities, gated, prior, threshold, active, sentences, odds, recallWeight);
    }

    /// <summary>Whether each token lies in a sentence <paramref name="active"/> marks.</summary>
    private static bool[] InActive(TokenFeatures features, bool[] active)
    {
        var inActive = features.Scratch.Bools(SignalScratch.InActive, features.Count, clear: false);
        for (var t = 0; t < features.Count; t++)
        {
            inActive[t] = active[features.SentenceOf(t)];
        }
        return inActive;
    }

    /// <summary>
    /// The analysis cascade: each active sentence none of whose words has log-odds of at least <paramref name="oddsGate"/>
    /// is made inactive (its odds zeroed, as outside the active sentences) and marked in the array returned; null when no
    /// active sentence is left. On PTC, out of fold, such sentences hold few of the model signals the analysis shows but
    /// a good part of the tagger's work (docs/performance.md, Signals, round 11).
    /// </summary>
    internal static bool[]? SkipUncharged(TokenFeatures features, bool[] active, double[] odds, double oddsGate)
    {
        var skipped = features.Scratch.Bools(SignalScratch.Skipped, features.SentenceCount, clear: true);
        var left = false;
        var t = 0;
        while (t < features.Count)
        {
            var sentence = features.SentenceOf(t);
            var end = features.SentenceEnd(t);
            if (active[sentence])
            {
                var charged = false;
                for (var i = t; i < end && !charged; i++)
                {
                    charged = odds[i] >= oddsGate;
                }
                if (charged)
                {
                    left = true;
                }
                else
                {
                    active[sentence] = false;
                    skipped[sentence] = true;
                    Array.Clear(odds, t, end - t);
                }
            }
            t = end;
        }
        return left ? skipped : null;
    }

    /// <summary>Each token's word log-odds (where <paramref name="only"/> is true, if given), or null when the model has none.</summary>
    internal double[]? WordOddsOf(TokenFeatures features, bool[]? only)
    {
        if (_odds is null)
        {
            return null;
        }
        var result = features.Scratch.Doubles(SignalScratch.WordOdds, features.Count, clear: false);
        _odds.Fill(features, result, only, OwnRows(features));
        return result;
    }

    /// <summary>
    /// The sentence classifier's probability per sentence (-1 for a sentence without a clause, or outside
    /// <paramref name="active"/> when given), or null when the model has none. A sentence's features are its clauses' own
    /// features and the sentence-wide ones (the clause classifier's keys, with weights of its own). Only the sentences that
    /// give candidates need it, which keeps it to a few look-ups per article in analysis.
    /// </summary>
    internal double[]? SentenceProbabilities(TokenFeatures features, List<(int First, int End)> clauses, bool[]? active = null)
    {
        if (_sentence is null)
        {
            return null;
        }
        var result = features.Scratch.Doubles(SignalScratch.SentenceProbabilities, features.SentenceCount, clear: false);
        Array.Fill(result, -1.0, 0, features.SentenceCount);
        var constants = _sentenceConstants!;
        // Each clause's own part by word type and constants, as the clause classifier's; then per sentence its wide cues
        // and its clauses' parts.
        var own = features.Scratch.Doubles(SignalScratch.ClauseOwnSums, clauses.Count, clear: false);
        features.ClauseSums(clauses, _sentence.Table, constants, own, active, ownOnly: true, OwnRows(features) ? WordRows.Sentence : null);
        var c = 0;
        while (c < clauses.Count)
        {
            var sentence = features.SentenceOf(clauses[c].First);
            if (active is not null && !active[sentence])
            {
                c++;
                continue;
            }
            var sum = features.ClauseSentenceSum(sentence, constants);
            for (; c < clauses.Count && features.SentenceOf(clauses[c].First) == sentence; c++)
            {
                sum += own[c];
            }
            result[sentence] = 1 / (1 + Math.Exp(-sum));
        }
        return result;
    }

    private static List<ModelSpan> DecodeSegments(SegmentScorer segment, TokenFeatures features, List<(int First, int End)> clauses,
        double[] clauseProbabilities, double[] tokens, double[] prior, double threshold, bool[]? active, double[]? sentences, double[]? odds,
        double? recallWeight)
    {
        var vectors = features.Scratch.Vectors();
        var candidates = SegmentScorer.Candidates(features, clauses, clauseProbabilities, tokens, prior, vectors, active, sentences, odds);
        return segment.Decode(candidates, vectors, threshold, recallWeight);
    }

    /// <summary>
    /// Every clause's probability (in <see cref="TokenFeatures.Clauses"/> order) and every token's, ungated: the inputs of
    /// the segment scorer when it is trained.
    /// </summary>
    internal (double[] Clauses, double[] Tokens) Probabilities(TokenFeatures features, List<(int First, int End)> clauses)
    {
        var clauseProbabilities = new double[clauses.Count];
        var clauseSink = new SumSink(_clause);
        for (var c = 0; c < clauses.Count; c++)
        {
            clauseSink.Sum = 0;
            features.EmitClause(clauses[c].First, clauses[c].End, ref clauseSink);
            clauseProbabilities[c] = 1 / (1 + Math.Exp(-clauseSink.Sum));
        }
        var tokens = new double[features.Count];
        var sink = new SumSink(_span);
        for (var t = 0; t < tokens.Length; t++)
        {
            sink.Sum = 0;
            features.EmitToken(t, ref sink);
            tokens[t] = 1 / (1 + Math.Exp(-sink.Sum));
        }
        return (clauseProbabilities, tokens);
    }

    /// <summary>The most likely technique of tokens [<paramref name="first"/>, <paramref name="end"/>), with its softmax share.</summary>
    internal (Technique Technique, double Confidence) Classify(TokenFeatures features, int first, int end)
    {
        var sink = new ClassSink(this);
        features.EmitSpan(first, end, ref sink);
        sink.Flush();
        var best = 0;
        for (var c = 1; c < sink.Scores.Length; c++)
        {
            if (sink.Scores[c] > sink.Scores[best])
            {
                best = c;
            }
        }
        var total = 0.0;
        foreach (var score in sink.Scores)
        {
            total += Math.Exp(score - sink.Scores[best]);
        }
        return (Classes[best], 1 / total);
    }

    /// <summary>
    /// What a reader can check of the strongest positive features behind <paramref name="span"/> (at most
    /// <paramref name="count"/>, strongest first, ties by name), from whichever classifier found it.
    /// </summary>
    internal ReadOnlySpan<ModelReasons.Cue> TopCues(TokenFeatures features, ModelSpan span, int count)
    {
        // One pass collects the emitted keys; the names of the few positive weights that make the cut come from the
        // model's own name list (the name a key was read from), so no feature name is built while scoring.
        var weights = span.IsClause ? _clause : _span;
        var scratch = features.Scratch;
        var emitted = new KeySink(scratch.Keys());
        Emit(features, span, ref emitted);
        // Each distinct key once (a feature emitted twice counts once), in a set twice the keys' count: keys come out of
        // FeatureHash mixed, so their top bits are a good slot, and a few hundred keys need no sort to find the repeats.
        // The order of the distinct keys does not matter: the result is ranked by weight and name below.
        var keys = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(emitted.Keys);
        var bits = 4;
        while ((1 << bits) < keys.Length * 2)
        {
            bits++;
        }
        var set = scratch.KeySet(1 << bits);
        var mask = (1 << bits) - 1;
        var distinct = 0;
        var zero = false;
        foreach (var key in keys)
        {
            if (key == 0)
            {
                // Zero marks an empty slot of the set.
                if (!zero)
                {
                    zero = true;
                    keys[distinct++] = key;
                }
                continue;
            }
            var slot = (int)(key >> (64 - bits));
            while (set[slot] != 0 && set[slot] != key)
            {
                slot = (slot + 1) & mask;
            }
            if (set[slot] == 0)
            {
                set[slot] = key;
                keys[distinct++] = key;
            }
        }
        var all = keys[..distinct];
        var found = scratch.Floats(SignalScratch.TopWeights, distinct, clear: false).AsSpan(0, distinct);
        for (var at = 0; at < distinct; at += FeatureTable<float>.MaxBatch)
        {
            var batch = Math.Min(FeatureTable<float>.MaxBatch, distinct - at);
            weights.Table.GetAll(all.Slice(at, batch), found.Slice(at, batch));
        }
        // Only the positive ones compete: the cut is the count-th largest of them (all of them when fewer), kept in a
        // small ascending array rather than sorting every positive weight.
        Span<float> best = stackalloc float[count];
        var held = 0;
        var positive = 0;
        for (var k = 0; k < distinct; k++)
        {
            var value = found[k];
            if (value <= 0)
            {
                continue;
            }
            all[positive] = all[k];
            found[positive++] = value;
            if (held < count)
            {
                var at = held++;
                for (; at > 0 && best[at - 1] > value; at--)
                {
                    best[at] = best[at - 1];
                }
                best[at] = value;
            }
            else if (value > best[0])
            {
                var at = 0;
                for (; at + 1 < count && best[at + 1] < value; at++)
                {
                    best[at] = best[at + 1];
                }
                best[at] = value;
            }
        }
        var cut = positive > count ? best[0] : float.MinValue;
        var top = new List<(int Slot, float Weight)>();
        for (var k = 0; k < positive; k++)
        {
            // The table matches keys by a fingerprint; a key it matched that the model never had has no name to show.
            if (found[k] >= cut && weights.TryGetSlot(all[k], out var slot))
            {
                top.Add((slot, found[k]));
            }
        }
        top.Sort((a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : string.CompareOrdinal(weights.NameAt(a.Slot), weights.NameAt(b.Slot)));
        var cues = new ModelReasons.Cue[Math.Min(top.Count, count)];
        for (var k = 0; k < cues.Length; k++)
        {
            cues[k] = weights.CueAt(top[k].Slot);
        }
        return cues;
    }

    private static void Emit<TSink>(TokenFeatures features, ModelSpan span, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        if (span.IsClause)
        {
            features.EmitClause(span.First, span.End, ref sink);
            return;
        }
        // The sentence-wide part once per sentence, then each token's own: the same features as EmitToken per token, each
        // sentence's repeats left out (the sinks here keep a set of features, so repeats add nothing).
        var sentence = -1;
        for (var i = span.First; i < span.End; i++)
        {
            if (features.SentenceOf(i) != sentence)
            {
                sentence = features.SentenceOf(i);
                features.EmitSentence(sentence, ref sink);
            }
            features.EmitOwn(i, ref sink);
        }
    }

    /// <summary>A segment head's weights in <see cref="SegmentScorer.FeatureNames"/> order, zero for a name the file lacks.</summary>
    private static float[] InFeatureOrder(Dictionary<string, float> byName)
    {
        var weights = new float[SegmentScorer.Count];
        for (var j = 0; j < weights.Length; j++)
        {
            weights[j] = byName.GetValueOrDefault(SegmentScorer.FeatureNames[j]);
        }
        return weights;
    }

    private static double Parse(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static SignalModel? LoadEmbedded()
    {
        using var stream = typeof(SignalModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    /// <summary>One binary classifier's weights: names (for the file) and values, found by key.</summary>
    private sealed class Weights
    {
        public Weights(IReadOnlyList<KeyValuePair<string, float>> weights)
        {
            Names = [.. weights.Select(p => p.Key)];
            Values = [.. weights.Select(p => p.Value)];
            Table = new FeatureTable<float>([.. weights.Select(p => (FeatureHash.OfName(p.Key), p.Value))]);
            // Key to name index in one flat array of (key, index, cue) slots, at most half full: an explanation asks it for
            // a dozen features, each a cache miss, where a dictionary took two (its buckets, then its entries), and the
            // feature's cue is kept in the slot it was found in rather than in an array by name index (a second miss).
            var bits = 4;
            while ((1 << bits) < Names.Length * 2)
            {
                bits++;
            }
            _index = new IndexSlot[1 << bits];
            _indexShift = 64 - bits;
            for (var k = 0; k < Names.Length; k++)
            {
                // A repeated key keeps its first name, as the table keeps its first weight. Keys are never 0 (FeatureHash),
                // which marks an empty slot.
                var key = FeatureHash.OfName(Names[k]);
                var slot = (int)(key >> _indexShift);
                while (_index[slot].Key != 0 && _index[slot].Key != key)
                {
                    slot = (slot + 1) & (_index.Length - 1);
                }
                if (_index[slot].Key == 0)
                {
                    _index[slot] = new IndexSlot { Key = key, Index = k };
                }
            }
        }

        private readonly IndexSlot[] _index;
        private readonly int _indexShift;

        /// <summary>
        /// The slot of the key-to-name table that holds <paramref name="key"/>, for <see cref="NameAt"/> and
        /// <see cref="CueAt"/>: the name is the one the weight of the key was read under.
        /// </summary>
        public bool TryGetSlot(ulong key, out int slot)
        {
            for (slot = (int)(key >> _indexShift); ; slot = (slot + 1) & (_index.Length - 1))
            {
                ref readonly var found = ref _index[slot];
                if (found.Key == key && key != 0)
                {
                    return true;
                }
                if (found.Key == 0)
                {
                    slot = -1;
                    return false;
                }
            }
        }

        private struct IndexSlot
        {
            public ulong Key;
            public int Index;
            // Filled as explanations ask: a cue is a pure function of its name, so two threads filling one slot write
            // equal values, and a reference is written whole.
            public ModelReasons.Cue? Cue;
        }

        /// <summary>The name of the feature in <paramref name="slot"/> (<see cref="TryGetSlot"/>).</summary>
        public string NameAt(int slot) => Names[_index[slot].Index];

        /// <summary>What the feature in <paramref name="slot"/> (<see cref="TryGetSlot"/>) shows a reader.</summary>
        public ModelReasons.Cue CueAt(int slot) => _index[slot].Cue ??= ModelReasons.CueOf(NameAt(slot));

        public string[] Names { get; }

        public float[] Values { get; }

        public FeatureTable<float> Table { get; }
    }

    /// <summary>
    /// The token tagger's probability for each of <paramref name="tagged"/> (ascending), zero for the other tokens. The
    /// features every token of a sentence shares are summed once per sentence, from constants; each token's own come from
    /// <see cref="TokenFeatures.OwnSums"/>, the same sums as emitting them, with a look-up per word type instead of per token.
    /// </summary>
    private double[] TokenProbabilities(TokenFeatures features, List<int> tagged)
    {
        var probabilities = features.Scratch.Doubles(SignalScratch.TokenProbabilities, features.Count, clear: true);
        var own = features.Scratch.Doubles(SignalScratch.OwnSums, tagged.Count, clear: false);
        features.OwnSums(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tagged), _span.Table, _spanConstants, own, OwnRows(features));
        var sentence = -1;
        var sentenceSum = 0.0;
        for (var k = 0; k < tagged.Count; k++)
        {
            var t = tagged[k];
            if (features.SentenceOf(t) != sentence)
            {
                sentence = features.SentenceOf(t);
                sentenceSum = features.TokenSentenceSum(sentence, _spanSentenceConstants);
            }
            probabilities[t] = 1 / (1 + Math.Exp(-(sentenceSum + own[k])));
        }
        return probabilities;
    }

    /// <summary>
    /// Sums the weights of the features emitted into it. Keys are buffered and looked up a batch at a time
    /// (<see cref="FeatureTable{T}.GetAll"/>), then added in emission order, so the sum is the same as adding one by one.
    /// </summary>
    private struct SumSink(Weights weights) : IFeatureSink
    {
        private readonly FeatureTable<float> _table = weights.Table;
        private readonly ulong[] _keys = new ulong[FeatureTable<float>.MaxBatch];
        private int _count;
        private double _sum;

        /// <summary>The sum so far; setting it starts a new sum.</summary>
        public double Sum
        {
            get
            {
                Flush();
                return _sum;
            }
            set
            {
                _count = 0;
                _sum = value;
            }
        }

        public readonly bool NeedsNames => false;

        public void Add(ulong key, FeatureName name)
        {
            _keys[_count++] = key;
            if (_count == _keys.Length)
            {
                Flush();
            }
        }

        private void Flush()
        {
            if (_count == 0)
            {
                return;
            }
            Span<float> values = stackalloc float[_count];
            _table.GetAll(_keys.AsSpan(0, _count), values);
            foreach (var value in values)
            {
                _sum += value;
            }
            _count = 0;
        }
    }

    /// <summary>
    /// Sums the technique rows of the features emitted into it; keys are looked up a batch at a time, the rows added in
    /// emission order (so the scores are the same as adding one by one). Call <see cref="Flush"/> before reading.
    /// </summary>
    private struct ClassSink(SignalModel model) : IFeatureSink
    {
        private readonly ulong[] _keys = new ulong[FeatureTable<int>.MaxBatch];
        private int _count;

        public double[] Scores { get; } = new double[model.Classes.Count];

        public readonly bool NeedsNames => false;

        public void Add(ulong key, FeatureName name)
        {
            _keys[_count++] = key;
            if (_count == _keys.Length)
            {
                Flush();
            }
        }

        public void Flush()
        {
            Span<int> rows = stackalloc int[_count];
            model._techniqueTable.GetAll(_keys.AsSpan(0, _count), rows);
            var scores = Scores;
            var entries = model._techniqueEntries;
            foreach (var stored in rows)
            {
                // Zero weights are not stored: adding 0 leaves a double as it is, so each class's sum is the same as
                // adding the dense row.
                var start = (stored >> RowCountBits) - 1;
                var end = start + (stored & ((1 << RowCountBits) - 1));
                for (var e = start; e < end; e++)
                {
                    scores[entries[e].Class] += entries[e].Weight;
                }
            }
            _count = 0;
        }
    }

    /// <summary>The keys emitted into it, in order, repeats included; without names.</summary>
    private readonly struct KeySink(List<ulong> keys) : IFeatureSink
    {
        public List<ulong> Keys { get; } = keys;

        public bool NeedsNames => false;

        public void Add(ulong key, FeatureName name) => Keys.Add(key);
    }
}
