#:project ../../src/Crosscheck.Workspace/Crosscheck.Workspace.csproj
// Cross-validated propaganda-span figures at several segment thresholds from one training: trains the five fold models
// of `crosscheck eval propaganda --folds 5` once (same folds and seed), then scores the signals stage as the eval
// command does (ungated, model spans overlapping lexicon signals kept, the 14 PTC techniques) at each threshold, pooled
// and per fold. At the model's own threshold it prints the eval command's figures.
// Usage: dotnet run eval/propaganda/sweep-thresholds.cs -- PTC_TRAIN_DIR [0.3,0.35,0.4]
using System.Globalization;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;
using Crosscheck.Text;
using Crosscheck.Workspace;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var dir = args.Length > 0 ? args[0] : throw new ArgumentException("usage: sweep-thresholds.cs PTC_TRAIN_DIR [thresholds]");
var thresholds = args.Length > 1 ? args[1].Split(',').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToList() : [];
var ptc = CrosscheckWorkspace.PtcTechniques;
const int Folds = 5;
var options = PropagandaTrainingOptions.Default;
var documents = CrosscheckWorkspace.ReadPropagandaCorpus(dir);
// The eval command's fold assignment.
var fold = CrosscheckWorkspace.PropagandaFolds(documents.Count, Folds, options.Seed);
var models = new SignalModel[Folds];
for (var k = 0; k < Folds; k++)
{
    models[k] = PropagandaTrainer.Train(documents.Where((_, i) => fold[i] != k).ToList(), options);
}
if (thresholds.Count == 0)
{
    thresholds.Add(models[0].SegmentThreshold ?? options.SegmentThreshold);
}
var gold = documents.ToDictionary(d => d.Id, d => d.Spans, StringComparer.Ordinal);
foreach (var threshold in thresholds)
{
    var predicted = new Dictionary<string, IReadOnlyList<PropagandaSpan>>(StringComparer.Ordinal);
    var perFold = new List<string>();
    for (var k = 0; k < Folds; k++)
    {
        var stage = new SignalStage(SignalOptions.Default with
        {
            Model = models[k], SegmentThreshold = threshold, SegmentRecallWeight = null, KeepOverlappingModelSpans = true, CandidateGate = 0,
        });
        var held = documents.Where((_, i) => fold[i] == k).ToList();
        var spans = new IReadOnlyList<PropagandaSpan>[held.Count];
        Parallel.For(0, held.Count, i =>
        {
            var article = new Article { Id = held[i].Id, Source = held[i].Id, Text = held[i].Text };
            var analysed = new AnalyzedArticle(article) with { Tokens = Tokenizer.Tokenize(article.Text), Sentences = SentenceSplitter.Split(article.Text) };
            spans[i] = [.. stage.Process(analysed, CancellationToken.None).Signals.Where(s => ptc.Contains(s.Technique)).Select(s => new PropagandaSpan(s.Span, s.Technique.Name()))];
        });
        var foldPredicted = new Dictionary<string, IReadOnlyList<PropagandaSpan>>(StringComparer.Ordinal);
        for (var i = 0; i < held.Count; i++)
        {
            predicted[held[i].Id] = spans[i];
            foldPredicted[held[i].Id] = spans[i];
        }
        var foldGold = held.ToDictionary(d => d.Id, d => d.Spans, StringComparer.Ordinal);
        perFold.Add($"{PropagandaScorer.SpanIdentification(foldPredicted, foldGold).F1:0.0000}/{PropagandaScorer.Labelled(foldPredicted, foldGold).F1:0.0000}");
    }
    var si = PropagandaScorer.SpanIdentification(predicted, gold);
    var labelled = PropagandaScorer.Labelled(predicted, gold);
    Console.WriteLine($"threshold {threshold:0.###}: SI P {si.Precision:0.0000} R {si.Recall:0.0000} F1 {si.F1:0.0000} ({si.Predicted} predicted); " +
        $"labelled P {labelled.Precision:0.0000} R {labelled.Recall:0.0000} F1 {labelled.F1:0.0000}; per fold SI/labelled {string.Join(' ', perFold)}");
}
