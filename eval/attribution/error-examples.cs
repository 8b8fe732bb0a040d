#:project ../../src/Crosscheck.Core/Crosscheck.Core.csproj
// Error examples of the attribution stage on a PolNeAR-style folder, one category at a time, with the sentence around
// each case marked up: [[S:source]] [[C:cue]] {{content}} for gold, <<P:...>> for the prediction. For reading in the
// terminal only: never paste corpus text into the repository.
// Usage: dotnet run eval/attribution/error-examples.cs -- DIR CATEGORY [max=40] [skip=0]
// CATEGORY: split (a gold content overlapped by several predictions), merged (a missed gold whose content a
// prediction paired with another gold covers), missed (no overlapping prediction; add a cue word to filter: missed:in),
// fp (prediction overlapping no gold), speaker (content right, speaker wrong), nosrc (gold has no source, prediction
// has one), source (right speaker, source span not exact), content (content not exact)
using System.Globalization;
using System.Text;
using Crosscheck.Documents;
using Crosscheck.Evaluation.Attribution;
using Crosscheck.Pipeline;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var dir = args[0];
var category = args[1];
var filter = category.Contains(':') ? category[(category.IndexOf(':') + 1)..] : null;
category = category.Split(':')[0];
var max = args.Length > 2 ? int.Parse(args[2]) : 40;
var skip = args.Length > 3 ? int.Parse(args[3]) : 0;
var documents = AttributionCorpus.Load(dir);
var results = new (BratAttributionDocument Gold, AnalyzedArticle Analysis)[documents.Count];
Parallel.For(0, documents.Count, i =>
{
    var d = documents[i];
    results[i] = (d, AnalysisPipeline.Default.Analyze(new Article { Id = d.Id, Source = d.Id, Text = d.Text }));
});
var shown = 0;
var seen = 0;
var tally = new Dictionary<string, int>();
var groups = new Dictionary<string, (int N, int Ok)>();
string Flat(string s) => s.Replace('\n', ' ');
string Show(string text, int from, int to, List<(TextSpan Span, string Open, string Close)> marks)
{
    from = Math.Max(0, from); to = Math.Min(text.Length, to);
    var sb = new StringBuilder();
    for (var i = from; i < to; i++)
    {
        foreach (var m in marks) if (m.Span.Start == i) sb.Append(m.Open);
        sb.Append(text[i]);
        foreach (var m in marks) if (m.Span.End == i + 1) sb.Append(m.Close);
    }
    return Flat(sb.ToString());
}
void Emit(string text, AnalyzedArticle a, GoldAttribution? g, PredictedAttribution? p, string note)
{
    seen++;
    if (seen <= skip || shown >= max) return;
    shown++;
    var marks = new List<(TextSpan, string, string)>();
    int lo = int.MaxValue, hi = 0;
    if (g is not null)
    {
        foreach (var s in g.Source) marks.Add((s, "[[S:", "]]"));
        foreach (var s in g.Cue) marks.Add((s, "[[C:", "]]"));
        foreach (var s in g.Content) marks.Add((s, "{{", "}}"));
        foreach (var s in g.Content.Concat(g.Cue).Concat(g.Source)) { lo = Math.Min(lo, s.Start); hi = Math.Max(hi, s.End); }
    }
    var pm = new List<(TextSpan, string, string)>();
    if (p is not null)
    {
        if (p.Source is { } ps) pm.Add((ps, "<<S:", ">>"));
        if (p.Cue is { } pc) pm.Add((pc, "<<C:", ">>"));
        foreach (var s in p.Content) pm.Add((s, "<<", ">>"));
        foreach (var s in p.Content.Concat(p.Cue is { } c ? [c] : []).Concat(p.Source is { } so ? [so] : [])) { lo = Math.Min(lo, s.Start); hi = Math.Max(hi, s.End); }
    }
    if (hi - lo > 500) hi = lo + 500;
    Console.WriteLine($"-- {note}");
    if (g is not null) Console.WriteLine("  G: " + Show(text, lo - 60, hi + 40, marks));
    if (p is not null) Console.WriteLine("  P: " + Show(text, lo - 60, hi + 40, pm) + (p.SpeakerName is { } n ? $"   (speaker {n})" : ""));
}
foreach (var (gold, analysis) in results)
{
    var text = gold.Text;
    var predicted = PredictedAttribution.FromQuotes(analysis.Quotes);
    // The scored quotes, parallel to predicted (FromQuotes leaves out the relayed ones).
    var scoredQuotes = analysis.Quotes.Where(q => q.RelayedBy is null).ToList();
    var al = AttributionScorer.Align(gold, predicted);
    var contentOf = al.ContentMatches.ToDictionary(m => m.Gold, m => m.Predicted);
    var goldOf = al.ContentMatches.ToDictionary(m => m.Predicted, m => m.Gold);
    var relOk = al.RelationMatches.Select(m => m.Gold).ToHashSet();
    var rels = gold.Relations;
    string CueWord(GoldAttribution r) => r.Cue.Count == 0 ? "(none)" : Flat(string.Join(" ", r.Cue.Select(c => c.Substring(text)))).ToLowerInvariant();
    void Tally(string k) => tally[k] = tally.GetValueOrDefault(k) + 1;
    switch (category)
    {
        case "groups":
            // Relation precision of predictions by shape: which kinds of prediction are mostly wrong.
            {
                var relPred = al.RelationMatches.Select(m => m.Predicted).ToHashSet();
                for (var p = 0; p < predicted.Length; p++)
                {
                    var q = scoredQuotes[p];
                    var words = q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                    var len = words <= 2 ? "1-2w" : words <= 5 ? "3-5w" : words <= 12 ? "6-12w" : "13+w";
                    var spk = q.SpeakerSpan is null ? "nospk" : "spk";
                    var cue = q.Cue is null ? "nocue" : "cue";
                    var ok = relPred.Contains(p) ? 1 : 0;
                    foreach (var key in new[] { $"kind {q.Kind}", $"kind {q.Kind} {cue} {spk}", $"kind {q.Kind} {len}", $"{q.Kind} cue={(q.Cue ?? "-").ToLowerInvariant()}" })
                    {
                        var t = groups.GetValueOrDefault(key);
                        groups[key] = (t.N + 1, t.Ok + ok);
                    }
                }
            }
            break;
        case "nocue":
            // Direct quotes with neither cue nor speaker: content matched (speaker missing), split, or no gold at all.
            for (var p = 0; p < predicted.Length; p++)
            {
                var q = scoredQuotes[p];
                if (q.Cue is not null || q.SpeakerSpan is not null) continue;
                var status = goldOf.TryGetValue(p, out var gm) ? (relOk.Contains(gm) ? "relation ok" : "content matched") : rels.Any(r => AttributionScorer.OverlapLength(r.Content, predicted[p].Content) > 0) ? "split" : "no gold";
                var g = gm >= 0 && goldOf.ContainsKey(p) ? rels[gm] : rels.FirstOrDefault(r => AttributionScorer.OverlapLength(r.Content, predicted[p].Content) > 0);
                var src = g is null || !g.HasSource ? "-" : Flat(string.Join(" ", g.Source.Select(x => x.Substring(text)))).ToLowerInvariant();
                Tally(status);
                Tally(status + " src " + (src is "i" or "we" or "me" or "he" or "she" or "they" ? src : src == "-" ? "-" : "other"));
                if (filter is null || status.StartsWith(filter, StringComparison.Ordinal)) Emit(text, analysis, g, predicted[p], $"nocue {status}");
            }
            break;
        case "dump":
            // One line per gold relation: whether content and relation matched, for diffing two versions.
            for (var g = 0; g < rels.Count; g++)
            {
                var p = contentOf.TryGetValue(g, out var pp) ? predicted[pp] : null;
                Console.WriteLine($"{gold.Id}#{g}\t{(contentOf.ContainsKey(g) ? 1 : 0)}{(relOk.Contains(g) ? 1 : 0)}\t{CueWord(rels[g])}\t{(p is null ? "" : Flat(string.Join(" ", p.Content.Select(c => c.Substring(text)))))}".Replace("\n", " "));
            }
            break;
        case "split":
            for (var p = 0; p < predicted.Length; p++)
            {
                if (goldOf.ContainsKey(p)) continue;
                var g = Enumerable.Range(0, rels.Count).FirstOrDefault(g => AttributionScorer.OverlapLength(rels[g].Content, predicted[p].Content) > 0, -1);
                if (g < 0) continue;
                var q = scoredQuotes[p];
                Tally($"{q.Kind} cue={(q.Cue is null ? "none" : "yes")}");
                Emit(text, analysis, rels[g], predicted[p], $"split kind={q.Kind} cue={q.Cue}");
            }
            break;
        case "merged":
            for (var g = 0; g < rels.Count; g++)
            {
                if (contentOf.ContainsKey(g)) continue;
                var p = Array.FindIndex(predicted, x => AttributionScorer.OverlapLength(x.Content, rels[g].Content) > 0);
                if (p < 0) continue;
                Tally(CueWord(rels[g]));
                Emit(text, analysis, rels[g], predicted[p], $"merged gold cue={CueWord(rels[g])}");
            }
            break;
        case "missed":
            for (var g = 0; g < rels.Count; g++)
            {
                if (contentOf.ContainsKey(g)) continue;
                if (predicted.Any(x => AttributionScorer.OverlapLength(x.Content, rels[g].Content) > 0)) continue;
                var cw = CueWord(rels[g]);
                if (filter == "nosource" ? rels[g].HasSource : filter is not null && !cw.Split(' ').Contains(filter) && !cw.StartsWith(filter, StringComparison.Ordinal)) continue;
                Tally(cw);
                Emit(text, analysis, rels[g], null, $"missed cue={cw}");
            }
            break;
        case "fp":
            for (var p = 0; p < predicted.Length; p++)
            {
                if (goldOf.ContainsKey(p)) continue;
                if (rels.Any(r => AttributionScorer.OverlapLength(r.Content, predicted[p].Content) > 0)) continue;
                var q = scoredQuotes[p];
                var cw = (q.Cue ?? "(none)").ToLowerInvariant();
                if (filter is not null && cw != filter) continue;
                Tally($"{q.Kind} {cw}");
                var g = rels.FirstOrDefault(r => r.Cue.Count > 0 && q.CueSpan is { } qc && AttributionScorer.OverlapLength(r.Cue, [qc]) > 0);
                Emit(text, analysis, g, predicted[p], $"fp kind={q.Kind} cue={q.Cue}{(g is null ? "" : " (cue is a gold cue)")}");
            }
            break;
        case "speaker":
        case "nosrc":
            foreach (var m in al.ContentMatches)
            {
                if (relOk.Contains(m.Gold)) continue;
                var r = rels[m.Gold];
                var p = predicted[m.Predicted];
                var kind = !r.HasSource ? "gold none" : p.Source is null ? "pred none" : "elsewhere";
                if (category == "nosrc" ? kind != "gold none" : kind == "gold none") continue;
                if (filter is not null && kind != filter.Replace('_', ' ')) continue;
                Tally(kind + " " + CueWord(r));
                Emit(text, analysis, r, p, $"speaker {kind} cue={CueWord(r)}");
            }
            break;
        case "source":
            foreach (var m in al.RelationMatches)
            {
                var r = rels[m.Gold];
                var p = predicted[m.Predicted];
                if (!r.HasSource || p.Source is not { } ps || AttributionScorer.SameAfterTrimming(text, r.Source, [ps])) continue;
                var gs = Flat(string.Join(" ", r.Source.Select(s => s.Substring(text))));
                Tally(gs.Length > ps.Length ? "gold longer" : "pred longer");
                Emit(text, analysis, r, p, $"source gold=[{gs}] pred=[{Flat(ps.Substring(text))}]");
            }
            break;
        case "content":
            foreach (var m in al.RelationMatches)
            {
                var r = rels[m.Gold];
                var p = predicted[m.Predicted];
                if (AttributionScorer.SameAfterTrimming(text, r.Content, p.Content)) continue;
                Tally(CueWord(r));
                Emit(text, analysis, r, p, $"content cue={CueWord(r)}");
            }
            break;
    }
}
Console.WriteLine($"== {seen} cases");
foreach (var (k, n) in tally.OrderByDescending(x => x.Value).Take(60)) Console.WriteLine($"{n,6}  {k}");
foreach (var (k, v) in groups.Where(x => x.Value.N >= 15).OrderBy(x => (double)x.Value.Ok / x.Value.N).Take(80)) Console.WriteLine($"{v.N,6} {v.Ok,6} {(double)v.Ok / v.N,6:0.00}  {k}");
