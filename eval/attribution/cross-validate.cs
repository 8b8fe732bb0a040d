#:project ../../src/Crosscheck.Core/Crosscheck.Core.csproj
// Five-fold cross-validation of the attribution stage on PolNeAR train, never on dev: for each fold F the cue model
// (cue, source-boundary and quote-filter weights) is trained on the articles whose index in name order is not F mod 5
// and the stage scores the articles that are; prints relation / content-overlap / source-exact figures per fold and
// pooled over all five held-out folds (each article scored once, by a model that never saw it).
// Usage: dotnet run eval/attribution/cross-validate.cs -- TRAIN_DIR [fallback] [filter] [cue] [--seed N] [--models N] [--epochs N]
// (defaults: the stage's and the trainer's; --seed sets the trainer's shuffle seed, to measure the spread over seeds)
using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Evaluation.Attribution;
using Crosscheck.Pipeline;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var training = CueModelTrainingOptions.Default;
int? Named(string name)
{
    var at = Array.IndexOf(args, name);
    if (at < 0)
    {
        return null;
    }
    var value = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
    args = [.. args[..at], .. args[(at + 2)..]];
    return value;
}
training = training with { Seed = Named("--seed") ?? training.Seed, Models = Named("--models") ?? training.Models, Epochs = Named("--epochs") ?? training.Epochs };
var dir = args.Length > 0 ? args[0] : throw new ArgumentException("usage: cross-validate.cs TRAIN_DIR [fallback] [filter] [cue]");
float Arg(int i, float fallback) => args.Length > i ? float.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
var defaults = new AttributionOptions();
var fallbackScore = Arg(1, defaults.FallbackSubjectScore);
var filter = Arg(2, defaults.QuoteFilterThreshold);
var cueThreshold = Arg(3, defaults.CueThreshold);
var documents = AttributionCorpus.Load(dir);
var analysed = CueModelTrainer.Preprocess(documents);
var pooled = new List<(BratAttributionDocument, IReadOnlyList<PredictedAttribution>)>();
for (var fold = 0; fold < 5; fold++)
{
    var fit = new List<BratAttributionDocument>();
    var fitAnalysed = new List<AnalyzedArticle>();
    var held = new List<int>();
    for (var i = 0; i < documents.Count; i++)
    {
        if (i % 5 == fold)
        {
            held.Add(i);
        }
        else
        {
            fit.Add(documents[i]);
            fitAnalysed.Add(analysed[i]);
        }
    }
    var model = CueModelTrainer.Train(fit, fitAnalysed, training with { CueThreshold = cueThreshold, FallbackSubjectScore = fallbackScore });
    var stage = new AttributionStage(new AttributionOptions { CueModel = model, CueThreshold = cueThreshold, FallbackSubjectScore = fallbackScore, QuoteFilterThreshold = filter });
    var scored = new List<(BratAttributionDocument, IReadOnlyList<PredictedAttribution>)>();
    foreach (var i in held)
    {
        scored.Add((documents[i], PredictedAttribution.FromQuotes(stage.Process(analysed[i], CancellationToken.None).Quotes)));
    }
    pooled.AddRange(scored);
    Print($"fold {fold}", AttributionScorer.Score(scored));
}
Print("pooled", AttributionScorer.Score(pooled));

static void Print(string label, AttributionEvaluation e) =>
    Console.WriteLine($"{label,-8} relation P {e.Relation.Precision:0.000} R {e.Relation.Recall:0.000} F1 {e.Relation.F1:0.000} ({e.Relation.Correct}/{e.Relation.Predicted}/{e.Relation.Gold}) | content F1 {e.Content.Overlap.F1:0.000} | source exact F1 {e.Source.Exact.F1:0.0000} ({e.Source.Exact.Correct}/{e.Source.Exact.Predicted})");
