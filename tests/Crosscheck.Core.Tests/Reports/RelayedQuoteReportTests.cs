using System.Text.Json;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Reports;

namespace Crosscheck.Core.Tests.Reports;

/// <summary>How the reports show a relayed quote ("According to the Daily Ledger, Marenko said …").</summary>
public sealed class RelayedQuoteReportTests
{
    private const string Text =
        "According to the Daily Ledger, Ana Marenko said the port deal would be delayed until autumn.\n"
        + "As the Daily Ledger reported, Marenko said: \"We will not sign a bad contract.\"\n";

    private static AnalyzedArticle Relaying() =>
        AnalysisPipeline.Default.Analyze(new Article { Id = "b", Source = "b.txt", Outlet = "Coast Herald", Text = Text });

    private static string Render(ReportFormat format, AnalyzedArticle? article = null)
    {
        using var output = new StringWriter();
        ReportWriter.WriteAnalyses([article ?? Relaying()], format, output);
        return output.ToString();
    }

    [Fact]
    public void Json_holds_the_relayed_quote_and_marks_the_relaying_relation()
    {
        // Given / When
        using var json = JsonDocument.Parse(Render(ReportFormat.Json));
        var quotes = json.RootElement.GetProperty("articles")[0].GetProperty("quotes").EnumerateArray().ToList();

        // Then each statement has its relaying relation (the paper's, as annotators mark it) and the relayed quote
        Assert.Equal(4, quotes.Count);
        var relayed = quotes.Where(q => q.GetProperty("relayedBy").ValueKind == JsonValueKind.String).ToList();
        Assert.Equal(2, relayed.Count);
        Assert.All(relayed, q =>
        {
            Assert.Equal("Ana Marenko", q.GetProperty("speaker").GetString());
            Assert.Equal("Daily Ledger", q.GetProperty("relayedBy").GetString());
            Assert.Equal("Daily Ledger", Text.Substring(q.GetProperty("relayedByStart").GetInt32(), q.GetProperty("relayedByLength").GetInt32()));
            Assert.False(q.GetProperty("relays").GetBoolean());
        });
        Assert.Equal("direct", relayed[1].GetProperty("kind").GetString());
        Assert.Equal(2, quotes.Count(q => q.GetProperty("relays").GetBoolean() && q.GetProperty("speaker").GetString() == "Daily Ledger"));
    }

    [Theory]
    [InlineData(ReportFormat.Text, "   - ")]
    [InlineData(ReportFormat.Markdown, "| Ana Marenko (via Daily Ledger) |")]
    [InlineData(ReportFormat.Csv, ",quote,")]
    public void Readers_see_the_speaker_via_the_relaying_source_once_per_statement(ReportFormat format, string quoteRow)
    {
        // Given / When
        var rendered = Render(format);

        // Then the speaker is shown with the source the quote came through, and only the two relayed quotes are listed
        Assert.Equal(2, Count(rendered, "Ana Marenko (via Daily Ledger)"));
        Assert.Equal(2, Count(rendered, quoteRow));
        if (format != ReportFormat.Csv)
        {
            Assert.Contains("2 quotes", rendered, StringComparison.Ordinal); // the counts line counts what is listed
        }
    }

    [Fact]
    public void Html_encodes_the_relaying_source()
    {
        // Given a relayed quote whose relaying source has characters HTML must encode
        var article = Relaying();
        article = article with { Quotes = [.. article.Quotes.Select(q => q.RelayedBy is null ? q : q with { RelayedBy = "<Ledger & Sons>" })] };

        // When
        var html = Render(ReportFormat.Html, article);

        // Then
        Assert.Contains("Ana Marenko (via &lt;Ledger &amp; Sons&gt;)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Ledger", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
