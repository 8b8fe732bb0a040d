using Crosscheck.CrossCheck;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Reports;

namespace Crosscheck.Core.Tests.CrossCheck;

/// <summary>
/// A quote one outlet takes from another ("According to the Daily Ledger, Marenko said …") is the speaker's, relayed:
/// the cross-check aligns it by its real speaker and traces it to the relaying outlet.
/// </summary>
public sealed class RelayedQuoteTests
{
    private const string Ledger =
        "Harbour minister Ana Marenko said the port deal would be delayed until autumn because the tender had failed.\n"
        + "\"We will not sign a bad contract,\" Marenko told reporters in Vell.\n";

    private static AnalyzedArticle Analyze(string id, string outlet, string published, string text) =>
        AnalysisPipeline.Default.Analyze(new Article
        {
            Id = id,
            Source = id + ".txt",
            Outlet = outlet,
            PublishedAt = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            Text = text,
        });

    private static ComparisonReport Compare(string relaying) =>
        Comparer.Compare([
            Analyze("a", "Daily Ledger", "2026-03-01T08:00:00Z", Ledger),
            Analyze("b", "Coast Herald", "2026-03-02T08:00:00Z", relaying),
        ]);

    [Fact]
    public void A_relayed_quote_keeps_its_speaker_and_has_one_origin()
    {
        // Given the Herald relaying both of the Ledger's quotes, crediting the Ledger
        var report = Compare(
            "According to the Daily Ledger, Marenko said the port deal would be delayed until autumn because the tender had failed.\n"
            + "As the Daily Ledger reported, Marenko said: \"We will not sign a bad contract.\"\n");

        // When the quotes are aligned
        var quotes = report.Alignments.Where(a => a.Kind == AlignedItemKind.Quote).ToList();

        // Then both align by Marenko, no speaker changed, and each traces to the Ledger alone
        Assert.Equal(2, quotes.Count);
        foreach (var item in quotes)
        {
            Assert.Equal(["a", "b"], item.Members.Select(m => m.ArticleId));
            Assert.All(item.Members, m => Assert.Contains("Marenko", m.Speaker, StringComparison.Ordinal));
            Assert.DoesNotContain(item.Mutations, m => m.Kind == MutationKind.SpeakerChanged);
            var origin = Assert.Single(item.Origins);
            Assert.Equal("a", origin.ArticleId);
            Assert.Equal([null, "Daily Ledger"], item.Members.Select(m => m.RelayedBy));
        }

        // And the report shows the Herald's version as relayed
        using var output = new StringWriter();
        ReportWriter.WriteComparison(report, ReportFormat.Markdown, output);
        Assert.Contains("| Marenko (via Daily Ledger) |", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_relayed_quotation_the_outlet_never_printed_is_flagged()
    {
        // Given the Herald crediting the Ledger with a quotation the Ledger's article does not carry
        var report = Compare("As the Daily Ledger reported, Marenko said: \"We will sell the whole harbour to the highest bidder.\"\n");

        // Then it is reported as credited to the Ledger without the Ledger having the words
        var mutation = Assert.Single(report.Alignments.SelectMany(a => a.Mutations), m => m.Kind == MutationKind.QuoteFabricated);
        Assert.Equal("b", mutation.To.ArticleId);
        Assert.StartsWith("quote credited to \"Daily Ledger\", but Daily Ledger has no such words", mutation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_swapped_speaker_is_still_reported()
    {
        // Given the Herald giving the Ledger's line to another person, with no credit
        var report = Compare("Tomas Ruiz said the port deal would be delayed until autumn because the tender had failed.\n");

        // Then the speaker change is reported
        Assert.Contains(report.Alignments.SelectMany(a => a.Mutations),
            m => m.Kind == MutationKind.SpeakerChanged && m.Detail.Contains("Tomas Ruiz", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relay_that_changes_the_speaker_is_reported()
    {
        // Given the Herald crediting the Ledger but naming another speaker than the Ledger did
        var report = Compare("According to the Daily Ledger, Tomas Ruiz said the port deal would be delayed until autumn because the tender had failed.\n");

        // Then the change is from Marenko to Ruiz, not to the Ledger
        var change = Assert.Single(report.Alignments.SelectMany(a => a.Mutations), m => m.Kind == MutationKind.SpeakerChanged);
        Assert.Equal("speaker \"Ana Marenko\" → \"Tomas Ruiz\"", change.Detail);
    }

    [Fact]
    public void A_speaker_replaced_by_the_crediting_outlet_says_so()
    {
        // Given the Ledger's "…, officials said" retold by the Herald as "…, according to the Daily Ledger"
        var report = Comparer.Compare([
            Analyze("a", "Daily Ledger", "2026-03-01T08:00:00Z", "The port authority lost about 12 million euros last year, officials said on Tuesday.\n"),
            Analyze("b", "Coast Herald", "2026-03-02T08:00:00Z", "The port authority lost about 12 million euros last year, according to the Daily Ledger.\n"),
        ]);

        // Then the speaker change names the outlet as the credit and the original source as dropped
        var change = Assert.Single(report.Alignments.SelectMany(a => a.Mutations), m => m.Kind == MutationKind.SpeakerChanged);
        Assert.Equal("speaker \"officials\" → \"Daily Ledger\" (credited to the outlet that reported it; \"officials\" dropped)", change.Detail);
    }
}
