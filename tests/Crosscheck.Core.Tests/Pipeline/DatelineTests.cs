using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Pipeline;

/// <summary>A wire dateline belongs to no claim or quote, and its place is a place.</summary>
public sealed class DatelineTests
{
    private const string Wire =
        "VELDA, May 4 (Northgate Observer) - Talks over the Drelsk water treaty broke down on Sunday after envoy Pavel Dunaj " +
        "walked out of the session, three diplomats said.\n\nDunaj later returned to Velda.";

    [Fact]
    public void The_first_sentence_claim_and_quote_start_after_the_dateline()
    {
        // When: a wire story with a dateline is analysed
        var analysis = AnalysisPipeline.Default.Analyze(new Article { Id = "w", Source = "w", Text = Wire });

        // Then: the claim and the quote's content both start at "Talks", and the quote is the diplomats'
        var claim = Assert.Single(analysis.Claims, c => c.Text.Contains("broke down", StringComparison.Ordinal));
        Assert.StartsWith("Talks over", claim.Text, StringComparison.Ordinal);
        var quote = Assert.Single(analysis.Quotes);
        Assert.StartsWith("Talks over", quote.Text, StringComparison.Ordinal);
        Assert.Equal("three diplomats", quote.Speaker);
        // And: the filing place is a place, under the same key as its mention in the body
        var places = analysis.Mentions.Where(e => e.Kind == EntityKind.Place).Select(e => (e.Text, e.Key)).ToList();
        Assert.Equal([("VELDA", "Velda"), ("Velda", "Velda")], places);
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "WASHINGTON (AP) —")]
    [InlineData("SAN MARCO, Calif., Nov. 3 -- Voters queued.", "SAN MARCO", "SAN MARCO, Calif., Nov. 3 --")]
    [InlineData("UPDATE - The ferry sank.", "", "UPDATE -")]
    public void Dateline_grammar_finds_place_and_head(string text, string place, string head)
    {
        var body = Dateline.Match(text, out var placeLength, out var headLength);

        Assert.True(body > 0);
        Assert.Equal(place, text[..placeLength]);
        Assert.Equal(head, text[..headLength]);
    }

    [Theory]
    [InlineData("Kessburg — the port city of old — voted.")]
    [InlineData("THE FIVE LARGEST PORT CITIES — Kessburg leads.")]
    [InlineData("EU-led talks resumed.")]
    [InlineData("KESSBURG - the port voted.")]
    [InlineData("KESSBURG -")]
    public void Not_a_dateline(string text) => Assert.Equal(0, Dateline.Match(text, out _, out _));
}
