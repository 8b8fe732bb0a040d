#:project ../../src/Crosscheck.Core/Crosscheck.Core.csproj
// Where source spans miss exactness, from held-out predictions on PolNeAR train with frozen fold models (the files
// fixed-fold-models.cs "train" writes): per document the gold sources and the distinct predicted sources are paired
// exactly as the scorer does, then the unpaired ones that overlap are paired largest overlap first and bucketed by the
// shape of the difference at each edge (which side has the extra words, and what they are: determiner, title,
// apposition, possessive, relative clause, "of" phrase, coordination, clause word, names, lower-case words …).
// Also counts the sources that overlap nothing on either side. Prints counts, then examples of the N biggest buckets
// to the terminal: never paste corpus text into the repository.
// Usage: dotnet run eval/attribution/source-shapes.cs -- TRAIN_DIR FOLDS_DIR [seed=1] [examples=4] [bucket-substring]
using System.Globalization;
using System.Text;
using Crosscheck.Attribution;
using Crosscheck.Documents;
using Crosscheck.Evaluation.Attribution;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var dir = args[0];
var foldsDir = args[1];
var seed = args.Length > 2 ? int.Parse(args[2]) : 1;
var perBucket = args.Length > 3 ? int.Parse(args[3]) : 4;
var only = args.Length > 4 ? args[4] : null;
var documents = AttributionCorpus.Load(dir);
var analysed = CueModelTrainer.Preprocess(documents);
var buckets = new Dictionary<string, List<string>>();
var edges = new Dictionary<string, int>();
var leftovers = new Dictionary<string, int>();
void Tally(Dictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
int exact = 0, goldAlone = 0, predAlone = 0, inexact = 0, goldTotal = 0, predTotal = 0;
string[] determiners = ["the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "all", "both", "several", "other", "another", "any", "each", "his", "her", "their", "its", "our", "my", "your"];
string[] relatives = ["who", "which", "that", "whose", "whom", "where"];
string[] clauseWords = ["but", "yet", "while", "as", "and", "so", "when", "how", "what", "if", "because", "although", "though", "even", "since", "after", "before", "also", "still", "now", "then", "however", "instead", "meanwhile"];
string[] auxiliaries = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "do", "does", "did", "be", "been", "not"];
string[] pronouns = ["he", "she", "they", "we", "i", "it", "you", "him", "her", "them", "us"];

string Kind(string extra)
{
    var s = extra.Trim();
    if (s.Length == 0) return "space";
    var words = s.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
    var first = words[0].ToLowerInvariant().TrimEnd(',');
    var n = words.Length > 3 ? "4+" : words.Length.ToString();
    if (s is "'s" or "’s" or "s" or "'" or "’") return "possessive";
    if (s.StartsWith('(') || s.EndsWith(')')) return "parenthesis";
    if (s.StartsWith(',') || s.EndsWith(',') || s.StartsWith('—') || s.StartsWith('–') || s.StartsWith('-')) return $"comma/dash apposition ({n}w){(s.TrimStart(',', ' ', '—', '–').Split(' ').FirstOrDefault() is { } w && relatives.Contains(w.ToLowerInvariant()) ? " relative" : "")}";
    if (s.Contains(',')) return $"inner comma ({n}w)";
    if (relatives.Contains(first)) return "relative clause";
    if (first == "of") return $"of-phrase ({n}w)";
    if (first is "and" or "or" or "&" || words[^1].ToLowerInvariant() is "and" or "or" or "&") return "coordination";
    if (first is "in" or "at" or "for" or "from" or "with" or "on" or "to" or "by") return $"prep {first} ({n}w)";
    if (words.All(w => determiners.Contains(w.ToLowerInvariant()))) return $"determiner {string.Join(' ', words.Select(w => w.ToLowerInvariant()))}";
    if (words.All(w => pronouns.Contains(w.ToLowerInvariant()))) return "pronoun";
    if (clauseWords.Contains(first)) return $"clause word {first}";
    if (words.All(w => auxiliaries.Contains(w.ToLowerInvariant()))) return "auxiliary";
    if (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("’s", StringComparison.Ordinal)) return $"ends in possessive ({n}w)";
    if (words.All(w => char.IsUpper(w[0]))) return $"Capitalised ({n}w)";
    if (words.All(w => char.IsLower(w[0]))) return $"lower ({n}w)";
    if (char.IsUpper(words[0][0])) return $"Cap-then-mixed ({n}w)";
    return $"lower-then-mixed ({n}w)";
}

string Edge(string text, int goldEdge, int predEdge, bool left)
{
    if (goldEdge == predEdge) return "=";
    var gold = left ? goldEdge < predEdge : goldEdge > predEdge;
    var (a, b) = goldEdge < predEdge ? (goldEdge, predEdge) : (predEdge, goldEdge);
    var extra = text[a..b];
    // A cut inside a word (hyphen, possessive) is its own shape.
    var inner = left ? a > 0 && char.IsLetterOrDigit(text[a - 1]) && char.IsLetterOrDigit(text[a]) : b < text.Length && char.IsLetterOrDigit(text[b - 1]) && char.IsLetterOrDigit(text[b]);
    return (gold ? "gold+" : "pred+") + (inner ? "mid-word " : "") + Kind(extra);
}

string Flat(string s) => s.Replace('\n', ' ');

// A gold relation and a prediction marked up in one line: [[S:..]] [[C:..]] {{..}} for gold, <<S:..>> <<C:..>> <<..>>.
void Example(string key, string text, string id, GoldAttribution g, PredictedAttribution p)
{
    var marks = new List<(TextSpan Span, string Open, string Close)>();
    foreach (var s in g.Source) marks.Add((s, "[[S:", "]]"));
    foreach (var s in g.Cue) marks.Add((s, "[[C:", "]]"));
    foreach (var s in g.Content) marks.Add((s, "{{", "}}"));
    if (p.Source is { } ps) marks.Add((ps, "<<S:", ">>"));
    if (p.Cue is { } pc) marks.Add((pc, "<<C:", ">>"));
    foreach (var s in p.Content) marks.Add((s, "<<", ">>"));
    var lo = marks.Min(m => m.Span.Start);
    var hi = Math.Min(marks.Max(m => m.Span.End), lo + 400);
    var sb = new StringBuilder();
    for (var c = Math.Max(0, lo - 50); c < Math.Min(text.Length, hi + 30); c++)
    {
        foreach (var m in marks) if (m.Span.Start == c) sb.Append(m.Open);
        sb.Append(text[c]);
        foreach (var m in marks) if (m.Span.End == c + 1) sb.Append(m.Close);
    }
    if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
    list.Add($"{id}: {Flat(sb.ToString())}");
}

for (var fold = 0; fold < 5; fold++)
{
    var table = File.ReadAllLines(Path.Combine(foldsDir, $"vocab{fold}-s{seed}.txt")).Where(l => l.Length > 0 && l[0] != '#' && l.Contains(" = ")).Select(l => { var k = l.IndexOf(" = "); return new KeyValuePair<string, string>(l[..k], l[(k + 3)..]); });
    var model = new CueModel(CueModel.ParseVocabulary(table), CueModel.ParseWeights(File.ReadAllLines(Path.Combine(foldsDir, $"fold{fold}-s{seed}.txt"))));
    var stage = new AttributionStage(new AttributionOptions { CueModel = model });
    for (var i = fold; i < documents.Count; i += 5)
    {
        var doc = documents[i];
        var text = doc.Text;
        var predicted = PredictedAttribution.FromQuotes(stage.Process(analysed[i], CancellationToken.None).Quotes);
        var gold = doc.Relations.Where(r => r.HasSource).Select(r => AttributionScorer.Trimmed(text, r.Source)).Where(t => t.Length > 0).ToList();
        var seen = new HashSet<string>();
        var pred = new List<TextSpan[]>();
        foreach (var p in predicted)
        {
            if (p.Source is { } s && seen.Add(s.ToString()))
            {
                var t = AttributionScorer.Trimmed(text, [s]);
                if (t.Length > 0) pred.Add(t);
            }
        }
        goldTotal += gold.Count;
        predTotal += pred.Count;
        var gUsed = new bool[gold.Count];
        var pUsed = new bool[pred.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < pred.Count; p++)
            {
                if (!pUsed[p] && gold[g].AsSpan().SequenceEqual(pred[p]))
                {
                    gUsed[g] = pUsed[p] = true;
                    exact++;
                    break;
                }
            }
        }
        var pairs = new List<(int W, int G, int P)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < pred.Count; p++)
            {
                if (gUsed[g] || pUsed[p]) continue;
                var w = AttributionScorer.OverlapLength(gold[g], pred[p]);
                if (w > 0) pairs.Add((w, g, p));
            }
        }
        foreach (var (_, g, p) in pairs.OrderByDescending(x => x.W).ThenBy(x => x.G).ThenBy(x => x.P))
        {
            if (gUsed[g] || pUsed[p]) continue;
            gUsed[g] = pUsed[p] = true;
            inexact++;
            var gs = gold[g];
            var ps = pred[p][0];
            string key;
            if (gs.Length > 1)
            {
                key = "gold discontinuous";
            }
            else
            {
                var l = Edge(text, gs[0].Start, ps.Start, left: true);
                var r = Edge(text, gs[0].End, ps.End, left: false);
                key = $"L {l} | R {r}";
                edges[$"L {l}"] = edges.GetValueOrDefault($"L {l}") + 1;
                edges[$"R {r}"] = edges.GetValueOrDefault($"R {r}") + 1;
            }
            var lo = Math.Min(gs[0].Start, ps.Start);
            var hi = Math.Max(gs[^1].End, ps.End);
            var from = Math.Max(0, lo - 60);
            var to = Math.Min(text.Length, hi + 40);
            var sb = new StringBuilder();
            for (var c = from; c < to; c++)
            {
                foreach (var f in gs) if (f.Start == c) sb.Append("[[");
                if (ps.Start == c) sb.Append("<<");
                sb.Append(text[c]);
                if (ps.End == c + 1) sb.Append(">>");
                foreach (var f in gs) if (f.End == c + 1) sb.Append("]]");
            }
            if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
            list.Add($"{doc.Id}: {Flat(sb.ToString())}");
        }
        goldAlone += gUsed.Count(u => !u);
        predAlone += pUsed.Count(u => !u);
        // Why the leftovers overlap nothing: the relation-level view of the same document.
        var alignment = AttributionScorer.Align(doc, predicted);
        var contentOf = alignment.ContentMatches.ToDictionary(m => m.Predicted, m => m.Gold);
        var goldContent = alignment.ContentMatches.ToDictionary(m => m.Gold, m => m.Predicted);
        var withSource = doc.Relations.Select((r, k) => (r, k)).Where(x => x.r.HasSource && AttributionScorer.Trimmed(text, x.r.Source).Length > 0).ToList();
        for (var g = 0; g < gold.Count; g++)
        {
            var dup = gold.Take(g).Any(o => o.AsSpan().SequenceEqual(gold[g]));
            if (dup) Tally(leftovers, "gold: same span as an earlier gold source of the document" + (gUsed[g] ? " (paired)" : " (unpaired)"));
            if (gUsed[g]) continue;
            var k = withSource[g].k;
            var why = dup ? "gold alone: a duplicate span" : goldContent.TryGetValue(k, out var pk) ? (predicted[pk].Source is not { } ps ? "gold alone: content found, prediction has no source"
                : AttributionScorer.OverlapLength(gold[g], [ps]) > 0 ? "gold alone: content found, its source overlaps but was paired with another gold"
                : "gold alone: content found, prediction's source elsewhere") : "gold alone: content not found";
            Tally(leftovers, why);
            if (goldContent.TryGetValue(k, out var pk2) && why.Contains("content found", StringComparison.Ordinal))
            {
                var r = doc.Relations[k];
                var q = predicted[pk2];
                var sameCue = q.Cue is { } qc && AttributionScorer.OverlapLength(r.Cue, [qc]) > 0;
                Example(why + (sameCue ? " / same cue" : " / other cue"), text, doc.Id, r, q);
                if (sameCue && q.Source is { } qs2)
                {
                    string Shape(string w) => w.ToLowerInvariant() is "who" or "which" or "that" ? "relative" : pronouns.Contains(w.ToLowerInvariant()) ? "pronoun" : "phrase";
                    var gsText = string.Join(" ", r.Source.Select(f => f.Substring(text)));
                    var where = qs2.Start > (q.Cue?.Start ?? 0) ? "pred after cue" : "pred before cue";
                    var gWhere = r.Source[0].Start > r.Cue[0].Start ? "gold after cue" : "gold before cue";
                    Tally(leftovers, $"same cue: gold {Shape(gsText)} {gWhere}, pred {Shape(qs2.Substring(text))} {where}");
                }
            }
        }
        for (var p = 0; p < pred.Count; p++)
        {
            if (pUsed[p]) continue;
            var span = pred[p];
            var owners = Enumerable.Range(0, predicted.Length).Where(q => predicted[q].Source is { } s && AttributionScorer.Trimmed(text, [s]).AsSpan().SequenceEqual(span)).ToList();
            var key = owners.Any(q => contentOf.TryGetValue(q, out var g2) && !doc.Relations[g2].HasSource) ? "pred alone: a quote's gold relation has no source"
                : owners.Any(q => contentOf.ContainsKey(q)) ? "pred alone: a quote's gold relation has another source"
                : owners.Any(q => doc.Relations.Any(r => AttributionScorer.OverlapLength(r.Content, predicted[q].Content) > 0)) ? "pred alone: quote's content overlaps a gold content paired elsewhere"
                : "pred alone: quote overlaps no gold content";
            Tally(leftovers, key);
            for (var o = 0; o < pred.Count; o++)
            {
                if (o != p && AttributionScorer.OverlapLength(pred[o], span) > 0)
                {
                    Tally(leftovers, "pred alone: overlaps another predicted source" + (pUsed[o] ? " that is paired" : " that is unpaired"));
                    break;
                }
            }
            if (key.Contains("no source", StringComparison.Ordinal))
            {
                var q = owners.First(q => contentOf.TryGetValue(q, out var g2) && !doc.Relations[g2].HasSource);
                Example(key, text, doc.Id, doc.Relations[contentOf[q]], predicted[q]);
            }
            var word = span[0].Substring(text).ToLowerInvariant();
            Tally(leftovers, key + " / " + (pronouns.Contains(word) ? "pronoun" : word.Contains(' ') ? "phrase" : "one word"));
        }
    }
}
Console.WriteLine($"gold sources {goldTotal}, distinct predicted {predTotal}: exact {exact}, overlapping but inexact {inexact}, gold overlapping nothing {goldAlone}, predicted overlapping nothing {predAlone}");
foreach (var (k, n) in leftovers.OrderBy(e => e.Key, StringComparer.Ordinal)) Console.WriteLine($"{n,6}  {k}");
Console.WriteLine("edges (each inexact single-span pair counted once on each side):");
foreach (var (k, n) in edges.Where(e => !e.Key.EndsWith(" =")).OrderByDescending(e => e.Value).Take(60)) Console.WriteLine($"{n,6}  {k}");
Console.WriteLine("pairs by both edges:");
foreach (var (k, list) in buckets.OrderByDescending(b => b.Value.Count).Take(60)) Console.WriteLine($"{list.Count,6}  {k}");
foreach (var (k, list) in buckets.OrderByDescending(b => b.Value.Count))
{
    if (only is not null ? !k.Contains(only, StringComparison.Ordinal) : list.Count < 8) continue;
    Console.WriteLine($"== {k} ({list.Count})");
    var rng = new Random(17);
    foreach (var e in list.OrderBy(_ => rng.Next()).Take(perBucket)) Console.WriteLine("   " + e);
}
