#:project ../../src/Crosscheck.Core/Crosscheck.Core.csproj
// Five-fold cross-validation with the fold models frozen, to measure a rule change without the retraining noise of
// cross-validate.cs (there every fold retrains the quote filter on the stage's own quotes, so a rule that changes a
// handful of quotes moves each fold by about ten matches either way). "train" trains the five fold models exactly as
// cross-validate.cs does and writes them to OUT_DIR; "score" loads them and scores each held-out fold. Run "train" once
// in a checkout of the base commit, then "score" in both checkouts with the same OUT_DIR: the difference is the rules'
// alone, held out for the cue model. (Weights are written to four decimals; on the base this reproduces the retrained
// figures to the match.) Usage: dotnet run eval/attribution/fixed-fold-models.cs -- train|score TRAIN_DIR OUT_DIR [seed=1]
using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Evaluation.Attribution;
using Crosscheck.Pipeline;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var mode = args[0];
var dir = args[1];
var outDir = args[2];
var seed = args.Length > 3 ? int.Parse(args[3]) : 1;
var documents = AttributionCorpus.Load(dir);
var analysed = CueModelTrainer.Preprocess(documents);
var pooled = new List<(BratAttributionDocument, IReadOnlyList<PredictedAttribution>)>();
for (var fold = 0; fold < 5; fold++)
{
    CueModel model;
    var wpath = Path.Combine(outDir, $"fold{fold}-s{seed}.txt");
    var vpath = Path.Combine(outDir, $"vocab{fold}-s{seed}.txt");
    if (mode == "train")
    {
        var fit = new List<BratAttributionDocument>();
        var fitAnalysed = new List<AnalyzedArticle>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (i % 5 != fold) { fit.Add(documents[i]); fitAnalysed.Add(analysed[i]); }
        }
        model = CueModelTrainer.Train(fit, fitAnalysed, CueModelTrainingOptions.Default with { Seed = seed });
        using (var w = new StreamWriter(wpath)) model.WriteWeights(w, "fold");
        using (var w = new StreamWriter(vpath)) model.Vocabulary.Write(w);
    }
    else
    {
        var table = File.ReadAllLines(vpath).Where(l => l.Length > 0 && l[0] != '#' && l.Contains(" = ")).Select(l => { var k = l.IndexOf(" = "); return new KeyValuePair<string, string>(l[..k], l[(k + 3)..]); });
        model = new CueModel(CueModel.ParseVocabulary(table), CueModel.ParseWeights(File.ReadAllLines(wpath)));
    }
    var stage = new AttributionStage(new AttributionOptions { CueModel = model });
    var scored = new List<(BratAttributionDocument, IReadOnlyList<PredictedAttribution>)>();
    for (var i = fold; i < documents.Count; i += 5)
    {
        scored.Add((documents[i], PredictedAttribution.FromQuotes(stage.Process(analysed[i], CancellationToken.None).Quotes)));
    }
    pooled.AddRange(scored);
    var e = AttributionScorer.Score(scored);
    Console.WriteLine($"fold {fold} {e.Relation.Correct}/{e.Relation.Predicted} F1 {e.Relation.F1:0.0000} src {e.Source.Exact.Correct}/{e.Source.Exact.Predicted}");
}
var p = AttributionScorer.Score(pooled);
Console.WriteLine($"pooled {p.Relation.Correct}/{p.Relation.Predicted} F1 {p.Relation.F1:0.0000} src {p.Source.Exact.Correct}/{p.Source.Exact.Predicted} content {p.Content.Overlap.F1:0.0000}");
