using System.Collections.Frozen;
using System.Globalization;

namespace Crosscheck.Signals;

/// <summary>
/// The trained propaganda model: a logistic-regression span tagger (is this token inside a propaganda span?) and a
/// multi-class linear technique classifier over the spans it finds. Weights are a text file
/// (<c>Lexicons/signals-model.txt</c>, embedded) written by <see cref="PropagandaTrainer"/>.
/// </summary>
/// <remarks>Immutable and thread-safe once loaded; scoring allocates per article, not per feature.</remarks>
public sealed class SignalModel
{
    private const string Header = "crosscheck-signals-model";
    private const string ResourceName = "Crosscheck.Lexicons.signals-model.txt";
    private static readonly Lazy<SignalModel?> EmbeddedModel = new(LoadEmbedded);

    private readonly FrozenDictionary<string, float> _span;
    private readonly FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
    private readonly FrozenDictionary<string, float> _clause;
    private readonly FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _clauseLookup;
    private readonly FrozenDictionary<string, float[]> _technique;
    private readonly FrozenDictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> _techniqueLookup;

    internal SignalModel(IDictionary<string, float> span, IDictionary<string, float> clause, IDictionary<string, float[]> technique,
        IReadOnlyList<Technique> classes, double threshold, double clauseThreshold)
    {
        _clause = clause.ToFrozenDictionary(StringComparer.Ordinal);
        _clauseLookup = _clause.GetAlternateLookup<ReadOnlySpan<char>>();
        ClauseThreshold = clauseThreshold;
        _span = span.ToFrozenDictionary(StringComparer.Ordinal);
        _spanLookup = _span.GetAlternateLookup<ReadOnlySpan<char>>();
        _technique = technique.ToFrozenDictionary(StringComparer.Ordinal);
        _techniqueLookup = _technique.GetAlternateLookup<ReadOnlySpan<char>>();
        Classes = [.. classes];
        Threshold = threshold;
    }

    /// <summary>The model shipped in the assembly, or null when none is embedded.</summary>
    public static SignalModel? Embedded => EmbeddedModel.Value;

    /// <summary>Token-probability threshold tuned at training time for span identification.</summary>
    public double Threshold { get; }

    /// <summary>Clause-probability threshold tuned at training time for span identification.</summary>
    public double ClauseThreshold { get; }

    /// <summary>The techniques the classifier can assign, in weight-column order.</summary>
    public IReadOnlyList<Technique> Classes { get; }

    /// <summary>Number of span-tagger and technique features.</summary>
    public (int Span, int Clause, int Technique) FeatureCounts => (_span.Count, _clause.Count, _technique.Count);

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static SignalModel Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var span = new Dictionary<string, float>(StringComparer.Ordinal);
        var clause = new Dictionary<string, float>(StringComparer.Ordinal);
        var clauseThreshold = 0.5;
        var technique = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var classes = new List<Technique>();
        var threshold = 0.5;
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
                    clause[parts[1]] = (float)Parse(parts[2]);
                    break;
                case "classes":
                    foreach (var name in parts.AsSpan(1))
                    {
                        classes.Add(TechniqueNames.TryParse(name, out var parsed) ? parsed : throw new InvalidDataException($"Unknown technique '{name}'."));
                    }
                    break;
                case "si":
                    span[parts[1]] = (float)Parse(parts[2]);
                    break;
                case "tc":
                    // Sparse: "column:weight" pairs, zero elsewhere.
                    var weights = new float[classes.Count];
                    foreach (var pair in parts.AsSpan(2))
                    {
                        var colon = pair.IndexOf(':', StringComparison.Ordinal);
                        weights[int.Parse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture)] = (float)Parse(pair[(colon + 1)..]);
                    }
                    technique[parts[1]] = weights;
                    break;
                case "":
                    break;
                default:
                    throw new InvalidDataException($"Unknown model line '{parts[0]}'.");
            }
        }
        return new SignalModel(span, clause, technique, classes, threshold, clauseThreshold);
    }

    /// <summary>Writes the model as text: one weight line per feature, sorted so that retraining diffs cleanly.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"{Header}\t1");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:0.###}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clause-threshold\t{ClauseThreshold:0.###}"));
        writer.WriteLine("classes\t" + string.Join('\t', Classes.Select(c => c.Name())));
        foreach (var (feature, weight) in _span.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"si\t{feature}\t{weight:0.####}"));
        }
        foreach (var (feature, weight) in _clause.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cl\t{feature}\t{weight:0.####}"));
        }
        foreach (var (feature, weights) in _technique.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write("tc\t");
            writer.Write(feature);
            for (var c = 0; c < weights.Length; c++)
            {
                if (weights[c] != 0)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"\t{c}:{weights[c]:0.###}"));
                }
            }
            writer.WriteLine();
        }
    }

    /// <summary>Probability that each token lies inside a propaganda span.</summary>
    internal double[] TokenProbabilities(TokenFeatures features)
    {
        var sink = new SumSink(_spanLookup);
        var probabilities = new double[features.Count];
        for (var i = 0; i < features.Count; i++)
        {
            sink.Sum = 0;
            features.EmitToken(i, sink);
            probabilities[i] = 1 / (1 + Math.Exp(-sink.Sum));
        }
        return probabilities;
    }

    /// <summary>
    /// Clauses the clause classifier scores at or above <paramref name="clauseThreshold"/>, then runs of tokens at or above
    /// <paramref name="threshold"/> outside them (bridging a single weaker token between two strong ones, trimmed of
    /// punctuation at either end).
    /// </summary>
    internal List<ModelSpan> FindSpans(TokenFeatures features, double[] probabilities, double threshold, double clauseThreshold)
    {
        var spans = new List<ModelSpan>();
        var n = features.Count;
        var covered = new bool[n];
        var clauseSink = new SumSink(_clauseLookup);
        foreach (var (first, end) in features.Clauses())
        {
            clauseSink.Sum = 0;
            features.EmitClause(first, end, clauseSink);
            var p = 1 / (1 + Math.Exp(-clauseSink.Sum));
            if (p >= clauseThreshold)
            {
                spans.Add(new ModelSpan(first, end, p, IsClause: true));
                Array.Fill(covered, true, first, end - first);
            }
        }
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

    /// <summary>The most likely technique of tokens [<paramref name="first"/>, <paramref name="end"/>), with its softmax share.</summary>
    internal (Technique Technique, double Confidence) Classify(TokenFeatures features, int first, int end)
    {
        var sink = new ClassSink(this);
        features.EmitSpan(first, end, sink);
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

    /// <summary>The strongest positive features behind <paramref name="span"/>, from whichever classifier found it.</summary>
    internal List<KeyValuePair<string, float>> TopFeatures(TokenFeatures features, ModelSpan span, int count)
    {
        var sink = new ExplainSink(span.IsClause ? _clauseLookup : _spanLookup);
        if (span.IsClause)
        {
            features.EmitClause(span.First, span.End, sink);
        }
        for (var i = span.First; i < span.End && !span.IsClause; i++)
        {
            features.EmitToken(i, sink);
        }
        var ranked = sink.Weights.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count);
        return [.. ranked];
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

    private sealed class SumSink(FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> weights) : FeatureSink
    {
        public double Sum { get; set; }

        public override void Add(ReadOnlySpan<char> feature)
        {
            if (weights.TryGetValue(feature, out var weight))
            {
                Sum += weight;
            }
        }
    }

    private sealed class ClassSink(SignalModel model) : FeatureSink
    {
        public double[] Scores { get; } = new double[model.Classes.Count];

        public override void Add(ReadOnlySpan<char> feature)
        {
            if (model._techniqueLookup.TryGetValue(feature, out var weights))
            {
                for (var c = 0; c < weights.Length; c++)
                {
                    Scores[c] += weights[c];
                }
            }
        }
    }

    private sealed class ExplainSink(FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> weights) : FeatureSink
    {
        public Dictionary<string, float> Weights { get; } = new(StringComparer.Ordinal);

        public override void Add(ReadOnlySpan<char> feature)
        {
            if (weights.TryGetValue(feature, out var weight) && weight > 0)
            {
                var key = feature.ToString();
                Weights[key] = Math.Max(Weights.GetValueOrDefault(key), weight);
            }
        }
    }
}
