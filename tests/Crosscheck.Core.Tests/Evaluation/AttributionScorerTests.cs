using System.Globalization;
using Crosscheck.Documents;
using Crosscheck.Evaluation.Attribution;

namespace Crosscheck.Core.Tests.Evaluation;

public sealed class AttributionScorerTests
{
    // Fictional text; offsets in the annotations below are found with At(), so the cases stay readable.
    private const string Text =
        "“We will rebuild the harbour,” Mayor Dora Vance said on Monday. " +
        "Critics argued that the plan was too costly. " +
        "The budget is said to be late.";

    private static string At(string phrase)
    {
        var start = Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, phrase);
        return string.Create(CultureInfo.InvariantCulture, $"{start} {start + phrase.Length}");
    }

    private static TextSpan Span(string phrase)
    {
        var start = Text.IndexOf(phrase, StringComparison.Ordinal);
        return new TextSpan(start, phrase.Length);
    }

    private static string GoldAnnotation() => string.Join('\n',
        $"T1\tContent {At("“We will rebuild the harbour,”")}\t…",
        $"T2\tSource {At("Mayor Dora Vance")}\tMayor Dora Vance",
        $"T3\tCue {At("said")}\tsaid",
        $"T4\tAttribution {At("said")}\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        $"T5\tSource {At("Critics")}\tCritics",
        $"T6\tCue {At("argued")}\targued",
        $"T7\tContent {At("that the plan was too costly")}\t…",
        $"T8\tAttribution {At("argued")}\targued",
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
        $"T9\tContent {At("The budget")};{At("to be late")}\t…",
        $"T10\tCue {At("is said")}\tis said",
        $"T11\tAttribution-no-source {At("is said")}\tis said",
        "E3\tAttribution-no-source:T11 Content:T9 Cue:T10",
        $"T12\tDiscard {At("on Monday")}\ton Monday",
        "");

    private static BratAttributionDocument Gold() => BratAttributionDocument.Parse("harbour", Text, GoldAnnotation());

    [Fact]
    public void Parses_relations_with_discontinuous_content_and_missing_source()
    {
        // Given / When
        var gold = Gold();

        // Then
        Assert.Equal(3, gold.Relations.Count);
        Assert.Equal(Span("Mayor Dora Vance"), Assert.Single(gold.Relations[0].Source));
        Assert.Equal([Span("The budget"), Span("to be late")], gold.Relations[2].Content);
        Assert.False(gold.Relations[2].HasSource);
    }

    [Fact]
    public void Perfect_predictions_score_one_everywhere()
    {
        // Given: the quotation marks and comma inside the gold content are left out, as the extractor does
        var predicted = new[]
        {
            new PredictedAttribution([Span("We will rebuild the harbour")], Span("said"), Span("Mayor Dora Vance"), "Dora Vance"),
            new PredictedAttribution([Span("that the plan was too costly")], Span("argued"), Span("Critics"), null),
            new PredictedAttribution([Span("The budget"), Span("to be late")], Span("is said"), null, null),
        };

        // When
        var score = AttributionScorer.Align(Gold(), predicted).Score;

        // Then
        Assert.Equal(1.0, score.Content.Exact.F1);
        Assert.Equal(1.0, score.Cue.Exact.F1);
        Assert.Equal(1.0, score.Source.Exact.F1);
        Assert.Equal(1.0, score.Relation.F1);
    }

    [Fact]
    public void Boundary_error_counts_for_overlap_but_not_exact()
    {
        // Given: the content swallows the speaker's clause
        var predicted = new[] { new PredictedAttribution([Span("Critics argued that the plan was too costly")], Span("argued"), Span("Critics"), null) };

        // When
        var score = AttributionScorer.Align(Gold(), predicted).Score;

        // Then
        Assert.Equal(0, score.Content.Exact.Correct);
        Assert.Equal(1, score.Content.Overlap.Correct);
        Assert.Equal(1.0, score.Content.Overlap.Precision);
        Assert.Equal(1.0 / 3, score.Content.Overlap.Recall, 6);
        Assert.Equal(1, score.Relation.Correct);
    }

    [Fact]
    public void One_prediction_spanning_two_gold_contents_is_matched_once()
    {
        // Given: one predicted content covering both of the first two gold contents
        var predicted = new[] { new PredictedAttribution([TextSpan.FromBounds(0, Span("too costly").End)], Span("said"), Span("Dora Vance"), null) };

        // When
        var score = AttributionScorer.Align(Gold(), predicted).Score;

        // Then
        Assert.Equal(1, score.Content.Overlap.Correct);
        Assert.Equal(1, score.ContentOnly.Correct);
    }

    [Fact]
    public void Wrong_speaker_span_fails_the_relation_unless_the_resolved_name_matches()
    {
        // Given: the right content, the speaker span on "Critics" but resolved to the mayor
        var predicted = new[] { new PredictedAttribution([Span("We will rebuild the harbour")], Span("said"), Span("Critics"), "Dora Vance") };

        // When
        var alignment = AttributionScorer.Align(Gold(), predicted);

        // Then
        Assert.Equal(1, alignment.Score.ContentOnly.Correct);
        Assert.Equal(0, alignment.Score.Relation.Correct);
        Assert.Equal(1, alignment.Score.RelationByName.Correct);
        Assert.Empty(alignment.RelationMatches);
        Assert.Equal(new RelationMatch(0, 0), Assert.Single(alignment.ContentMatches));
    }

    [Fact]
    public void Sourceless_gold_needs_a_prediction_without_speaker()
    {
        // Given: the passive "is said" content, once without and once with an invented speaker
        var without = new[] { new PredictedAttribution([Span("to be late")], Span("is said"), null, null) };
        var with = new[] { new PredictedAttribution([Span("to be late")], Span("is said"), Span("The budget"), "The budget") };

        // When
        var a = AttributionScorer.Align(Gold(), without).Score;
        var b = AttributionScorer.Align(Gold(), with).Score;

        // Then
        Assert.Equal(1, a.Relation.Correct);
        Assert.Equal(0, b.Relation.Correct);
        Assert.Equal(0, b.RelationByName.Correct);
    }

    [Fact]
    public void Shared_cue_of_two_quotes_counts_once()
    {
        // Given: an interrupted quote split into two predictions with the same cue and speaker
        var predicted = new[]
        {
            new PredictedAttribution([Span("We will rebuild")], Span("said"), Span("Mayor Dora Vance"), null),
            new PredictedAttribution([Span("the harbour")], Span("said"), Span("Mayor Dora Vance"), null),
        };

        // When
        var score = AttributionScorer.Align(Gold(), predicted).Score;

        // Then
        Assert.Equal(1, score.Cue.Exact.Predicted);
        Assert.Equal(1, score.Source.Exact.Predicted);
        Assert.Equal(2, score.Content.Overlap.Predicted);
        Assert.Equal(1, score.Relation.Correct);
        Assert.Equal(0.5, score.Relation.Precision);
    }

    [Fact]
    public void Nothing_predicted_scores_zero_without_dividing_by_zero()
    {
        var score = AttributionScorer.Align(Gold(), []).Score;

        Assert.Equal(0, score.Relation.Precision);
        Assert.Equal(0, score.Relation.Recall);
        Assert.Equal(0, score.Relation.F1);
        Assert.Equal(3, score.Relation.Gold);
    }

    [Fact]
    public void F1_is_the_harmonic_mean_and_scores_add_up()
    {
        var score = new PrecisionRecall(Gold: 4, Predicted: 2, Correct: 2) + new PrecisionRecall(Gold: 0, Predicted: 2, Correct: 0);

        Assert.Equal(0.5, score.Precision);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal(0.5, score.F1, 9);
    }

    [Fact]
    public void Malformed_lines_are_skipped()
    {
        var gold = BratAttributionDocument.Parse("x", Text, "T1\tContent 5 nine\tx\nT2\tCue 0 99999\tx\nE1\tContent:T1 Cue:T2\nnoise\n");

        Assert.Empty(gold.Relations);
    }
}
