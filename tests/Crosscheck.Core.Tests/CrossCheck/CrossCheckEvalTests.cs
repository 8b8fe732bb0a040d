using System.Runtime.CompilerServices;
using Crosscheck.CrossCheck;
using Crosscheck.CrossCheck.Evaluation;
using Crosscheck.Pipeline;

namespace Crosscheck.Core.Tests.CrossCheck;

/// <summary>The labelled cross-check set in Fixtures/crosscheck-eval, scored end to end.</summary>
public sealed class CrossCheckEvalTests
{
    private static string DataDirectory([CallerFilePath] string callerPath = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "Fixtures", "crosscheck-eval"));

    [Fact]
    public void Every_mutation_kind_scores_an_f1_of_at_least_0_9_and_verbatim_copies_show_none()
    {
        // Given the labelled set
        var cases = CrossCheckEvalSet.Load(DataDirectory());

        // When
        var result = CrossCheckEvaluator.Evaluate(cases, AnalysisPipeline.Default);

        // Then every kind is labelled somewhere and scores well
        Assert.Equal(Enum.GetValues<MutationKind>().Length, result.Kinds.Count);
        Assert.All(result.Kinds, kind => Assert.True(kind.F1 >= 0.9, $"{kind.Kind}: F1 {kind.F1:0.000}; errors: {string.Join(" | ", result.Errors)}"));
        Assert.True(result.VerbatimCopyCases >= 3);
        Assert.Equal(0, result.VerbatimCopyMutations);
    }

    [Fact]
    public void Parses_cases_with_gold_labels_and_dated_articles()
    {
        // Given
        const string text = """
            # comment
            ## one
            gold: HedgeRemoved@2, NumberChanged@2
            === The Daily Ledger | 2026-05-04T09:00:00Z
            First text.
            === Weekly Clarion | 2026-05-04T10:00:00Z
            Second text.
            ## copy-two
            gold: none
            === A | 2026-05-04T09:00:00Z
            Same.
            === B
            Same.
            """;

        // When
        var cases = CrossCheckEvalSet.Parse(text);

        // Then
        Assert.Equal(2, cases.Count);
        Assert.Equal([(MutationKind.HedgeRemoved, 2), (MutationKind.NumberChanged, 2)], cases[0].Gold);
        Assert.Equal("Second text.", cases[0].Articles[1].Text);
        Assert.Equal("Weekly Clarion", cases[0].Articles[1].Outlet);
        Assert.True(cases[1].IsVerbatimCopy);
        Assert.Null(cases[1].Articles[1].PublishedAt);
    }

    [Fact]
    public void Rejects_a_label_for_an_article_the_case_does_not_have()
    {
        var error = Assert.Throws<FormatException>(() => CrossCheckEvalSet.Parse("## x\ngold: HedgeAdded@3\n=== A\ntext\n"));
        Assert.Contains("labels article 3 but has 1", error.Message, StringComparison.Ordinal);
    }
}
