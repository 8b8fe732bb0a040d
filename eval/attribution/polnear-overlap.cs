#:project ../../src/Crosscheck.Core/Crosscheck.Core.csproj
// Informal attribution measurement on a PolNeAR-style folder (attributions/*.ann brat files + text/*.txt):
// how many gold attribution contents some Quote span overlaps, how many Quotes overlap gold content, and how often
// the speaker span overlaps the gold source. Reads the data in place; copies nothing.
// Usage: dotnet run eval/attribution/polnear-overlap.cs -- [dir] [v]   ("v" lists misses and false positives)
using Crosscheck.Documents;
using Crosscheck.Pipeline;

var dir = args.Length > 0 ? args[0] : "/work/shared/data/attribution/polnear/dev";
var verbose = args.Length > 1;
int gold = 0, goldHit = 0, pred = 0, predHit = 0, srcGold = 0, srcHit = 0;
int relGold = 0, relGoldHit = 0, relPredHit = 0, srcExGold = 0, srcExPred = 0, srcExHit = 0, cOvGoldHit = 0;
var seen = new HashSet<string>();
var annFiles = Directory.GetFiles(Path.Combine(dir, "attributions"), "*.ann");
Array.Sort(annFiles, StringComparer.Ordinal);
foreach (var ann in annFiles)
{
    var stem = Path.GetFileNameWithoutExtension(ann);
    stem = stem[..stem.LastIndexOf('_')];
    if (!seen.Add(stem)) continue; // one annotator per article
    var textPath = Path.Combine(dir, "text", stem + ".txt");
    if (!File.Exists(textPath)) continue;
    var text = File.ReadAllText(textPath);
    var spans = new Dictionary<string, (string Type, List<(int, int)> Ranges)>();
    var events = new List<Dictionary<string, string>>();
    foreach (var line in File.ReadLines(ann))
    {
        var cols = line.Split('\t');
        if (line.StartsWith('T'))
        {
            var head = cols[1];
            var sp = head.IndexOf(' ');
            var ranges = new List<(int, int)>();
            foreach (var r in head[(sp + 1)..].Split(';'))
            {
                var p = r.Split(' ');
                ranges.Add((int.Parse(p[0]), int.Parse(p[1])));
            }
            spans[cols[0]] = (head[..sp], ranges);
        }
        else if (line.StartsWith('E'))
        {
            var map = new Dictionary<string, string>();
            foreach (var arg in cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = arg.Split(':');
                map[kv[0].TrimEnd('0','1','2','3','4','5','6','7','8','9')] = kv[1];
            }
            events.Add(map);
        }
    }
    var analyzed = AnalysisPipeline.Default.Analyze(new Article { Id = stem, Source = stem, Text = text });
    var goldContents = new List<(int, int)>();
    foreach (var e in events)
    {
        if (!e.TryGetValue("Content", out var c) || !spans.ContainsKey(c)) continue;
        var ranges = spans[c].Ranges;
        var start = ranges.Min(r => r.Item1); var end = ranges.Max(r => r.Item2);
        goldContents.Add((start, end));
        gold++;
        var hit = analyzed.Quotes.FirstOrDefault(q => q.Span.Start < end && start < q.Span.End);
        if (hit != null) goldHit++;
        else if (verbose) { var cueText = e.TryGetValue("Cue", out var cu) && spans.ContainsKey(cu) ? text[spans[cu].Ranges[0].Item1..spans[cu].Ranges[0].Item2] : "?"; var cs = Math.Max(0, start - 100); var ce = Math.Min(text.Length, end + 60); Console.WriteLine($"MISS [{cueText}] {text[cs..start].Replace('\n', ' ')}<<{text[start..end].Replace('\n', ' ')}>>{text[end..ce].Replace('\n', ' ')}"); }
        if (e.TryGetValue("Source", out var s) && spans.ContainsKey(s) && hit != null)
        {
            srcGold++;
            var sr = spans[s].Ranges[0];
            if (hit.SpeakerSpan is { } ss && ss.Start < sr.Item2 && sr.Item1 < ss.End) srcHit++;
            else if (verbose) Console.WriteLine($"SRC  gold=[{text[sr.Item1..sr.Item2]}] got=[{(hit.SpeakerSpan is { } s2 ? text[s2.Start..s2.End] : "-")}] cue={hit.Cue} :: {hit.Text[..Math.Min(80, hit.Text.Length)].Replace('\n', ' ')}");
        }
    }
    // Relation level: content overlaps and (gold has no source, or the speaker span overlaps the gold source).
    var rels = new List<(int S, int E, (int, int)? Src)>();
    var goldSources = new HashSet<(int, int)>();
    foreach (var e in events)
    {
        if (!e.TryGetValue("Content", out var c) || !spans.ContainsKey(c)) continue;
        var r = spans[c].Ranges;
        (int, int)? src = e.TryGetValue("Source", out var s0) && spans.ContainsKey(s0) ? (spans[s0].Ranges.Min(x => x.Item1), spans[s0].Ranges.Max(x => x.Item2)) : null;
        if (src is { } gs) goldSources.Add(gs);
        rels.Add((r.Min(x => x.Item1), r.Max(x => x.Item2), src));
    }
    bool RelMatch(Crosscheck.Attribution.Quote q, (int S, int E, (int, int)? Src) g) =>
        q.Span.Start < g.E && g.S < q.Span.End && (g.Src is not { } gs || (q.SourceSpan ?? q.SpeakerSpan) is { } ss && ss.Start < gs.Item2 && gs.Item1 < ss.End);
    relGold += rels.Count;
    relGoldHit += rels.Count(g => analyzed.Quotes.Any(q => RelMatch(q, g)));
    relPredHit += analyzed.Quotes.Count(q => rels.Any(g => RelMatch(q, g)));
    cOvGoldHit += rels.Count(g => analyzed.Quotes.Any(q => q.Span.Start < g.E && g.S < q.Span.End));
    var predSources = new HashSet<(int, int)>(analyzed.Quotes.Where(q => q.SourceSpan is not null).Select(q => (q.SourceSpan!.Value.Start, q.SourceSpan!.Value.End)));
    srcExGold += goldSources.Count; srcExPred += predSources.Count; srcExHit += predSources.Count(goldSources.Contains);
    if (verbose) foreach (var ps in predSources.Where(p => !goldSources.Contains(p))) { var near = goldSources.FirstOrDefault(g => g.Item1 < ps.Item2 && ps.Item1 < g.Item2); if (near != default) Console.WriteLine($"SRCX got=[{text[ps.Item1..ps.Item2]}] gold=[{text[near.Item1..near.Item2]}]"); }
    foreach (var q in analyzed.Quotes)
    {
        pred++;
        if (goldContents.Any(g => q.Span.Start < g.Item2 && g.Item1 < q.Span.End)) predHit++;
        else if (verbose) Console.WriteLine($"FP   {stem}: [{q.Kind} {q.Cue} {q.Speaker}] {q.Text[..Math.Min(q.Text.Length, 100)].Replace('\n', ' ')}");
    }
}
Console.WriteLine($"gold contents {gold}, overlapped by a quote {goldHit} ({100.0 * goldHit / gold:F1}%)");
Console.WriteLine($"predicted quotes {pred}, overlapping gold {predHit} ({100.0 * predHit / Math.Max(1, pred):F1}%)");
Console.WriteLine($"of overlapped gold with a source: speaker span overlaps gold source {srcHit}/{srcGold} ({100.0 * srcHit / Math.Max(1, srcGold):F1}%)");

static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
double cp = (double)predHit / Math.Max(1, pred), cr = (double)cOvGoldHit / Math.Max(1, relGold);
double rp = (double)relPredHit / Math.Max(1, pred), rr = (double)relGoldHit / Math.Max(1, relGold);
double sxp = (double)srcExHit / Math.Max(1, srcExPred), sr2 = (double)srcExHit / Math.Max(1, srcExGold);
Console.WriteLine($"content overlap P {cp:F3} R {cr:F3} F1 {F(cp, cr):F3}");
Console.WriteLine($"relation        P {rp:F3} R {rr:F3} F1 {F(rp, rr):F3}");
Console.WriteLine($"source exact    P {sxp:F3} R {sr2:F3} F1 {F(sxp, sr2):F3}");
