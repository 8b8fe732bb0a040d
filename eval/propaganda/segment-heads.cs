#:project ../../src/Crosscheck.Workspace/Crosscheck.Workspace.csproj
// Round-13 experiments on the segment scorer's heads and decoding, all from one training per split: trains the five fold
// models of `crosscheck eval propaganda --folds 5` (same folds and seed, or another seed), keeps each fold's head training
// rows (the out-of-fold first-pass features and targets the trainer fits its two logistic heads on, through
// PropagandaTrainer.SegmentDataHook), scores every held-out article's candidates once, and re-decodes them as the signals
// stage does in the eval (exact interval scheduling, lexicon signals of the 14 PTC techniques included, model spans
// classified by the fold's model). Its first line reproduces the eval command's figures. Then:
//  - model spans trimmed of leading / trailing function words;
//  - one candidate kind (clauses, runs, clause pairs, sentences) left out at decoding;
//  - with HEADS set ("TREES:DEPTH:RATE:FROMLINEAR[:MINHESSIAN],..."), both heads replaced by gradient-boosted regression
//    trees (logistic loss with soft targets, Newton leaves, histogram splits; deterministic) fitted on the same rows, from
//    scratch (FROMLINEAR 0) or on top of the linear head's margin (1), decoded at 0.3 to 0.4.
// Usage: dotnet run eval/propaganda/segment-heads.cs -- PTC_TRAIN_DIR [seed] [cache-dir]
// (cache-dir keeps the fold models and head rows for later runs; a feature name holding a lone surrogate is written as
// U+FFFD, so reloaded models can differ from the trained ones by such features.)
using System.Globalization;
using System.Runtime.InteropServices;
using Crosscheck.Claims;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;
using Crosscheck.Text;
using Crosscheck.Workspace;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var dir = args.Length > 0 ? args[0] : throw new ArgumentException("usage: segment-heads.cs PTC_TRAIN_DIR [seed] [cache-dir]");
var options = PropagandaTrainingOptions.Default;
if (args.Length > 1)
{
    options = options with { Seed = int.Parse(args[1], CultureInfo.InvariantCulture) };
}
var cache = args.Length > 2 ? args[2] : null;
var configs = Environment.GetEnvironmentVariable("HEADS") ?? "";
var ptc = CrosscheckWorkspace.PtcTechniques;
const int Folds = 5;
var documents = CrosscheckWorkspace.ReadPropagandaCorpus(dir);
var fold = CrosscheckWorkspace.PropagandaFolds(documents.Count, Folds, options.Seed);
var models = new SignalModel[Folds];
var headData = new (float[] X, float[] Share, float[] Recall)[Folds];
for (var k = 0; k < Folds; k++)
{
    var modelFile = cache is null ? null : Path.Combine(cache, $"seed{options.Seed}-fold{k}.model");
    var dataFile = cache is null ? null : Path.Combine(cache, $"seed{options.Seed}-fold{k}.heads");
    if (modelFile is not null && File.Exists(modelFile) && File.Exists(dataFile))
    {
        using (var reader = File.OpenText(modelFile))
        {
            models[k] = SignalModel.Read(reader);
        }
        headData[k] = ReadHeads(dataFile!);
        continue;
    }
    PropagandaTrainer.SegmentDataHook = (x, s, r) => headData[k] = (x, s, r);
    models[k] = PropagandaTrainer.Train(documents.Where((_, i) => fold[i] != k).ToList(), options);
    PropagandaTrainer.SegmentDataHook = null;
    if (modelFile is not null)
    {
        Directory.CreateDirectory(cache!);
        using (var writer = new StreamWriter(modelFile, false, new System.Text.UTF8Encoding(false)))
        {
            models[k].Write(writer);
        }
        WriteHeads(dataFile!, headData[k]);
    }
}
var gold = documents.ToDictionary(d => d.Id, d => d.Spans, StringComparer.Ordinal);
var lexiconStage = new SignalStage(SignalOptions.Default with { Model = null });
var arts = new Held[documents.Count];
Parallel.For(0, documents.Count, i => arts[i] = Held.Build(documents[i], fold[i], models[fold[i]], lexiconStage, ptc));
var beta = arts[0].Segment.Beta;
Console.WriteLine($"heads rows per fold: {string.Join(' ', headData.Select(h => h.Share.Length))}; beta {beta}");

var baseline = arts.Select(a => a.Share.Select((s, j) => s + beta * a.Recall[j]).ToArray()).ToArray();
Report("eval command (linear heads, 0.35)", baseline, 0.35);
foreach (var trim in new[] { 1, 2, 3 })
{
    Held.Trim = trim;
    Report($"trimmed ({(trim == 1 ? "leading" : trim == 2 ? "trailing" : "both")} function words)", baseline, 0.35);
}
Held.Trim = 0;
foreach (var (kind, name) in new[] { (0, "clauses"), (1, "runs"), (2, "clause pairs"), (3, "sentences") })
{
    var without = arts.Select((a, i) => baseline[i].Select((v, j) => a.Candidates[j].Kind == kind ? 0 : v).ToArray()).ToArray();
    Report($"without {name} at decoding", without, 0.35);
}
if (Environment.GetEnvironmentVariable("HEADS") is null)
{
    return;
}

foreach (var config in configs.Split(','))
{
    var parts = config.Split(':');
    var trees = int.Parse(parts[0], CultureInfo.InvariantCulture);
    var depth = int.Parse(parts[1], CultureInfo.InvariantCulture);
    var rate = double.Parse(parts[2], CultureInfo.InvariantCulture);
    var fromLinear = parts[3] == "1";
    var minHessian = parts.Length > 4 ? double.Parse(parts[4], CultureInfo.InvariantCulture) : 20;
    var values = new double[arts.Length][];
    var clock = System.Diagnostics.Stopwatch.StartNew();
    for (var k = 0; k < Folds; k++)
    {
        var (x, share, recall) = headData[k];
        var segment = models[k].SegmentOf();
        var width = SegmentScorer.Count;
        var n = share.Length;
        double[]? shareInit = null, recallInit = null;
        if (fromLinear)
        {
            shareInit = new double[n];
            recallInit = new double[n];
            for (var i = 0; i < n; i++)
            {
                var row = x.AsSpan(i * width, width);
                shareInit[i] = Margin(segment.Weights, row);
                recallInit[i] = Margin(segment.RecallWeights, row);
            }
        }
        var shareTrees = Boosted.Train(x, share, width, shareInit, trees, depth, rate, minHessian);
        var recallTrees = Boosted.Train(x, recall, width, recallInit, trees, depth, rate, minHessian);
        for (var i = 0; i < arts.Length; i++)
        {
            if (arts[i].Fold != k)
            {
                continue;
            }
            var a = arts[i];
            values[i] = new double[a.Candidates.Count];
            for (var j = 0; j < values[i].Length; j++)
            {
                var row = a.Vectors.AsSpan(j * width, width);
                var s = shareTrees.Predict(row, fromLinear ? Margin(segment.Weights, row) : null);
                var r = recallTrees.Predict(row, fromLinear ? Margin(segment.RecallWeights, row) : null);
                values[i][j] = s + beta * r;
            }
        }
    }
    Console.WriteLine($"[{config}] trained in {clock.Elapsed.TotalSeconds:0.0} s");
    foreach (var t in new[] { 0.3, 0.325, 0.35, 0.375, 0.4 })
    {
        Report($"trees {config} at {t}", values, t);
    }
}

static double Margin(ReadOnlySpan<float> w, ReadOnlySpan<float> x)
{
    var z = 0.0;
    for (var j = 0; j < x.Length; j++)
    {
        z += w[j] * x[j];
    }
    return z;
}

static void WriteHeads(string file, (float[] X, float[] Share, float[] Recall) data)
{
    using var writer = new BinaryWriter(File.Create(file));
    writer.Write(data.X.Length);
    writer.Write(MemoryMarshal.AsBytes(data.X.AsSpan()));
    writer.Write(data.Share.Length);
    writer.Write(MemoryMarshal.AsBytes(data.Share.AsSpan()));
    writer.Write(MemoryMarshal.AsBytes(data.Recall.AsSpan()));
}

static (float[] X, float[] Share, float[] Recall) ReadHeads(string file)
{
    using var reader = new BinaryReader(File.OpenRead(file));
    var x = new float[reader.ReadInt32()];
    reader.Read(MemoryMarshal.AsBytes(x.AsSpan()));
    var share = new float[reader.ReadInt32()];
    var recall = new float[share.Length];
    reader.Read(MemoryMarshal.AsBytes(share.AsSpan()));
    reader.Read(MemoryMarshal.AsBytes(recall.AsSpan()));
    return (x, share, recall);
}

void Report(string name, double[][] values, double threshold)
{
    var spans = new IReadOnlyList<PropagandaSpan>[arts.Length];
    Parallel.For(0, arts.Length, i => spans[i] = arts[i].Decode(values[i], threshold, ptc));
    var predicted = Enumerable.Range(0, arts.Length).ToDictionary(i => arts[i].Id, i => spans[i], StringComparer.Ordinal);
    var si = PropagandaScorer.SpanIdentification(predicted, gold);
    var labelled = PropagandaScorer.Labelled(predicted, gold);
    var perFold = new List<string>();
    for (var k = 0; k < Folds; k++)
    {
        var foldPredicted = arts.Where(a => a.Fold == k).ToDictionary(a => a.Id, a => predicted[a.Id], StringComparer.Ordinal);
        var foldGold = arts.Where(a => a.Fold == k).ToDictionary(a => a.Id, a => gold[a.Id], StringComparer.Ordinal);
        perFold.Add($"{PropagandaScorer.SpanIdentification(foldPredicted, foldGold).F1:0.0000}/{PropagandaScorer.Labelled(foldPredicted, foldGold).F1:0.0000}");
    }
    Console.WriteLine($"{name}: SI P {si.Precision:0.0000} R {si.Recall:0.0000} F1 {si.F1:0.0000}; labelled F1 {labelled.F1:0.0000}; per fold SI/labelled {string.Join(' ', perFold)}");
}

static class ModelExtensions
{
    private static readonly System.Reflection.FieldInfo SegmentField =
        typeof(SignalModel).GetField("_segment", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    public static SegmentScorer SegmentOf(this SignalModel model) => (SegmentScorer)SegmentField.GetValue(model)!;
}

/// <summary>One held-out article: its segment candidates scored by its fold's model.</summary>
sealed class Held
{
    private readonly Dictionary<long, string> _techniques = [];
    private static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "and", "but", "or", "so", "that", "which", "who", "whom", "whose", "because", "as", "while", "when", "if", "then", "the", "a", "an",
        "to", "of", "in", "on", "at", "for", "with", "by", "from", "he", "she", "they", "it", "we", "i", "said", "says", "is", "was", "are",
    };

    /// <summary>Scratch: trim function words off model spans (1 leading, 2 trailing, 3 both).</summary>
    public static int Trim { get; set; }

    public required string Id { get; init; }
    public required int Fold { get; init; }
    public required SignalModel Model { get; init; }
    public required SegmentScorer Segment { get; init; }
    public required IReadOnlyList<Token> Tokens { get; init; }
    public required TokenFeatures Features { get; init; }
    public required List<(int First, int End, int Kind)> Candidates { get; init; }
    public required float[] Vectors { get; init; }
    public required double[] Share { get; init; }
    public required double[] Recall { get; init; }
    public List<PropagandaSpan> Lexicon { get; set; } = [];

    public static Held Build(PropagandaDocument document, int fold, SignalModel model, SignalStage lexiconStage, IReadOnlySet<Technique> ptc)
    {
        var text = document.Text;
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text);
        var analysed = new AnalyzedArticle(new Article { Id = document.Id, Source = document.Id, Text = text }) with { Tokens = tokens, Sentences = sentences };
        var lexicon = lexiconStage.Process(analysed, CancellationToken.None).Signals.Where(s => ptc.Contains(s.Technique))
            .Select(s => new PropagandaSpan(s.Span, s.Technique.Name())).ToList();
        var words = new WordTypes(text, tokens);
        var matches = new List<PhraseMatch<SignalEntry>>();
        SignalLexicons.FindAll(text, tokens, matches, words);
        var features = new TokenFeatures(text, tokens, sentences, matches, new SpanIndex(TextRegions.QuotationMarkRegions(text)), words);
        var clauses = features.Clauses();
        var (clauseProbabilities, tokenProbabilities) = model.Probabilities(features, clauses);
        var sentenceProbabilities = model.SentenceProbabilities(features, clauses)!;
        var odds = model.WordOddsOf(features, null)!;
        var vectors = new List<float>();
        var candidates = SegmentScorer.Candidates(features, clauses, clauseProbabilities, tokenProbabilities, tokenProbabilities, vectors, null, sentenceProbabilities, odds);
        candidates = [.. candidates];
        var segment = model.SegmentOf();
        var share = new double[candidates.Count];
        var recall = new double[candidates.Count];
        var all = vectors.ToArray();
        for (var j = 0; j < candidates.Count; j++)
        {
            var x = all.AsSpan(j * SegmentScorer.Count, SegmentScorer.Count);
            share[j] = segment.Score(x);
            recall[j] = segment.Recall(x);
        }
        return new Held
        {
            Id = document.Id, Fold = fold, Model = model, Segment = segment, Tokens = tokens, Features = features, Candidates = candidates, Vectors = all,
            Share = share, Recall = recall, Lexicon = lexicon,
        };
    }

    /// <summary>The stage's exact decoding at <paramref name="threshold"/>, plus the lexicon spans.</summary>
    public List<PropagandaSpan> Decode(double[] values, double threshold, IReadOnlySet<Technique> ptc)
    {
        var scored = new List<(int End, int First, double Value, int Index)>();
        for (var j = 0; j < values.Length; j++)
        {
            if (values[j] > threshold)
            {
                scored.Add((Candidates[j].End, Candidates[j].First, values[j], j));
            }
        }
        var spans = new List<PropagandaSpan>(Lexicon);
        foreach (var (chosenEnd, chosenFirst, _, _) in SegmentScorer.SelectNonOverlapping(scored, threshold))
        {
            var (end, first) = (chosenEnd, chosenFirst);
            if ((Trim & 1) != 0)
            {
                while (end - first > 1 && Function.Contains(Features.LowerOf(first)))
                {
                    first++;
                }
            }
            if ((Trim & 2) != 0)
            {
                while (end - first > 1 && Function.Contains(Features.LowerOf(end - 1)))
                {
                    end--;
                }
            }
            var key = ((long)first << 32) | (uint)end;
            string? technique;
            lock (_techniques)
            {
                _techniques.TryGetValue(key, out technique);
            }
            if (technique is null)
            {
                technique = Model.Classify(Features, first, end).Technique.Name();
                lock (_techniques)
                {
                    _techniques[key] = technique;
                }
            }
            if (TechniqueNames.TryParse(technique, out var parsed) && ptc.Contains(parsed))
            {
                spans.Add(new PropagandaSpan(TextSpan.FromBounds(Tokens[first].Span.Start, Tokens[end - 1].Span.End), technique));
            }
        }
        return spans;
    }
}

/// <summary>
/// Gradient-boosted regression trees for a logistic loss with soft targets in [0, 1]: Newton leaf values, splits from
/// per-feature histograms over quantile bins of the training rows. Deterministic (no sampling).
/// </summary>
sealed class Boosted
{
    private const int MaxBins = 64;
    private const double Lambda = 1;
    private readonly List<(int[] Feature, float[] Cut, double[] Leaf)> _trees = [];
    private double _base;

    public static Boosted Train(float[] x, float[] y, int width, double[]? init, int trees, int depth, double rate, double minHessian)
    {
        var n = y.Length;
        var model = new Boosted();
        // Bins: up to MaxBins quantile cuts per feature.
        var cuts = new float[width][];
        var sample = new float[n];
        for (var f = 0; f < width; f++)
        {
            for (var i = 0; i < n; i++)
            {
                sample[i] = x[i * width + f];
            }
            Array.Sort(sample);
            var list = new List<float>();
            for (var b = 1; b < MaxBins; b++)
            {
                var v = sample[(int)((long)b * n / MaxBins)];
                if ((list.Count == 0 || v > list[^1]) && v > sample[0])
                {
                    list.Add(v);
                }
            }
            cuts[f] = [.. list];
        }
        // bin[i, f]: the number of cuts at or below x (so x < cut[bin] and x >= cut[bin - 1]).
        var bins = new byte[n * width];
        for (var i = 0; i < n; i++)
        {
            for (var f = 0; f < width; f++)
            {
                var v = x[i * width + f];
                var c = cuts[f];
                var lo = 0;
                var hi = c.Length;
                while (lo < hi)
                {
                    var mid = (lo + hi) >> 1;
                    if (c[mid] <= v)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }
                bins[i * width + f] = (byte)lo;
            }
        }
        var margin = new double[n];
        if (init is null)
        {
            var mean = Math.Clamp(y.Average(v => (double)v), 1e-4, 1 - 1e-4);
            model._base = Math.Log(mean / (1 - mean));
            Array.Fill(margin, model._base);
        }
        else
        {
            Array.Copy(init, margin, n);
        }
        var g = new double[n];
        var h = new double[n];
        var node = new int[n];
        var leaves = 1 << depth;
        for (var t = 0; t < trees; t++)
        {
            for (var i = 0; i < n; i++)
            {
                var p = 1 / (1 + Math.Exp(-margin[i]));
                g[i] = p - y[i];
                h[i] = Math.Max(p * (1 - p), 1e-6);
            }
            Array.Clear(node);
            // A complete tree of the given depth, stored level by level: split feature and cut per inner node (feature -1: no split,
            // every row goes left).
            var feature = new int[leaves - 1];
            var cut = new float[leaves - 1];
            for (var level = 0; level < depth; level++)
            {
                var nodes = 1 << level;
                var offset = nodes - 1;
                // Histograms per (node, feature, bin).
                var hg = new double[nodes * width * (MaxBins + 1)];
                var hh = new double[nodes * width * (MaxBins + 1)];
                Parallel.For(0, width, f =>
                {
                    for (var i = 0; i < n; i++)
                    {
                        var at = (node[i] * width + f) * (MaxBins + 1) + bins[i * width + f];
                        hg[at] += g[i];
                        hh[at] += h[i];
                    }
                });
                for (var d = 0; d < nodes; d++)
                {
                    var best = (Gain: 0.0, Feature: -1, Bin: 0);
                    for (var f = 0; f < width; f++)
                    {
                        var at = (d * width + f) * (MaxBins + 1);
                        double gt = 0, ht = 0;
                        for (var b = 0; b <= cuts[f].Length; b++)
                        {
                            gt += hg[at + b];
                            ht += hh[at + b];
                        }
                        double gl = 0, hl = 0;
                        var parent = gt * gt / (ht + Lambda);
                        for (var b = 0; b < cuts[f].Length; b++)
                        {
                            gl += hg[at + b];
                            hl += hh[at + b];
                            var gr = gt - gl;
                            var hr = ht - hl;
                            if (hl < minHessian || hr < minHessian)
                            {
                                continue;
                            }
                            var gain = gl * gl / (hl + Lambda) + gr * gr / (hr + Lambda) - parent;
                            if (gain > best.Gain + 1e-9)
                            {
                                best = (gain, f, b);
                            }
                        }
                    }
                    feature[offset + d] = best.Feature;
                    cut[offset + d] = best.Feature < 0 ? 0 : cuts[best.Feature][best.Bin];
                }
                for (var i = 0; i < n; i++)
                {
                    var d = node[i];
                    var f = feature[offset + d];
                    var right = f >= 0 && x[i * width + f] >= cut[offset + d];
                    node[i] = 2 * d + (right ? 1 : 0);
                }
            }
            var sg = new double[leaves];
            var sh = new double[leaves];
            for (var i = 0; i < n; i++)
            {
                sg[node[i]] += g[i];
                sh[node[i]] += h[i];
            }
            var leaf = new double[leaves];
            for (var l = 0; l < leaves; l++)
            {
                leaf[l] = -rate * sg[l] / (sh[l] + Lambda);
            }
            for (var i = 0; i < n; i++)
            {
                margin[i] += leaf[node[i]];
            }
            model._trees.Add((feature, cut, leaf));
        }
        return model;
    }

    public double Predict(ReadOnlySpan<float> x, double? init)
    {
        var z = init ?? _base;
        foreach (var (feature, cut, leaf) in _trees)
        {
            var d = 0;
            var depth = 0;
            while ((1 << depth) - 1 + d < feature.Length)
            {
                var at = (1 << depth) - 1 + d;
                var f = feature[at];
                d = 2 * d + (f >= 0 && x[f] >= cut[at] ? 1 : 0);
                depth++;
            }
            z += leaf[d];
        }
        return 1 / (1 + Math.Exp(-z));
    }
}
