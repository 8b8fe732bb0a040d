#:project ../../src/Crosscheck.Workspace/Crosscheck.Workspace.csproj
// Round-8 experiments on the sentence-level decision, all from one training: trains the five fold models of
// `crosscheck eval propaganda --folds 5` (same folds and seed, or another seed), scores every held-out article's segment
// candidates once, and then re-decodes them under each rule, pooled and per fold, as the signals stage does in the eval
// (ungated, lexicon signals of the 14 PTC techniques included, model spans classified by the fold's model). Its first
// line reproduces the eval command's figures. The rules:
//  - a sentence gate: a logistic regression over sentence features (the best candidate's value, share and recall, the
//    sentence classifier, the article's other sentences, the neighbours, position, length, quotes, marks, and cheap
//    densities: digits, capitals, first/second person, reporting verbs, word odds, lexicon hits), trained on the other
//    folds' held-out sentences (out of fold), labelled by whether the sentence holds gold; combined with the span value
//    as value × gate^γ over a cut, or as a second cut on the gate;
//  - article calibration: the threshold moved by the article's mean best value, its share of sentences over the
//    threshold, or its length;
//  - a candidate reranker: the two segment heads refitted (out of fold, across the outer folds) over the candidate's
//    own value and the sentence gate's features;
//  - at most one or two model spans per sentence; or weaker candidates kept where the sentence's best is sure;
//  - for scale: an oracle sentence gate (spans in sentences without gold dropped), model spans only, and a veto of
//    lexicon spans the segment scorer rates low. With "oracle" as third argument, also per-article oracle thresholds.
// Usage: dotnet run eval/propaganda/sentence-gate.cs -- PTC_TRAIN_DIR [seed] [oracle]
using System.Globalization;
using Crosscheck.Claims;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;
using Crosscheck.Text;
using Crosscheck.Workspace;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var dir = args.Length > 0 ? args[0] : throw new ArgumentException("usage: sentence-gate.cs PTC_TRAIN_DIR [seed] [oracle]");
var options = PropagandaTrainingOptions.Default;
if (args.Length > 1)
{
    options = options with { Seed = int.Parse(args[1], CultureInfo.InvariantCulture) };
}
var withOracle = args.Length > 2 && args[2] == "oracle";
var ptc = CrosscheckWorkspace.PtcTechniques;
const int Folds = 5;
const double Cut = Held.Cut;
var documents = CrosscheckWorkspace.ReadPropagandaCorpus(dir);
var fold = CrosscheckWorkspace.PropagandaFolds(documents.Count, Folds, options.Seed);
var models = new SignalModel[Folds];
for (var k = 0; k < Folds; k++)
{
    models[k] = PropagandaTrainer.Train(documents.Where((_, i) => fold[i] != k).ToList(), options);
}
var gold = documents.ToDictionary(d => d.Id, d => d.Spans, StringComparer.Ordinal);
var lexiconStage = new SignalStage(SignalOptions.Default with { Model = null });
var arts = new Held[documents.Count];
Parallel.For(0, documents.Count, i => arts[i] = Held.Build(documents[i], fold[i], models[fold[i]], lexiconStage, ptc));

var baseline = arts.Select(a => a.Values()).ToArray();
Report("eval command (threshold 0.35)", baseline, Cut);

// Sentence gate, trained on the other folds' held-out sentences.
var rows = arts.Select(a => a.SentenceRows()).ToArray();
var gate = new double[arts.Length][];
for (var k = 0; k < Folds; k++)
{
    var data = new List<(double[] X, double Y)>();
    for (var i = 0; i < arts.Length; i++)
    {
        if (arts[i].Fold == k)
        {
            continue;
        }
        for (var s = 0; s < rows[i].Length; s++)
        {
            if (rows[i][s] is { } x)
            {
                data.Add((x, arts[i].SentenceGold[s] ? 1 : 0));
            }
        }
    }
    var w = Logistic.Train(data, 30);
    for (var i = 0; i < arts.Length; i++)
    {
        if (arts[i].Fold == k)
        {
            gate[i] = [.. rows[i].Select(x => x is null ? 0 : Logistic.Predict(w, x))];
        }
    }
}
var byValue = new List<(double, bool)>();
var bySlc = new List<(double, bool)>();
var byGate = new List<(double, bool)>();
for (var i = 0; i < arts.Length; i++)
{
    for (var s = 0; s < rows[i].Length; s++)
    {
        if (rows[i][s] is { } x)
        {
            byValue.Add((x[1], arts[i].SentenceGold[s]));
            bySlc.Add((x[4], arts[i].SentenceGold[s]));
            byGate.Add((gate[i][s], arts[i].SentenceGold[s]));
        }
    }
}
Console.WriteLine($"sentence detection AUC: best candidate value {Auc(byValue):0.0000}, sentence classifier {Auc(bySlc):0.0000}, gate {Auc(byGate):0.0000}");
foreach (var gamma in new[] { 0.5, 1.0, 2.0 })
{
    foreach (var t in new[] { 0.1, 0.15, 0.2, 0.25, 0.3 })
    {
        Report($"value × gate^{gamma} ≥ {t}", Rescaled((i, j, s) => baseline[i][j] * Math.Pow(gate[i][s], gamma)), t);
    }
}
foreach (var c in new[] { 0.2, 0.25, 0.3, 0.35 })
{
    Report($"value ≥ 0.35 and gate ≥ {c}", Rescaled((i, j, s) => gate[i][s] >= c ? baseline[i][j] : 0), Cut);
}

// Article calibration: the threshold moves with the article's density or length.
var articleMean = arts.Select(a => a.SentenceBest().Where(v => v >= 0).DefaultIfEmpty(0).Average()).ToArray();
var articleOver = arts.Select(a => a.SentenceBest().Where(v => v >= 0).Select(v => v >= Cut ? 1.0 : 0).DefaultIfEmpty(0).Average()).ToArray();
foreach (var lambda in new[] { -0.3, -0.15, 0.15, 0.3, 0.5 })
{
    ReportAt($"threshold + {lambda} × (article mean - 0.31)", baseline, i => Cut + lambda * (articleMean[i] - 0.31));
    ReportAt($"threshold + {lambda} × (article over - 0.32)", baseline, i => Cut + lambda * (articleOver[i] - 0.32));
}
foreach (var lambda in new[] { -0.05, 0.05, 0.1 })
{
    ReportAt($"threshold + {lambda} × log(sentences / 33)", baseline, i => Cut + lambda * Math.Log(arts[i].SentenceCount / 33.0));
}

// At most one or two model spans per sentence (the best ones).
foreach (var cap in new[] { 1, 2 })
{
    foreach (var t in new[] { 0.3, 0.35 })
    {
        Report($"at most {cap} per sentence, ≥ {t}", baseline, t, cap);
    }
}

// The reverse: in a sentence whose best candidate is sure, weaker candidates are kept too (lifted to the cut, so ranked last).
{
    var best = arts.Select(a => a.SentenceBest()).ToArray();
    foreach (var sure in new[] { 0.5, 0.7 })
    {
        foreach (var weaker in new[] { 0.25, 0.3 })
        {
            Report($"≥ {weaker} where the sentence's best ≥ {sure}",
                Rescaled((i, j, s) => best[i][s] >= sure && baseline[i][j] >= weaker ? Math.Max(baseline[i][j], Cut) : baseline[i][j]), Cut);
        }
    }
}

// Candidate reranker: both heads refitted over the candidate's own outputs and its sentence's gate features.
{
    var candidateRows = new double[arts.Length][][];
    for (var i = 0; i < arts.Length; i++)
    {
        candidateRows[i] = [.. Enumerable.Range(0, arts[i].Candidates.Count).Select(j => arts[i].CandidateRow(j, rows[i]))];
    }
    var reranked = new double[arts.Length][];
    for (var k = 0; k < Folds; k++)
    {
        var share = new List<(double[] X, double Y)>();
        var recall = new List<(double[] X, double Y)>();
        for (var i = 0; i < arts.Length; i++)
        {
            if (arts[i].Fold != k)
            {
                for (var j = 0; j < candidateRows[i].Length; j++)
                {
                    share.Add((candidateRows[i][j], arts[i].TargetShare[j]));
                    recall.Add((candidateRows[i][j], arts[i].TargetRecall[j]));
                }
            }
        }
        var ws = Logistic.Train(share, 8);
        var wr = Logistic.Train(recall, 8);
        for (var i = 0; i < arts.Length; i++)
        {
            if (arts[i].Fold == k)
            {
                reranked[i] = [.. candidateRows[i].Select(x => Logistic.Predict(ws, x) + Held.Beta * Logistic.Predict(wr, x))];
            }
        }
    }
    foreach (var t in new[] { 0.3, 0.35, 0.375, 0.4 })
    {
        Report($"reranked ≥ {t}", reranked, t);
    }
}

// For scale.
Report("oracle sentence gate", Rescaled((i, j, s) => arts[i].SentenceGold[s] ? baseline[i][j] : 0), Cut);
var lexicon = arts.Select(a => a.Lexicon).ToArray();
foreach (var a in arts)
{
    a.Lexicon = [];
}
Report("model spans only", baseline, Cut);
foreach (var c in new[] { 0.2, 0.3, 0.5 })
{
    var dropped = 0;
    for (var i = 0; i < arts.Length; i++)
    {
        arts[i].Lexicon = [.. lexicon[i].Where(l => arts[i].BestOverlapping(l.Span, baseline[i]) >= c)];
        dropped += lexicon[i].Count - arts[i].Lexicon.Count;
    }
    Report($"lexicon spans vetoed below {c} ({dropped} dropped)", baseline, Cut);
}
for (var i = 0; i < arts.Length; i++)
{
    arts[i].Lexicon = lexicon[i];
}
if (withOracle)
{
    // Coordinate ascent over one threshold per article, on the pooled score: an upper bound for article calibration.
    double[] grid = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8, 1.1];
    var choice = Enumerable.Repeat(3, arts.Length).ToArray();
    var decoded = new Dictionary<(int, int), IReadOnlyList<PropagandaSpan>>();
    IReadOnlyList<PropagandaSpan> At(int i, int g)
    {
        if (!decoded.TryGetValue((i, g), out var spans))
        {
            decoded[(i, g)] = spans = arts[i].Decode(baseline[i], grid[g], ptc);
        }
        return spans;
    }
    for (var pass = 0; pass < 2; pass++)
    {
        for (var i = 0; i < arts.Length; i++)
        {
            var best = (F1: -1.0, Grid: choice[i]);
            for (var g = 0; g < grid.Length; g++)
            {
                choice[i] = g;
                var f1 = PropagandaScorer.SpanIdentification(Enumerable.Range(0, arts.Length).ToDictionary(q => arts[q].Id, q => At(q, choice[q]), StringComparer.Ordinal), gold).F1;
                if (f1 > best.F1)
                {
                    best = (f1, g);
                }
            }
            choice[i] = best.Grid;
        }
        var all = Enumerable.Range(0, arts.Length).ToDictionary(q => arts[q].Id, q => At(q, choice[q]), StringComparer.Ordinal);
        Console.WriteLine($"oracle per-article threshold, pass {pass + 1}: SI F1 {PropagandaScorer.SpanIdentification(all, gold).F1:0.0000}");
    }
}

double[][] Rescaled(Func<int, int, int, double> value)
{
    var result = new double[arts.Length][];
    for (var i = 0; i < arts.Length; i++)
    {
        result[i] = new double[arts[i].Candidates.Count];
        for (var j = 0; j < result[i].Length; j++)
        {
            result[i][j] = value(i, j, arts[i].Features.SentenceOf(arts[i].Candidates[j].First));
        }
    }
    return result;
}

void Report(string name, double[][] values, double threshold, int perSentence = int.MaxValue) => ReportAt(name, values, _ => threshold, perSentence);

void ReportAt(string name, double[][] values, Func<int, double> threshold, int perSentence = int.MaxValue)
{
    var spans = new IReadOnlyList<PropagandaSpan>[arts.Length];
    Parallel.For(0, arts.Length, i => spans[i] = arts[i].Decode(values[i], threshold(i), ptc, perSentence));
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

static double Auc(List<(double Score, bool Positive)> scored)
{
    var sorted = scored.OrderBy(x => x.Score).ToList();
    double rankSum = 0, positives = 0, negatives = 0;
    var i = 0;
    while (i < sorted.Count)
    {
        var j = i;
        while (j < sorted.Count && sorted[j].Score == sorted[i].Score)
        {
            j++;
        }
        for (var q = i; q < j; q++)
        {
            if (sorted[q].Positive)
            {
                rankSum += (i + j + 1) / 2.0;
                positives++;
            }
            else
            {
                negatives++;
            }
        }
        i = j;
    }
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

/// <summary>One held-out article: its segment candidates scored by its fold's model, and its sentences.</summary>
sealed class Held
{
    /// <summary>The recall head's weight in a value and the eval's threshold, as the shipped model has them.</summary>
    public const double Beta = 0.65;
    public const double Cut = 0.35;
    private static readonly System.Reflection.FieldInfo SegmentField =
        typeof(SignalModel).GetField("_segment", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
    private static readonly HashSet<string> Person = ["we", "us", "our", "you", "your", "i", "me", "my"];
    private static readonly HashSet<string> Reporting = ["said", "says", "told", "according", "reported", "stated", "announced", "added"];
    private readonly Dictionary<long, string> _techniques = [];

    public required string Id { get; init; }
    public required string Text { get; init; }
    public required int Fold { get; init; }
    public required SignalModel Model { get; init; }
    public required IReadOnlyList<Token> Tokens { get; init; }
    public required TokenFeatures Features { get; init; }
    public required List<(int First, int End, int Kind)> Candidates { get; init; }
    public required double[] Share { get; init; }
    public required double[] Recall { get; init; }
    public required float[] TargetShare { get; init; }
    public required float[] TargetRecall { get; init; }
    public required double[] SentenceProbability { get; init; }
    public required double[] Odds { get; init; }
    public required bool[] LexiconToken { get; init; }
    public required bool[] SentenceGold { get; init; }
    public required int[] SentenceFirst { get; init; }
    public required int[] SentenceEnd { get; init; }
    public List<PropagandaSpan> Lexicon { get; set; } = [];
    public int SentenceCount => SentenceFirst.Count(f => f >= 0);

    public static Held Build(PropagandaDocument document, int fold, SignalModel model, SignalStage lexiconStage, IReadOnlySet<Technique> ptc)
    {
        var text = document.Text;
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text);
        var analysed = new AnalyzedArticle(new Article { Id = document.Id, Source = document.Id, Text = text }) with { Tokens = tokens, Sentences = sentences };
        var lexicon = lexiconStage.Process(analysed, CancellationToken.None).Signals.Where(s => ptc.Contains(s.Technique))
            .Select(s => new PropagandaSpan(s.Span, s.Technique.Name())).ToList();
        // The features as the stage builds them (its lexicon matches, quotation marks and word types).
        var words = new WordTypes(text, tokens);
        var matches = new List<PhraseMatch<SignalEntry>>();
        SignalLexicons.FindAll(text, tokens, matches, words);
        var features = new TokenFeatures(text, tokens, sentences, matches, new SpanIndex(TextRegions.QuotationMarkRegions(text)), words);
        var lexiconToken = new bool[tokens.Count];
        foreach (var match in matches)
        {
            var (first, end) = TextRegions.TokenRange(tokens, match.Span);
            Array.Fill(lexiconToken, true, first, Math.Max(end - first, 0));
        }
        var clauses = features.Clauses();
        var (clauseProbabilities, tokenProbabilities) = model.Probabilities(features, clauses);
        var sentenceProbabilities = model.SentenceProbabilities(features, clauses)!;
        var odds = model.WordOddsOf(features, null)!;
        var vectors = new List<float>();
        var candidates = SegmentScorer.Candidates(features, clauses, clauseProbabilities, tokenProbabilities, tokenProbabilities, vectors, null, sentenceProbabilities, odds);
        var segment = (SegmentScorer)SegmentField.GetValue(model)!;
        var share = new double[candidates.Count];
        var recall = new double[candidates.Count];
        var all = vectors.ToArray();
        for (var j = 0; j < candidates.Count; j++)
        {
            var x = all.AsSpan(j * SegmentScorer.Count, SegmentScorer.Count);
            share[j] = segment.Score(x);
            recall[j] = segment.Recall(x);
        }
        var goldCharacters = new bool[text.Length];
        foreach (var span in document.Spans)
        {
            for (var c = span.Span.Start; c < Math.Min(span.Span.End, text.Length); c++)
            {
                goldCharacters[c] = true;
            }
        }
        var inverseLength = new float[text.Length];
        foreach (var span in PropagandaScorer.Merge(document.Spans, labelled: false))
        {
            var start = Math.Min(span.Span.Start, text.Length);
            var end = Math.Min(span.Span.End, text.Length);
            if (end > start)
            {
                Array.Fill(inverseLength, 1f / (end - start), start, end - start);
            }
        }
        var n = features.SentenceCount;
        var sentenceFirst = Enumerable.Repeat(-1, n).ToArray();
        var sentenceEnd = new int[n];
        for (var t = 0; t < features.Count; t++)
        {
            var s = features.SentenceOf(t);
            if (sentenceFirst[s] < 0)
            {
                sentenceFirst[s] = t;
            }
            sentenceEnd[s] = t + 1;
        }
        var sentenceGold = new bool[n];
        for (var s = 0; s < n; s++)
        {
            if (sentenceFirst[s] >= 0)
            {
                sentenceGold[s] = goldCharacters.AsSpan(tokens[sentenceFirst[s]].Span.Start, tokens[sentenceEnd[s] - 1].Span.End - tokens[sentenceFirst[s]].Span.Start).Contains(true);
            }
        }
        return new Held
        {
            Id = document.Id, Text = text, Fold = fold, Model = model, Tokens = tokens, Features = features, Candidates = candidates, Share = share,
            Recall = recall, SentenceProbability = sentenceProbabilities, Odds = odds, LexiconToken = lexiconToken, SentenceGold = sentenceGold,
            SentenceFirst = sentenceFirst, SentenceEnd = sentenceEnd, Lexicon = lexicon,
            TargetShare = [.. candidates.Select(c => SegmentScorer.GoldShare(features, c.First, c.End, goldCharacters))],
            TargetRecall = [.. candidates.Select(c => SegmentScorer.GoldRecall(features, c.First, c.End, inverseLength))],
        };
    }

    /// <summary>Each candidate's value as the stage ranks it: share + 0.65 × recall.</summary>
    public double[] Values() => [.. Share.Select((s, j) => s + Beta * Recall[j])];

    /// <summary>The best candidate value per sentence (-1 for a sentence without tokens).</summary>
    public double[] SentenceBest()
    {
        var best = new double[Features.SentenceCount];
        for (var s = 0; s < best.Length; s++)
        {
            best[s] = SentenceFirst[s] < 0 ? -1 : 0;
        }
        for (var j = 0; j < Candidates.Count; j++)
        {
            var s = Features.SentenceOf(Candidates[j].First);
            best[s] = Math.Max(best[s], Share[j] + Beta * Recall[j]);
        }
        return best;
    }

    /// <summary>The sentence gate's features per sentence (null for a sentence without tokens).</summary>
    public double[]?[] SentenceRows()
    {
        var n = Features.SentenceCount;
        var best = SentenceBest();
        var bestShare = new double[n];
        var bestRecall = new double[n];
        var over = new int[n];
        for (var j = 0; j < Candidates.Count; j++)
        {
            var s = Features.SentenceOf(Candidates[j].First);
            bestShare[s] = Math.Max(bestShare[s], Share[j]);
            bestRecall[s] = Math.Max(bestRecall[s], Recall[j]);
            if (Share[j] + Beta * Recall[j] >= Cut)
            {
                over[s]++;
            }
        }
        var real = SentenceCount;
        double sumBest = 0, sumSlc = 0;
        var sentencesOver = 0;
        for (var s = 0; s < n; s++)
        {
            if (SentenceFirst[s] >= 0)
            {
                sumBest += best[s];
                sumSlc += Math.Max(SentenceProbability[s], 0);
                sentencesOver += best[s] >= Cut ? 1 : 0;
            }
        }
        var rows = new double[]?[n];
        for (var s = 0; s < n; s++)
        {
            if (SentenceFirst[s] < 0)
            {
                continue;
            }
            var others = Math.Max(real - 1, 1);
            var articleOver = (sentencesOver - (best[s] >= Cut ? 1 : 0)) / (double)others;
            var start = Tokens[SentenceFirst[s]].Span.Start;
            var sentence = Text.AsSpan(start, Tokens[SentenceEnd[s] - 1].Span.End - start);
            rows[s] =
            [
                1, Logit(best[s]) / 4, Logit(bestShare[s]) / 4, Logit(bestRecall[s]) / 4, Logit(SentenceProbability[s] >= 0 ? SentenceProbability[s] : 0.01) / 4,
                Logit((sumBest - best[s]) / others) / 4, articleOver * 3, s > 0 ? Logit(Math.Max(best[s - 1], 0)) / 4 : Logit(0) / 4,
                s + 1 < n ? Logit(Math.Max(best[s + 1], 0)) / 4 : Logit(0) / 4, (double)s / n, s == 0 ? 1 : 0, Math.Log(1 + SentenceEnd[s] - SentenceFirst[s]) / 3,
                sentence.IndexOfAny("\"“”") >= 0 ? 1 : 0, sentence.EndsWith('!') || sentence.EndsWith('?') ? 1 : 0, Math.Log(1 + over[s]), Math.Log(real) / 4,
                Logit(best[s]) / 4 * articleOver * 3, Logit((sumSlc - Math.Max(SentenceProbability[s], 0)) / others) / 4, .. Densities(s),
            ];
        }
        return rows;
    }

    /// <summary>A candidate's reranker features: its own outputs, kind and length, and its sentence's gate features.</summary>
    public double[] CandidateRow(int j, double[]?[] sentenceRows)
    {
        var (first, end, kind) = Candidates[j];
        var row = sentenceRows[Features.SentenceOf(first)]!;
        var value = Math.Min(Share[j] + Beta * Recall[j], 0.9999);
        double[] own = [1, Logit(Share[j]) / 4, Logit(Recall[j]) / 4, Logit(value) / 4, kind == 0 ? 1 : 0, kind == 1 ? 1 : 0, kind == 2 ? 1 : 0, kind == 3 ? 1 : 0,
            Math.Log(end - first) / 3, row[1] - Logit(value) / 4];
        return [.. own, .. row.AsSpan(4)];
    }

    /// <summary>The best value among the candidates overlapping <paramref name="span"/>.</summary>
    public double BestOverlapping(TextSpan span, double[] values)
    {
        var best = 0.0;
        for (var j = 0; j < Candidates.Count; j++)
        {
            if (Tokens[Candidates[j].First].Span.Start < span.End && span.Start < Tokens[Candidates[j].End - 1].Span.End)
            {
                best = Math.Max(best, values[j]);
            }
        }
        return best;
    }

    /// <summary>The stage's decoding (greedy by value, no overlap) at <paramref name="threshold"/>, plus the lexicon spans.</summary>
    public List<PropagandaSpan> Decode(double[] values, double threshold, IReadOnlySet<Technique> ptc, int perSentence = int.MaxValue)
    {
        var kept = new int[Features.SentenceCount];
        var order = Enumerable.Range(0, values.Length).Where(j => values[j] >= threshold).OrderByDescending(j => values[j]).ThenBy(j => j);
        var taken = new bool[Features.Count];
        var spans = new List<PropagandaSpan>(Lexicon);
        foreach (var j in order)
        {
            var (first, end, _) = Candidates[j];
            if (taken.AsSpan(first, end - first).Contains(true) || kept[Features.SentenceOf(first)] >= perSentence)
            {
                continue;
            }
            Array.Fill(taken, true, first, end - first);
            kept[Features.SentenceOf(first)]++;
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

    private double[] Densities(int s)
    {
        int words = 0, digits = 0, capitals = 0, person = 0, reporting = 0, high = 0, lexicon = 0;
        double positive = 0, max = 0;
        for (var t = SentenceFirst[s]; t < SentenceEnd[s]; t++)
        {
            if (!Features.IsWord(t))
            {
                continue;
            }
            words++;
            var word = Text.AsSpan(Tokens[t].Span.Start, Tokens[t].Span.Length);
            if (word.IndexOfAnyInRange('0', '9') >= 0)
            {
                digits++;
            }
            else if (t > SentenceFirst[s] && char.IsUpper(word[0]))
            {
                capitals++;
            }
            var lower = Features.LowerOf(t);
            person += Person.Contains(lower) ? 1 : 0;
            reporting += Reporting.Contains(lower) ? 1 : 0;
            lexicon += LexiconToken[t] ? 1 : 0;
            positive += Math.Max(Odds[t], 0);
            max = Math.Max(max, Odds[t]);
            high += Odds[t] >= 1 ? 1 : 0;
        }
        words = Math.Max(words, 1);
        return [(double)digits / words, (double)capitals / words, Math.Log(1 + person), reporting > 0 ? 1 : 0, positive / words, max / 2, Math.Log(1 + high),
            Math.Log(1 + lexicon), (double)lexicon / words];
    }

    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-4, 1 - 1e-4);
        return Math.Log(p / (1 - p));
    }
}

/// <summary>Averaged SGD logistic regression with soft targets over dense rows (fixed seed).</summary>
static class Logistic
{
    public static double[] Train(List<(double[] X, double Y)> data, int epochs)
    {
        var w = new double[data[0].X.Length];
        var totals = new double[w.Length];
        var steps = 0.0;
        var random = new Random(1);
        var order = Enumerable.Range(0, data.Count).ToArray();
        for (var e = 0; e < epochs; e++)
        {
            random.Shuffle(order);
            var rate = 0.05 / (1 + e);
            foreach (var i in order)
            {
                var (x, y) = data[i];
                var gradient = rate * (y - Predict(w, x));
                for (var j = 0; j < w.Length; j++)
                {
                    var delta = gradient * x[j] - rate * 1e-5 * w[j];
                    w[j] += delta;
                    totals[j] += steps * delta;
                }
                steps++;
            }
        }
        for (var j = 0; j < w.Length; j++)
        {
            w[j] -= totals[j] / steps;
        }
        return w;
    }

    public static double Predict(double[] w, double[] x)
    {
        var z = 0.0;
        for (var j = 0; j < w.Length; j++)
        {
            z += w[j] * x[j];
        }
        return 1 / (1 + Math.Exp(-z));
    }
}
