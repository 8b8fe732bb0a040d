#:project ../../src/Crosscheck.Core/Crosscheck.Core.csproj
// Why the attribution stage predicts nothing at a gold relation's cue or content, from held-out predictions: the same
// five folds as cross-validate.cs; each gold relation of cv-error-buckets.cs's last bucket (no prediction at its cue or
// content) is re-read under two looser stages and put in one class:
//   filter  a prediction appears with the quote filter and the mends after it off (candidate made, then dropped);
//   cue     it appears only when every candidate is a cue (cue threshold and hand-cue veto off): the cue model said no;
//   frame   the cue head is a cue word (hand lexicon, two-word cue or the model's vocabulary) but no rule made a quote
//           even then: the frame is not recognised;
//   oov     the cue head is in no lexicon (capitalised heads apart).
// Counts only, per class and head word: never paste corpus text into the repository. With a third argument, writes
// the sentence of every miss of that class to that file, for reading in the terminal (scratch, outside the repository).
// The head is the cue's first token after auxiliaries; with --trainer-heads, after the longer list the learned-cue
// trainer skips (CueLexiconTrainer: also "to", modals, "first", "now", "once", "since", subject pronouns …), so that
// -ly adverbs and marks are skipped too, so "to discuss" or "first reported" count under the verb the lexicons are keyed by, not under "to" or "first".
// Usage: dotnet run eval/attribution/cue-reach.cs -- TRAIN_DIR [heads=25] [CLASS FILE] [--trainer-heads]
using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Documents;
using Crosscheck.Evaluation.Attribution;
using Crosscheck.Pipeline;
using Crosscheck.Text;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var trainerHeads = args.Contains("--trainer-heads");
args = [.. args.Where(a => a != "--trainer-heads")];
var dir = args.Length > 0 ? args[0] : throw new ArgumentException("usage: cue-reach.cs TRAIN_DIR [heads] [CLASS FILE]");
var heads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
var dumpClass = args.Length > 3 ? args[2] : null;
using var dump = args.Length > 3 ? new StreamWriter(args[3]) : null;
var documents = AttributionCorpus.Load(dir);
var analysed = CueModelTrainer.Preprocess(documents);
string[] skip = trainerHeads
    ? ["has", "have", "had", "having", "is", "was", "were", "are", "am", "be", "been", "being", "will", "would", "shall",
       "also", "not", "n't", "never", "did", "does", "do", "could", "can", "may", "might", "should", "must", "then",
       "often", "still", "even", "just", "already", "first", "now", "again", "later", "once", "since", "further", "'s",
       "\u2019s", "'ve", "\u2019ve", "it", "to", "he", "she", "they", "i", "we"]
    : ["has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "could", "also", "not", "did", "does", "do", "still", "just"];
var classes = new Dictionary<string, int>();
var byHead = new Dictionary<string, Dictionary<string, int>>();
void Count(string cls, string head)
{
    classes[cls] = classes.GetValueOrDefault(cls) + 1;
    var d = byHead.TryGetValue(cls, out var x) ? x : byHead[cls] = [];
    d[head] = d.GetValueOrDefault(head) + 1;
}
static bool Overlaps(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b) => AttributionScorer.OverlapLength(a, b) > 0;
static bool Touches(GoldAttribution r, PredictedAttribution[] predicted) =>
    predicted.Any(p => Overlaps(p.Content, r.Content) || p.Cue is { } c && Overlaps(r.Cue, [c]) || Overlaps(p.Content, r.Cue));
PredictedAttribution[] Run(AnalyzedArticle a, AttributionOptions o, bool mends) =>
    PredictedAttribution.FromQuotes(new AttributionExtractor(a, o) { MendsAfterFilter = mends }.Run(CancellationToken.None).Quotes);
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
    var model = CueModelTrainer.Train(fit, fitAnalysed, new CueModelTrainingOptions());
    var stage = new AttributionOptions { CueModel = model };
    var unfiltered = stage with { QuoteFilterThreshold = float.NegativeInfinity };
    var open = unfiltered with { CueThreshold = -1000f, HandCueVeto = float.NegativeInfinity };
    for (var i = fold; i < documents.Count; i += 5)
    {
        var gold = documents[i];
        var a = analysed[i];
        var predicted = Run(a, stage, true);
        var loose = Run(a, unfiltered, false);
        var all = Run(a, open, false);
        var alignment = AttributionScorer.Align(gold, predicted);
        var loose1 = AttributionScorer.Align(gold, loose).RelationMatches.Select(m => m.Gold).ToHashSet();
        var all1 = AttributionScorer.Align(gold, all).RelationMatches.Select(m => m.Gold).ToHashSet();
        for (var g = 0; g < gold.Relations.Count; g++)
        {
            var r = gold.Relations[g];
            if (r.Cue.Count == 0 || Touches(r, predicted))
            {
                continue;
            }
            // The cue's head: its first token after auxiliaries.
            var head = -1;
            for (var t = 0; t < a.Tokens.Count && head < 0; t++)
            {
                var span = a.Tokens[t].Span;
                var w = span.Substring(gold.Text);
                if (r.Cue.Any(c => c.Start <= span.Start && span.End <= c.End) && !skip.Contains(w.ToLowerInvariant())
                    && !(trainerHeads && (a.Tokens[t].Kind != TokenKind.Word || w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal))))
                {
                    head = t;
                }
            }
            var word = head < 0 ? "(none)" : a.Tokens[head].Span.Substring(gold.Text);
            var key = word.Length > 0 && char.IsUpper(word[0]) ? "(capitalised)" : word.ToLowerInvariant();
            string cls;
            if (Touches(r, loose))
            {
                cls = loose1.Contains(g) ? "filter (relation right without it)" : "filter (relation wrong without it)";
            }
            else if (Touches(r, all))
            {
                cls = all1.Contains(g) ? "cue (relation right when forced)" : "cue (relation wrong when forced)";
            }
            else
            {
                var lex = model.Lookup(word);
                var known = lex.Hand is not null || lex.Learned is not null || lex.Phrasal is not null;
                cls = char.IsUpper(word.Length > 0 ? word[0] : 'a') ? (known ? "capitalised, a cue word" : "capitalised, no cue word")
                    : known ? "frame (cue word, no quote)" : "oov";
            }
            Count(cls, key);
            if (dump is not null && cls.StartsWith(dumpClass!, StringComparison.Ordinal))
            {
                var lo = r.Content.Concat(r.Cue).Concat(r.Source).Min(s => s.Start);
                var hi = r.Content.Concat(r.Cue).Concat(r.Source).Max(s => s.End);
                var text = gold.Text;
                var marks = new System.Text.StringBuilder();
                for (var c = Math.Max(0, lo - 80); c < Math.Min(text.Length, Math.Min(hi, lo + 400) + 30); c++)
                {
                    foreach (var s in r.Source) if (s.Start == c) marks.Append("[S:");
                    foreach (var s in r.Cue) if (s.Start == c) marks.Append("[C:");
                    foreach (var s in r.Content) if (s.Start == c) marks.Append("{");
                    marks.Append(text[c] == '\n' ? ' ' : text[c]);
                    foreach (var s in r.Content) if (s.End == c + 1) marks.Append('}');
                    foreach (var s in r.Cue.Concat(r.Source)) if (s.End == c + 1) marks.Append(']');
                }
                dump.WriteLine($"{cls} | {key} | {gold.Id}\n  {marks}");
            }
        }
    }
    Console.Error.WriteLine($"fold {fold} done");
}
Console.WriteLine($"missed with no prediction at cue or content: {classes.Values.Sum()}");
foreach (var (cls, n) in classes.OrderByDescending(x => x.Value))
{
    Console.WriteLine($"{n,6}  {cls}: " + string.Join(", ", byHead[cls].OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(heads).Select(x => $"{x.Key} {x.Value}")));
}
