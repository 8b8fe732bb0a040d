namespace Crosscheck.Signals;

/// <summary>
/// The span metrics of SemEval-2020 Task 11 (Da San Martino et al.), re-implemented from the task paper's definitions.
/// </summary>
/// <remarks>
/// With S the predicted and T the gold spans (sets of character positions), C(s, t, h) = |s ∩ t| / h when the
/// techniques agree (always, for span identification), P = Σ C(s, t, |s|) / |S| and R = Σ C(s, t, |t|) / |T|, summed
/// over all articles before dividing, and F1 = 2PR / (P + R). Overlapping spans are merged first, for predictions and
/// gold separately: regardless of technique for span identification, within one technique for the labelled score.
/// Partial overlap earns partial credit.
/// </remarks>
public static class PropagandaScorer
{
    /// <summary>Span-identification score: techniques are ignored.</summary>
    public static PropagandaScore SpanIdentification(
        IReadOnlyDictionary<string, IReadOnlyList<PropagandaSpan>> predicted,
        IReadOnlyDictionary<string, IReadOnlyList<PropagandaSpan>> gold) => Score(predicted, gold, labelled: false);

    /// <summary>Labelled-span score: a predicted span earns credit only from gold spans of the same technique.</summary>
    public static PropagandaScore Labelled(
        IReadOnlyDictionary<string, IReadOnlyList<PropagandaSpan>> predicted,
        IReadOnlyDictionary<string, IReadOnlyList<PropagandaSpan>> gold) => Score(predicted, gold, labelled: true);

    private static PropagandaScore Score(
        IReadOnlyDictionary<string, IReadOnlyList<PropagandaSpan>> predicted,
        IReadOnlyDictionary<string, IReadOnlyList<PropagandaSpan>> gold,
        bool labelled)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        double precisionSum = 0, recallSum = 0;
        int predictedCount = 0, goldCount = 0;
        var articles = new HashSet<string>(predicted.Keys, StringComparer.Ordinal);
        articles.UnionWith(gold.Keys);
        foreach (var article in articles)
        {
            var s = Merge(predicted.TryGetValue(article, out var p) ? p : [], labelled);
            var t = Merge(gold.TryGetValue(article, out var g) ? g : [], labelled);
            predictedCount += s.Count;
            goldCount += t.Count;
            foreach (var a in s)
            {
                foreach (var b in t)
                {
                    if (labelled && !string.Equals(a.Technique, b.Technique, StringComparison.Ordinal))
                    {
                        continue;
                    }
                    var overlap = Math.Min(a.Span.End, b.Span.End) - Math.Max(a.Span.Start, b.Span.Start);
                    if (overlap > 0)
                    {
                        precisionSum += (double)overlap / a.Span.Length;
                        recallSum += (double)overlap / b.Span.Length;
                    }
                }
            }
        }
        return new PropagandaScore(
            predictedCount == 0 ? 0 : precisionSum / predictedCount,
            goldCount == 0 ? 0 : recallSum / goldCount,
            predictedCount,
            goldCount);
    }

    /// <summary>Merges overlapping spans (same technique only when <paramref name="labelled"/>); drops empty ones.</summary>
    internal static List<PropagandaSpan> Merge(IReadOnlyList<PropagandaSpan> spans, bool labelled)
    {
        var sorted = new List<PropagandaSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (span.Span.Length > 0)
            {
                sorted.Add(labelled ? span : span with { Technique = "" });
            }
        }
        sorted.Sort(static (a, b) =>
        {
            var byTechnique = string.CompareOrdinal(a.Technique, b.Technique);
            return byTechnique != 0 ? byTechnique : a.Span.Start.CompareTo(b.Span.Start);
        });
        var merged = new List<PropagandaSpan>(sorted.Count);
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && merged[^1].Technique == span.Technique && span.Span.Start < merged[^1].Span.End)
            {
                var last = merged[^1];
                merged[^1] = last with { Span = Documents.TextSpan.FromBounds(last.Span.Start, Math.Max(last.Span.End, span.Span.End)) };
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }
}
