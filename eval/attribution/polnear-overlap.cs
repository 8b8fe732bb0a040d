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
foreach (var ann in Directory.GetFiles(Path.Combine(dir, "attributions"), "*.ann"))
{
    var stem = Path.GetFileNameWithoutExtension(ann);
    stem = stem[..stem.LastIndexOf('_')];
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
