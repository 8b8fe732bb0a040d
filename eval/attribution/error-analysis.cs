#:project ../../src/Crosscheck.Core/Crosscheck.Core.csproj
// Error analysis of the attribution stage against a PolNeAR-style folder, with the same alignment as
// `crosscheck eval attribution` (Crosscheck.Evaluation.Attribution.AttributionScorer). Prints counts per error
// category; with a second argument "v" it also prints examples to the terminal (for reading only: never paste corpus
// text into the repository).
// Usage: dotnet run eval/attribution/error-analysis.cs -- DIR [v]
using System.Globalization;
using Crosscheck.Documents;
using Crosscheck.Evaluation.Attribution;
using Crosscheck.Pipeline;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var dir = args.Length > 0 ? args[0] : throw new ArgumentException("usage: error-analysis.cs DIR [v]");
var verbose = args.Length > 1;
var documents = AttributionCorpus.Load(dir);
var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
var goldCue = new Dictionary<string, (int Gold, int Found)>(StringComparer.Ordinal);
var fpCue = new Dictionary<string, int>(StringComparer.Ordinal);
var sourceExtra = new Dictionary<string, int>(StringComparer.Ordinal);
var cueExtra = new Dictionary<string, int>(StringComparer.Ordinal);
var examples = new Dictionary<string, List<string>>(StringComparer.Ordinal);
void Count(string key, int n = 1) => counts[key] = counts.GetValueOrDefault(key) + n;
void Bump(Dictionary<string, int> table, string key) => table[key] = table.GetValueOrDefault(key) + 1;
void Example(string key, string line)
{
    if (!examples.TryGetValue(key, out var list)) examples[key] = list = [];
    if (list.Count < 12) list.Add(line);
}
string[] pronouns = ["he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "who"];
bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’';
string Clip(string s, int n = 110) => (s.Length > n ? s[..n] + "…" : s).Replace('\n', ' ');
string Words(string text, IReadOnlyList<TextSpan> f) => string.Join(" … ", f.Select(x => x.Substring(text)));

// Cue heads: the first word of the cue after auxiliaries and adverbs, with a crude suffix strip, so "has called for"
// and "calls" both count under "call"; checked against the extractor's own cue lexicon.
string[] auxiliaries = ["has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "also", "not", "to", "it", "they", "'ve", "’ve", "did", "does", "do", "could", "can", "may", "might", "should", "later", "then", "often", "still", "even", "just", "repeatedly", "publicly", "forcefully", "previously", "recently", "already", "first", "now", "again"];
string Stem(string w) => w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 ? w[..^3] : w.EndsWith("ied", StringComparison.Ordinal) ? w[..^3] + "y" : w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 ? w[..^2] : w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 ? w[..^2] : w.EndsWith('s') && w.Length > 3 && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
var lexicon = new HashSet<string>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "../../src/Crosscheck.Core/Lexicons/attribution-speech-verbs.txt")))
{
    if (line.StartsWith('#') || !line.Contains('=')) continue;
    var lemma = line[..line.IndexOf('=')].Trim();
    foreach (var generated in new[] { lemma, lemma + "s", lemma + "ed", lemma + "d", lemma + "ing" }) lexicon.Add(Stem(generated));
    foreach (var form in line[(line.IndexOf('=') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)) lexicon.Add(Stem(form));
}
string Head(string cue)
{
    var words = cue.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
    foreach (var w in words)
    {
        var lower = w.ToLowerInvariant().Trim(',', '.', '"', '“', '”');
        if (lower.Length == 0 || auxiliaries.Contains(lower)) continue;
        return lower.All(c => !char.IsLetter(c)) ? "(punctuation: " + lower + ")" : Stem(lower);
    }
    return "(none)";
}
var headStats = new Dictionary<string, (int Gold, int Found)>(StringComparer.Ordinal);

var results = new (BratAttributionDocument Gold, AnalyzedArticle Analysis)[documents.Count];
Parallel.For(0, documents.Count, i =>
{
    var d = documents[i];
    results[i] = (d, AnalysisPipeline.Default.Analyze(new Article { Id = d.Id, Source = d.Id, Text = d.Text }));
});

foreach (var (gold, analysis) in results)
{
    var text = gold.Text;
    var predicted = PredictedAttribution.FromQuotes(analysis.Quotes);
    // The scored quotes, parallel to predicted (FromQuotes leaves out the relayed ones).
    var scoredQuotes = analysis.Quotes.Where(q => q.RelayedBy is null).ToList();
    var alignment = AttributionScorer.Align(gold, predicted);
    var contentOf = alignment.ContentMatches.ToDictionary(m => m.Gold, m => m.Predicted);
    var predMatched = alignment.ContentMatches.Select(m => m.Predicted).ToHashSet();
    var relationOk = alignment.RelationMatches.Select(m => m.Gold).ToHashSet();

    // Nested: a gold relation whose content holds another relation's cue.
    var nestedInside = new HashSet<int>();
    for (var a = 0; a < gold.Relations.Count; a++)
        for (var b = 0; b < gold.Relations.Count; b++)
            if (a != b && gold.Relations[b].Cue.Count > 0 && AttributionScorer.OverlapLength(gold.Relations[a].Content, gold.Relations[b].Cue) > 0)
                nestedInside.Add(b);

    for (var g = 0; g < gold.Relations.Count; g++)
    {
        var r = gold.Relations[g];
        Count("gold relations");
        var cueText = r.Cue.Count > 0 ? Words(text, r.Cue).ToLowerInvariant() : "(none)";
        var contentStart = r.Content[0].Start;
        var contentEnd = r.Content[^1].End;
        var direct = IsQuoteMark(text[contentStart]) || (contentStart > 0 && IsQuoteMark(text[contentStart - 1]));
        var kind = direct ? "direct" : "indirect";
        var cuePosition = r.Cue.Count == 0 ? "none" : r.Cue[0].Start >= contentEnd ? "after" : r.Cue[^1].End <= contentStart ? "before" : "inside";
        var sourceText = r.HasSource ? Words(text, r.Source) : "";
        var sourceKind = !r.HasSource ? "no source"
            : pronouns.Contains(sourceText.ToLowerInvariant()) ? "pronoun"
            : char.IsLower(sourceText[0]) || sourceText.StartsWith("The ", StringComparison.Ordinal) || sourceText.StartsWith("A ", StringComparison.Ordinal) ? "descriptor (determiner/common noun)"
            : "name";
        Count($"gold kind: {kind}");
        var contentWords = Words(text, r.Content).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var firstWord = contentWords.Length > 0 ? contentWords[0].ToLowerInvariant() : "";
        var shape = direct ? "quoted" : firstWord == "that" ? "that-clause" : firstWord is "to" ? "to-infinitive"
            : firstWord is "how" or "what" or "why" or "whether" or "if" or "when" or "who" or "which" ? "wh-/if-clause"
            : contentWords.Length <= 6 ? "short (<= 6 words, mostly noun phrases)" : "other (bare clause or long noun phrase)";
        Count($"gold content shape: {shape}");
        if (!contentOf.ContainsKey(g)) Count($"A missed by content shape: {shape}");
        Count($"gold cue position: {cuePosition}");
        Count($"gold source: {sourceKind}");
        if (nestedInside.Contains(g)) Count("gold nested (cue inside another relation's content)");
        var sentencesCovered = analysis.Sentences.Count(s => AttributionScorer.OverlapLength(r.Content, [s.Span]) > 0);
        if (sentencesCovered > 1) Count("gold content spans more than one sentence");
        var overlapping = predicted.Count(x => AttributionScorer.OverlapLength(x.Content, r.Content) > 0);
        if (overlapping > 1) Count("gold content overlapped by more than one prediction (split)");
        var t = goldCue.GetValueOrDefault(cueText);
        goldCue[cueText] = (t.Gold + 1, t.Found + (contentOf.ContainsKey(g) ? 1 : 0));
        var head = r.Cue.Count > 0 ? Head(Words(text, r.Cue)) : "(none)";
        var hs = headStats.GetValueOrDefault(head);
        headStats[head] = (hs.Gold + 1, hs.Found + (contentOf.ContainsKey(g) ? 1 : 0));
        if (!contentOf.TryGetValue(g, out var p))
        {
            var cueClass = head.StartsWith('(') ? head.StartsWith("(punct", StringComparison.Ordinal) ? "punctuation (colon, dash)" : "none"
                : head == "accord" ? "according to" : head is "a" or "an" or "the" or "in" or "'s" or "’s" ? "nominal or prepositional cue (a statement, in an interview, X's claim)" : lexicon.Contains(head) ? "head in cue lexicon" : "head not in cue lexicon";
            Count($"A missed by cue class: {cueClass}");
            Example($"missed cue class {cueClass}", $"[{cueText}] src=[{sourceText}] {Clip(Words(text, r.Content))}");
            Count("A missed (no overlapping prediction)");
            Count($"A missed by kind: {kind}");
            Count($"A missed by cue position: {cuePosition}");
            Count($"A missed by source: {sourceKind}");
            if (nestedInside.Contains(g)) Count("A missed: nested");
            // Did some prediction overlap it but was paired with another gold relation (merged contents)?
            var merged = predicted.Any(x => AttributionScorer.OverlapLength(x.Content, r.Content) > 0);
            if (merged) Count("A missed: overlapped by a prediction already paired with another relation (merged)");
            var cueLen = r.Cue.Count == 0 ? 0 : text[r.Cue[0].Start..r.Cue[^1].End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            Count(cueLen <= 1 ? "A missed: one-word cue" : "A missed: multi-word cue");
            Example($"missed {kind} {cuePosition}", $"[{cueText}] src=[{sourceText}] {Clip(Words(text, r.Content))}");
            continue;
        }
        var q = predicted[p];
        // Content boundaries.
        var gt = AttributionScorer.Trimmed(text, r.Content);
        var pt = AttributionScorer.Trimmed(text, q.Content);
        if (gt.Length > 0 && pt.Length > 0 && !AttributionScorer.SameAfterTrimming(text, r.Content, q.Content))
        {
            Count("C content boundary wrong (overlap, not exact)");
            var startDiff = pt[0].Start - gt[0].Start;
            var endDiff = pt[^1].End - gt[^1].End;
            if (startDiff < 0) Count("C start: prediction starts earlier");
            if (startDiff > 0)
            {
                Count("C start: prediction starts later");
                var missing = text[gt[0].Start..Math.Min(pt[0].Start, gt[^1].End)].Trim().ToLowerInvariant();
                var first = missing.Split(' ')[0];
                if (first == "that") Count("C start: gold starts with 'that', prediction does not");
                else if (first is "to") Count("C start: gold starts with 'to' (intention/infinitive)");
            }
            if (endDiff > 0) Count("C end: prediction ends later");
            if (endDiff < 0) Count("C end: prediction ends earlier");
            if (gt.Length != pt.Length) Count($"C fragments differ (gold {Math.Min(gt.Length, 3)}, predicted {Math.Min(pt.Length, 3)})");
            if (endDiff < 0 && direct) Count("C end earlier on a direct quote (multi-paragraph/continued quote cut)");
            Example("content boundary", $"gold=[{Clip(Words(text, r.Content), 80)}] pred=[{Clip(Words(text, q.Content), 80)}]");
        }
        // Cue.
        if (r.Cue.Count > 0)
        {
            if (q.Cue is not { } pc) Count("E cue: prediction has none");
            else if (AttributionScorer.OverlapLength(r.Cue, [pc]) == 0) { Count("E cue: elsewhere"); Example("cue elsewhere", $"gold=[{cueText}] pred=[{pc.Substring(text)}]"); }
            else if (!AttributionScorer.SameAfterTrimming(text, r.Cue, [pc]))
            {
                Count("E cue: overlaps, not exact");
                var g0 = text[r.Cue[0].Start..r.Cue[^1].End];
                var p0 = pc.Substring(text);
                Bump(cueExtra, g0.Length > p0.Length ? $"gold longer: {g0.ToLowerInvariant()} / {p0.ToLowerInvariant()}" : $"pred longer: {g0.ToLowerInvariant()} / {p0.ToLowerInvariant()}");
            }
        }
        // Speaker.
        if (!relationOk.Contains(g))
        {
            Count("B speaker wrong (content matched)");
            Count($"B speaker wrong by gold source: {sourceKind}");
            if (!r.HasSource) Count("B gold has no source, prediction invented one");
            else if (q.Source is null) Count($"B prediction has no speaker span (gold {sourceKind})");
            else
            {
                Count($"B speaker span elsewhere (gold {sourceKind})");
                var ps = q.Source.Value;
                var sameSentence = analysis.Sentences.Any(s => s.Span.Contains(ps) && s.Span.Contains(r.Source[0]));
                Count(sameSentence ? "B speaker elsewhere: same sentence as gold source" : "B speaker elsewhere: other sentence");
                Example($"speaker wrong {sourceKind}", $"gold=[{sourceText}] pred=[{ps.Substring(text)}] name={q.SpeakerName} cue=[{cueText}]");
            }
        }
        else if (r.HasSource && q.Source is { } ps && !AttributionScorer.SameAfterTrimming(text, r.Source, [ps]))
        {
            // D: source conventions among right speakers.
            Count("D source overlaps, not exact");
            var gs = r.Source[0];
            if (gs.Contains(ps))
            {
                Count("D gold source longer than predicted");
                var left = text[gs.Start..ps.Start].Trim();
                var right = text[ps.End..r.Source[^1].End].Trim();
                if (left.Length > 0)
                {
                    Count("D gold has extra words before (titles, roles, determiners)");
                    var w = left.Split(' ')[0];
                    Bump(sourceExtra, "before: " + (w is "the" or "The" or "a" or "A" or "an" ? w.ToLowerInvariant() : char.IsUpper(w[0]) ? "Capitalised word" : "other lower-case word"));
                }
                if (right.Length > 0)
                {
                    Count("D gold has extra words after (appositive, of-phrase, 's)");
                    Bump(sourceExtra, "after: " + (right.StartsWith(',') ? "comma appositive" : right.StartsWith("of", StringComparison.Ordinal) ? "of-phrase" : right.StartsWith('’') || right.StartsWith('\'') ? "possessive" : "other"));
                }
                Example("source gold longer", $"gold=[{sourceText}] pred=[{ps.Substring(text)}]");
            }
            else if (ps.Contains(gs)) { Count("D prediction longer than gold"); Example("source pred longer", $"gold=[{sourceText}] pred=[{ps.Substring(text)}]"); }
            else Count("D partial overlap");
        }
    }
    for (var p = 0; p < predicted.Length; p++)
    {
        Count("predicted relations");
        if (predMatched.Contains(p)) continue;
        var q = predicted[p];
        var quote = scoredQuotes[p];
        Count("F false positive (no gold content overlaps)");
        Count($"F false positive kind: {quote.Kind}");
        var overlapsGold = gold.Relations.Any(r => AttributionScorer.OverlapLength(r.Content, q.Content) > 0);
        if (overlapsGold) Count("F false positive: overlaps a gold content paired with another prediction (split)");
        var onRole = gold.Relations.Any(r => AttributionScorer.OverlapLength(r.Source, q.Content) > 0 || AttributionScorer.OverlapLength(r.Cue, q.Content) > 0);
        if (onRole && !overlapsGold) Count("F false positive: content lies on a gold source/cue only");
        Bump(fpCue, (quote.Cue ?? "(none)").ToLowerInvariant());
        Example($"false positive {quote.Kind}", $"[{quote.Cue}] spk=[{quote.Speaker}] {Clip(quote.Text)}");
    }
}

foreach (var (key, value) in counts) Console.WriteLine($"{value,6}  {key}");
Console.WriteLine();
Console.WriteLine("Gold cues with most relations missed (cue: gold, found, missed):");
foreach (var (cue, (g, f)) in goldCue.OrderByDescending(x => x.Value.Gold - x.Value.Found).Take(40))
    Console.WriteLine($"{g,6} {f,6} {g - f,6}  {cue}");
Console.WriteLine();
Console.WriteLine("Cue heads with most relations missed (head: gold, found, missed, in lexicon):");
foreach (var (h, (g, f)) in headStats.OrderByDescending(x => x.Value.Gold - x.Value.Found).Take(45))
    Console.WriteLine($"{g,6} {f,6} {g - f,6}  {h}{(lexicon.Contains(h) ? "  [lexicon]" : "")}");
var missedTotal = headStats.Sum(x => x.Value.Gold - x.Value.Found);
var missedTail = headStats.Where(x => x.Value.Gold - x.Value.Found <= 2).Sum(x => x.Value.Gold - x.Value.Found);
Console.WriteLine($"missed relations whose cue head misses at most twice (long tail): {missedTail} of {missedTotal}; distinct heads {headStats.Count}");
Console.WriteLine();
Console.WriteLine("False-positive cues:");
foreach (var (cue, n) in fpCue.OrderByDescending(x => x.Value).Take(25)) Console.WriteLine($"{n,6}  {cue}");
Console.WriteLine();
Console.WriteLine("Source convention detail:");
foreach (var (k, n) in sourceExtra.OrderByDescending(x => x.Value)) Console.WriteLine($"{n,6}  {k}");
Console.WriteLine();
Console.WriteLine("Cue convention detail (top):");
foreach (var (k, n) in cueExtra.OrderByDescending(x => x.Value).Take(25)) Console.WriteLine($"{n,6}  {k}");
if (verbose)
{
    foreach (var (k, list) in examples)
    {
        Console.WriteLine();
        Console.WriteLine($"== {k}");
        foreach (var line in list) Console.WriteLine("   " + line);
    }
}
