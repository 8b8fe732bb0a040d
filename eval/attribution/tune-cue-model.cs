#:project ../../src/Crosscheck.Core/Crosscheck.Core.csproj
// Chooses the cue model's settings on a split of PolNeAR train, never on dev: trains on four fifths of the train
// articles (those whose index in name order is not 4 mod 5), scores the attribution stage on the held-out fifth for a
// grid of thresholds, and prints relation / content-overlap / source-exact figures per setting.
// Usage: dotnet run eval/attribution/tune-cue-model.cs -- TRAIN_DIR [epochs=10] [minPrecision=0.02] [minCues=2] [cue|fallback|shipped|filter|recall|subject] [fold=4]
// (cue: the cue threshold and hand-cue veto grid; fallback: the fallback-subject score grid at the default thresholds;
// subject: fallback-subject score × filter, trained at each score; recall: cue threshold × quote-filter threshold, the filter trained at each cue threshold; shipped: only the shipped settings, for the held-out figure, and the same with the source boundaries left to the hand
// rules or without the quote filter; filter: the quote filter's threshold grid)
using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Evaluation.Attribution;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var dir = args.Length > 0 ? args[0] : throw new ArgumentException("usage: tune-cue-model.cs TRAIN_DIR [epochs] [minPrecision] [minCues]");
var epochs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var minPrecision = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.02;
var minCues = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2;
// The held-out fifth: articles whose index in name order is FOLD mod 5 (default 4, the fifth every figure in
// docs/accuracy.md uses unless it says otherwise).
var fold = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 4;
var documents = AttributionCorpus.Load(dir);
var fit = new List<BratAttributionDocument>();
var held = new List<BratAttributionDocument>();
for (var i = 0; i < documents.Count; i++)
{
    (i % 5 == fold ? held : fit).Add(documents[i]);
}
var options = new CueModelTrainingOptions { Epochs = epochs, Vocabulary = new CueLexiconTrainingOptions { MinCues = minCues, MinPrecision = minPrecision } };
var model = CueModelTrainer.Train(fit, options);
Console.WriteLine($"fit {fit.Count} articles, held out {held.Count}; epochs {epochs}, vocabulary {model.Vocabulary.Cues.Count} words (min cues {minCues}, min precision {minPrecision}), {model.Weights.Count} weights");
// The word list of the previous round (no model: every learned word with precision >= 0.25 is a cue), for comparison.
var listOnly = new CueModel(CueLexiconTrainer.Train(fit, new CueLexiconTrainingOptions { MinCues = 2, MinPrecision = 0.25 }), [new("bias", 1f)]);
var analysed = CueModelTrainer.Preprocess(held);
void Run(string label, AttributionOptions attribution)
{
    var stage = new AttributionStage(attribution);
    var scored = new List<(BratAttributionDocument, IReadOnlyList<PredictedAttribution>)>();
    for (var i = 0; i < held.Count; i++)
    {
        var quotes = stage.Process(analysed[i], CancellationToken.None).Quotes;
        scored.Add((held[i], PredictedAttribution.FromQuotes(quotes)));
    }
    var e = AttributionScorer.Score(scored);
    Console.WriteLine($"{label,-28} relation P {e.Relation.Precision:0.000} R {e.Relation.Recall:0.000} F1 {e.Relation.F1:0.000} | content F1 {e.Content.Overlap.F1:0.000} | source exact F1 {e.Source.Exact.F1:0.000}");
}
var grid = args.Length > 4 ? args[4] : "cue";
if (grid == "shipped")
{
    Run("shipped settings", new AttributionOptions { CueModel = model });
    Run("source boundaries by rule", new AttributionOptions { CueModel = model, LearnedSourceBoundaries = false });
    Run("no quote filter", new AttributionOptions { CueModel = model, QuoteFilterThreshold = float.NegativeInfinity });
    return;
}
if (grid == "recall")
{
    // A lower cue threshold proposes more cues; the quote filter, trained on the stage's output at that threshold,
    // prunes the quotes they make.
    foreach (var threshold in new[] { -2f, -4f, -6f, -8f })
    {
        var recallModel = threshold == options.CueThreshold ? model : CueModelTrainer.Train(fit, options with { CueThreshold = threshold });
        // The filter's scores are log-odds since round 12 (a logistic regression).
        foreach (var filter in new[] { -1.5f, -1f, -0.75f, -0.5f, 0f })
        {
            Run($"cue {threshold} filter {filter}", new AttributionOptions { CueModel = recallModel, CueThreshold = threshold, QuoteFilterThreshold = filter });
        }
    }
    return;
}
if (grid == "subject")
{
    // A lower fallback-subject score gives more cues a subject; the quote filter, trained at that score, prunes.
    foreach (var score in args.Length > 6 ? args[6].Split(',').Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray() : new[] { 3f, 1f, -1f, -3f })
    {
        var subjectModel = score == options.FallbackSubjectScore ? model : CueModelTrainer.Train(fit, options with { FallbackSubjectScore = score });
        foreach (var filter in new[] { -1f, -0.75f })
        {
            Run($"fallback {score} filter {filter}", new AttributionOptions { CueModel = subjectModel, FallbackSubjectScore = score, QuoteFilterThreshold = filter });
        }
    }
    return;
}
if (grid == "filter")
{
    Run("no quote filter", new AttributionOptions { CueModel = model, QuoteFilterThreshold = float.NegativeInfinity });
    foreach (var threshold in new[] { -1.5f, -1f, -0.75f, -0.5f, 0f })
    {
        foreach (var content in new[] { float.PositiveInfinity, 2f, 1f, 0f, -1f })
        {
            Run($"filter {threshold} content {content}", new AttributionOptions { CueModel = model, QuoteFilterThreshold = threshold, ContentFilterThreshold = content });
        }
    }
    return;
}
Run("word list (0.25), no model", new AttributionOptions { CueModel = listOnly });
if (grid == "cue")
{
    foreach (var veto in new[] { float.NegativeInfinity, -6f, -3f })
    {
        foreach (var threshold in new[] { -8f, -5f, -3f, -2f, -1f, 0f })
        {
            Run($"threshold {threshold} veto {veto}", new AttributionOptions { CueModel = model, CueThreshold = threshold, HandCueVeto = veto });
        }
    }
}
else
{
    foreach (var fallback in new[] { float.PositiveInfinity, 10f, 6f, 3f, 0f, -3f })
    {
        Run($"fallback subject {fallback}", new AttributionOptions { CueModel = model, FallbackSubjectScore = fallback });
    }
}
