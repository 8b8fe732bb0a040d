using Crosscheck.Pipeline;

namespace Crosscheck.CrossCheck.Evaluation;

/// <summary>Runs analysis and comparison over labelled cases and scores the reported mutations per kind.</summary>
/// <remarks>Thread-safe; cases are analysed in parallel, scored in order.</remarks>
public static class CrossCheckEvaluator
{
    /// <summary>Scores <paramref name="cases"/> with <paramref name="pipeline"/> and the default comparison.</summary>
    public static CrossCheckEvalResult Evaluate(IReadOnlyList<CrossCheckEvalCase> cases, AnalysisPipeline pipeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(pipeline);
        var predicted = new HashSet<(MutationKind, int)>[cases.Count];
        Parallel.For(0, cases.Count, new ParallelOptions { CancellationToken = cancellationToken }, c =>
        {
            var evalCase = cases[c];
            var analysed = new AnalyzedArticle[evalCase.Articles.Count];
            for (var a = 0; a < analysed.Length; a++)
            {
                analysed[a] = pipeline.Analyze(evalCase.Articles[a], cancellationToken);
            }
            var report = Comparer.Compare(analysed, cancellationToken);
            var found = new HashSet<(MutationKind, int)>();
            foreach (var item in report.Alignments)
            {
                foreach (var mutation in item.Mutations)
                {
                    found.Add((mutation.Kind, IndexOf(evalCase, mutation.To.ArticleId) + 1));
                }
            }
            predicted[c] = found;
        });

        var counts = new Dictionary<MutationKind, (int Tp, int Fp, int Fn)>();
        var errors = new List<string>();
        int copyCases = 0, copyMutations = 0;
        for (var c = 0; c < cases.Count; c++)
        {
            var gold = new HashSet<(MutationKind, int)>(cases[c].Gold);
            if (cases[c].IsVerbatimCopy)
            {
                copyCases++;
                copyMutations += predicted[c].Count;
            }
            foreach (var label in predicted[c])
            {
                var (tp, fp, fn) = counts.GetValueOrDefault(label.Item1);
                if (gold.Contains(label))
                {
                    counts[label.Item1] = (tp + 1, fp, fn);
                }
                else
                {
                    counts[label.Item1] = (tp, fp + 1, fn);
                    errors.Add($"{cases[c].Id}: FP {label.Item1}@{label.Item2}");
                }
            }
            foreach (var label in gold)
            {
                if (!predicted[c].Contains(label))
                {
                    var (tp, fp, fn) = counts.GetValueOrDefault(label.Item1);
                    counts[label.Item1] = (tp, fp, fn + 1);
                    errors.Add($"{cases[c].Id}: FN {label.Item1}@{label.Item2}");
                }
            }
        }
        var kinds = new List<KindScore>();
        foreach (var kind in Enum.GetValues<MutationKind>())
        {
            if (counts.TryGetValue(kind, out var value))
            {
                kinds.Add(new KindScore(kind, value.Tp, value.Fp, value.Fn));
            }
        }
        return new CrossCheckEvalResult(cases.Count, kinds, copyCases, copyMutations, errors);
    }

    private static int IndexOf(CrossCheckEvalCase evalCase, string articleId)
    {
        for (var a = 0; a < evalCase.Articles.Count; a++)
        {
            if (string.Equals(evalCase.Articles[a].Id, articleId, StringComparison.Ordinal))
            {
                return a;
            }
        }
        return -1;
    }
}
