using Crosscheck.Documents;
using Crosscheck.Signals;

namespace Crosscheck.Core.Tests.Signals;

public sealed class PropagandaScorerTests
{
    private static Dictionary<string, IReadOnlyList<PropagandaSpan>> Spans(params (string Article, int Start, int End, string Technique)[] spans) =>
        spans.GroupBy(s => s.Article).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<PropagandaSpan>)[.. g.Select(s => new PropagandaSpan(TextSpan.FromBounds(s.Start, s.End), s.Technique))]);

    [Fact]
    public void Exact_match_scores_one()
    {
        // Given a prediction equal to the gold span
        var gold = Spans(("a", 0, 10, "Doubt"));

        // When scored
        var score = PropagandaScorer.SpanIdentification(gold, gold);

        // Then precision, recall and F1 are 1
        Assert.Equal(1, score.Precision, 6);
        Assert.Equal(1, score.Recall, 6);
        Assert.Equal(1, score.F1, 6);
    }

    [Fact]
    public void Half_overlap_earns_half_credit_both_ways()
    {
        // Given gold [0,10) and prediction [5,15): 5 shared characters of 10 each
        var score = PropagandaScorer.SpanIdentification(Spans(("a", 5, 15, "")), Spans(("a", 0, 10, "Doubt")));

        // Then P = 5/10, R = 5/10
        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        Assert.Equal(0.5, score.F1, 6);
    }

    [Fact]
    public void Two_predictions_inside_one_gold_span_are_each_precise_and_add_up_in_recall()
    {
        // Given gold [0,10) and predictions [0,4) and [6,10)
        var score = PropagandaScorer.SpanIdentification(Spans(("a", 0, 4, ""), ("a", 6, 10, "")), Spans(("a", 0, 10, "Doubt")));

        // Then P = (4/4 + 4/4) / 2 = 1, R = (4/10 + 4/10) / 1 = 0.8, F1 = 1.6 / 1.8
        Assert.Equal(1, score.Precision, 6);
        Assert.Equal(0.8, score.Recall, 6);
        Assert.Equal(1.6 / 1.8, score.F1, 6);
        Assert.Equal(2, score.Predicted);
    }

    [Fact]
    public void Overlapping_predictions_are_merged_before_scoring()
    {
        // Given predictions [0,6) and [4,10) against gold [0,10)
        var score = PropagandaScorer.SpanIdentification(Spans(("a", 0, 6, ""), ("a", 4, 10, "")), Spans(("a", 0, 10, "Doubt")));

        // Then they count as one span [0,10)
        Assert.Equal(1, score.Predicted);
        Assert.Equal(1, score.F1, 6);
    }

    [Fact]
    public void An_article_without_predictions_still_counts_its_gold_spans()
    {
        // Given gold spans in two articles and an exact prediction in one
        var score = PropagandaScorer.SpanIdentification(Spans(("a", 0, 10, "")), Spans(("a", 0, 10, "Doubt"), ("b", 3, 8, "Doubt")));

        // Then P = 1, R = 1/2, F1 = 2/3
        Assert.Equal(1, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        Assert.Equal(2.0 / 3, score.F1, 6);
    }

    [Fact]
    public void Labelled_score_gives_credit_only_for_the_same_technique()
    {
        // Given gold Loaded_Language [0,10); predictions Loaded_Language [0,5) and Doubt [5,15)
        var predicted = Spans(("a", 0, 5, "Loaded_Language"), ("a", 5, 15, "Doubt"));
        var gold = Spans(("a", 0, 10, "Loaded_Language"));

        // When scored both ways
        var labelled = PropagandaScorer.Labelled(predicted, gold);
        var identification = PropagandaScorer.SpanIdentification(predicted, gold);

        // Then labelled: P = (1 + 0) / 2, R = 5/10; identification merges nothing (they only touch) and credits both:
        // P = (5/5 + 5/10) / 2 = 0.75, R = (5/10 + 5/10) / 1 = 1
        Assert.Equal(0.5, labelled.Precision, 6);
        Assert.Equal(0.5, labelled.Recall, 6);
        Assert.Equal(0.75, identification.Precision, 6);
        Assert.Equal(1, identification.Recall, 6);
    }

    [Fact]
    public void Labelled_score_merges_overlaps_only_within_a_technique()
    {
        // Given overlapping predictions of two techniques against gold Loaded_Language [0,10)
        var predicted = Spans(("a", 0, 10, "Loaded_Language"), ("a", 5, 15, "Doubt"));
        var gold = Spans(("a", 0, 10, "Loaded_Language"));

        // When scored
        var labelled = PropagandaScorer.Labelled(predicted, gold);
        var identification = PropagandaScorer.SpanIdentification(predicted, gold);

        // Then identification merges them into [0,15) (P = 10/15, R = 1); labelled keeps two spans (P = 1/2, R = 1)
        Assert.Equal(1, identification.Predicted);
        Assert.Equal(10.0 / 15, identification.Precision, 6);
        Assert.Equal(2, labelled.Predicted);
        Assert.Equal(0.5, labelled.Precision, 6);
        Assert.Equal(1, labelled.Recall, 6);
    }

    [Fact]
    public void No_predictions_scores_zero_without_dividing_by_zero()
    {
        var score = PropagandaScorer.SpanIdentification(Spans(), Spans(("a", 0, 10, "Doubt")));

        Assert.Equal(0, score.F1);
    }
}
