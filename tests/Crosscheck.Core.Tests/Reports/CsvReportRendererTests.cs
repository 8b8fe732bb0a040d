using System.Text;
using Crosscheck.Reports;

namespace Crosscheck.Core.Tests.Reports;

public sealed class CsvReportRendererTests
{
    private static string Render(Action<TextWriter> write)
    {
        using var output = new StringWriter();
        write(output);
        return output.ToString();
    }

    /// <summary>Reads RFC 4180 CSV back into rows of cells (quoted cells may hold commas, quote marks and line breaks).</summary>
    internal static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r' when i + 1 < csv.Length && csv[i + 1] == '\n':
                    row.Add(cell.ToString());
                    cell.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                    i++;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        Assert.False(quoted, "the CSV ends inside a quoted cell");
        Assert.True(row.Count == 0 && cell.Length == 0, "the last row has no CR LF");
        return rows;
    }

    private static Dictionary<string, string> Named(string[] header, string[] row)
    {
        Assert.Equal(header.Length, row.Length);
        return header.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }

    [Fact]
    public void Analysis_rows_point_back_to_the_text_they_name()
    {
        // Given
        var article = SampleReport.Rewrite();

        // When
        var rows = Parse(Render(o => ReportWriter.WriteAnalyses([article], ReportFormat.Csv, o)));

        // Then
        var header = rows[0];
        Assert.Equal(["article", "outlet", "published", "type", "label", "text", "start", "length", "speaker", "cue", "venue", "source", "score", "detail"], header);
        var named = rows.Skip(1).Select(r => Named(header, r)).ToList();
        var first = named[0];
        Assert.Equal(("article", "Terminal deal DEAD", "0.8", "sensationalism"), (first["type"], first["text"], first["score"], first["detail"]));
        Assert.Equal(1 + article.Mentions.Count + article.Quotes.Count + article.Citations.Count + article.Claims.Count + article.Signals.Count, named.Count);
        foreach (var finding in named.Skip(1))
        {
            Assert.Equal("blaze-1", finding["article"]);
            Assert.Equal("2026-03-14T15:00:00Z", finding["published"]);
            var (start, length) = (int.Parse(finding["start"]), int.Parse(finding["length"]));
            Assert.Equal(finding["text"], SampleReport.RewriteText.Substring(start, length));
        }
        var quote = Assert.Single(named, r => r["type"] == "quote");
        Assert.Equal(("direct", "Marko Ilic", "admitted", "speech"), (quote["label"], quote["speaker"], quote["cue"], quote["detail"]));
        var signal = named.First(r => r["type"] == "signal");
        Assert.Equal(("Sensational_Framing", "\"bombshell\" dramatises the news"), (signal["label"], signal["detail"]));
        var claim = named.First(r => r["type"] == "claim");
        Assert.Equal(("asserted", "0.6"), (claim["label"], claim["score"]));
        Assert.Contains(named, r => r["type"] == "entity" && r["label"] == "person" && r["text"] == "Marko Ilic");
        Assert.Contains(named, r => r["type"] == "citation" && r["source"] == "the port authority" && r["detail"] == "");
    }

    [Fact]
    public void Comparison_rows_carry_each_version_and_the_changes_that_reach_it()
    {
        // Given
        var report = SampleReport.Comparison();

        // When
        var rows = Parse(Render(o => ReportWriter.WriteComparison(report, ReportFormat.Csv, o)));

        // Then
        var header = rows[0];
        var named = rows.Skip(1).Select(r => Named(header, r)).ToList();
        Assert.Equal(report.Alignments.Sum(a => a.Members.Count), named.Count);
        var texts = new Dictionary<string, string> { ["ledger-1"] = SampleReport.OriginalText, ["blaze-1"] = SampleReport.RewriteText };
        foreach (var row in named)
        {
            Assert.Equal(row["text"], texts[row["article"]].Substring(int.Parse(row["start"]), int.Parse(row["length"])));
        }
        // The quote the rewrite gives to another speaker: the original's row has no change, the rewrite's says what changed.
        var quoteRows = named.Where(r => r["kind"] == "quote" && r["item"] == named.First(q => q["kind"] == "quote")["item"]).ToList();
        Assert.Equal(["ledger-1", "blaze-1"], quoteRows.Select(r => r["article"]));
        Assert.Equal("", quoteRows[0]["changes"]);
        Assert.Contains("SpeakerChanged", quoteRows[1]["changes"].Split(';'));
        Assert.Contains("speaker \"Ana Petrovic\" → \"Marko Ilic\"", quoteRows[1]["details"], StringComparison.Ordinal);
        Assert.Equal("Evening Blaze", quoteRows[1]["outlet"]);
        // Every change of the report appears on exactly one row.
        Assert.Equal(report.Alignments.Sum(a => a.Mutations.Count), named.Sum(r => r["changes"].Length == 0 ? 0 : r["changes"].Split(';').Length));
    }

    [Fact]
    public void Formula_cells_are_defused_and_awkward_text_survives_the_round_trip()
    {
        // Given: a speaker that a spreadsheet would run, a title with a comma, quote marks and a line break
        var article = SampleReport.Original();
        article = article with
        {
            Article = article.Article with { Title = "Deal, \"off\"\nagain" },
            Quotes = [article.Quotes[0] with { Speaker = "=HYPERLINK(\"http://evil.example\")" }],
        };

        // When
        var rows = Parse(Render(o => ReportWriter.WriteAnalyses([article], ReportFormat.Csv, o)));

        // Then
        var named = rows.Skip(1).Select(r => Named(rows[0], r)).ToList();
        Assert.Equal("Deal, \"off\"\nagain", named[0]["text"]);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\")", Assert.Single(named, r => r["type"] == "quote")["speaker"]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Csv_cells_are_quoted_and_formulas_defused(string value, string expected) =>
        Assert.Equal(expected, Csv.Cell(value));
}
