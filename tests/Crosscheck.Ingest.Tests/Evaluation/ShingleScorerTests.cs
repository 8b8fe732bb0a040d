using Crosscheck.Ingest.Evaluation;

namespace Crosscheck.Ingest.Tests.Evaluation;

public sealed class ShingleScorerTests
{
    [Fact]
    public void Words_are_runs_of_letters_numbers_and_underscores()
    {
        Assert.Equal(["Mayor", "s", "plan", "2026_x", "é", "𝒜b"], ShingleScorer.Words("Mayor’s plan, 2026_x — é! 𝒜b"));
    }

    [Fact]
    public void Identical_texts_match_fully()
    {
        var counts = ShingleScorer.Match("The ferry leaves Calder Bay at nine.", "The ferry leaves Calder Bay at nine.");

        Assert.Equal(new ShingleCounts(1, 0, 0), counts);
        Assert.Equal(1, counts.Precision);
        Assert.Equal(1, counts.Recall);
    }

    [Fact]
    public void Counts_are_normalised_per_page()
    {
        // Given: gold shingles "a b c d", "b c d e"; extracted "a b c d", "b c d x"
        var counts = ShingleScorer.Match("a b c d e", "a b c d x");

        // Then: one of each, divided by their sum
        Assert.Equal(1 / 3.0, counts.TruePositives, 9);
        Assert.Equal(1 / 3.0, counts.FalsePositives, 9);
        Assert.Equal(1 / 3.0, counts.FalseNegatives, 9);
        Assert.Equal(0.5, counts.Precision, 9);
    }

    [Fact]
    public void Shingles_are_a_multiset_and_keep_case()
    {
        // "a b c d a b c d" has "a b c d" twice among its five shingles
        var repeated = ShingleScorer.Match("a b c d a b c d", "a b c d");
        Assert.Equal(1, repeated.Precision, 9);
        Assert.Equal(0.2, repeated.Recall, 9);

        Assert.Equal(0, ShingleScorer.Match("A b c d", "a b c d").TruePositives);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle()
    {
        Assert.Equal(1, ShingleScorer.Match("Ferry delayed", "Ferry delayed").Recall);
        Assert.Equal(0, ShingleScorer.Match("Ferry delayed", "Ferry cancelled").TruePositives);
    }

    [Fact]
    public void An_empty_extraction_counts_for_recall_only()
    {
        // Given: one perfect page and one where nothing was extracted
        var pages = new[] { ShingleScorer.Match("one two three four five", "one two three four five"), ShingleScorer.Match("one two three four five", "") };

        // When
        var score = ShingleScorer.Summarise(pages, resamples: 0);

        // Then: precision averages over the one page that extracted something; recall over both
        Assert.Equal(1, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
        Assert.Equal(2 / 3.0, score.F1, 9);
    }

    [Fact]
    public void Bootstrap_intervals_are_reproducible_and_zero_when_pages_agree()
    {
        var mixed = new[] { ShingleScorer.Match("a b c d e", "a b c d x"), ShingleScorer.Match("a b c d", "a b c d"), ShingleScorer.Match("a b c d", "") };
        var same = new[] { ShingleScorer.Match("a b c d", "a b c d"), ShingleScorer.Match("e f g h", "e f g h") };

        Assert.Equal(ShingleScorer.Summarise(mixed), ShingleScorer.Summarise(mixed));
        Assert.True(ShingleScorer.Summarise(mixed).F1Interval > 0);
        Assert.Equal(0, ShingleScorer.Summarise(same).F1Interval);
    }
}
