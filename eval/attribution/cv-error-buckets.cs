#:project ../../src/Crosscheck.Core/Crosscheck.Core.csproj
// Error buckets of the attribution stage on PolNeAR train, from held-out predictions: five-fold cross-validation as in
// cross-validate.cs (every weight trained on four fifths, the fifth scored), then each gold relation the stage did not
// match is put in one bucket by what the prediction nearest to it did. Counts only: never paste corpus text into the
// repository. Usage: dotnet run eval/attribution/cv-error-buckets.cs -- TRAIN_DIR [heads=40]
using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Documents;
using Crosscheck.Evaluation.Attribution;
using Crosscheck.Pipeline;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var dir = args.Length > 0 ? args[0] : throw new ArgumentException("usage: cv-error-buckets.cs TRAIN_DIR [heads]");
var heads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
var documents = AttributionCorpus.Load(dir);
var analysed = CueModelTrainer.Preprocess(documents);
var buckets = new Dictionary<string, int>();
var missedHeads = new Dictionary<string, int>();
void Count(Dictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
static bool Overlaps(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b) => AttributionScorer.OverlapLength(a, b) > 0;
string[] skip = ["has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "could", "also", "not", "did", "does", "do", "still", "just"];
for (var fold = 0; fold < 5; fold++)
{
    var fit = new List<BratAttributionDocument>();
    var fitAnalysed = new List<AnalyzedArticle>();
    for (var i = 0; i < documents.Count; i++)
    {
        if (i % 5 != fold)
        {
            fit.Add(documents[i]);
            fitAnalysed.Add(analysed[i]);
        }
    }
    var stage = new AttributionStage(new AttributionOptions { CueModel = CueModelTrainer.Train(fit, fitAnalysed, new CueModelTrainingOptions()) });
    for (var i = fold; i < documents.Count; i += 5)
    {
        var gold = documents[i];
        var predicted = PredictedAttribution.FromQuotes(stage.Process(analysed[i], CancellationToken.None).Quotes);
        var alignment = AttributionScorer.Align(gold, predicted);
        var content = alignment.ContentMatches.ToDictionary(m => m.Gold, m => m.Predicted);
        var relation = alignment.RelationMatches.Select(m => m.Gold).ToHashSet();
        for (var g = 0; g < gold.Relations.Count; g++)
        {
            var r = gold.Relations[g];
            if (relation.Contains(g))
            {
                Count(buckets, "0 relation matched");
                continue;
            }
            bool SameCue(PredictedAttribution p) => p.Cue is { } c && Overlaps(r.Cue, [c]);
            if (content.TryGetValue(g, out var pi))
            {
                var p = predicted[pi];
                Count(buckets, !r.HasSource ? "1 content found; gold has no source, prediction has one"
                    : p.Source is null ? "2 content found; prediction has no source"
                    : SameCue(p) ? "3 content found; same cue, another source"
                    : "4 content found; the prediction is another attribution's (other cue)");
                continue;
            }
            if (predicted.Any(p => Overlaps(p.Content, r.Content)))
            {
                Count(buckets, "5 content overlapped by a prediction paired with another gold relation");
                continue;
            }
            if (predicted.Any(SameCue))
            {
                Count(buckets, "6 missed; a prediction has the gold cue, its content lies elsewhere");
                continue;
            }
            if (predicted.Any(p => Overlaps(p.Content, r.Cue)))
            {
                Count(buckets, "7 missed; the gold cue lies inside a predicted content");
                continue;
            }
            Count(buckets, "8 missed; no prediction at the cue or the content");
            // The cue's head: its first word after auxiliaries; capitalised heads (headlines, openers) pooled.
            var words = r.Cue.SelectMany(c => c.Substring(gold.Text).Split(' ', '\n')).Where(w => w.Length > 0).ToArray();
            var head = words.FirstOrDefault(w => !skip.Contains(w.ToLowerInvariant())) ?? words.FirstOrDefault() ?? "(none)";
            Count(missedHeads, char.IsUpper(head[0]) ? "(capitalised)" : head.ToLowerInvariant());
        }
    }
}
foreach (var (k, n) in buckets.OrderBy(x => x.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"{n,6}  {k[2..]}");
}
Console.WriteLine($"heads of bucket 8 ({missedHeads.Values.Sum()}), the commonest {heads}:");
Console.WriteLine(string.Join(", ", missedHeads.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(heads).Select(x => $"{x.Key} {x.Value}")));
