using Crosscheck.Reports;

namespace Crosscheck.Core.Tests.Reports;

public sealed class GoldenReportTests
{
    private static string Render(Action<TextWriter> write)
    {
        using var output = new StringWriter();
        write(output);
        return output.ToString();
    }

    [Fact]
    public void Markdown_comparison_matches_the_golden_file()
    {
        var markdown = Render(o => ReportWriter.WriteComparison(SampleReport.Comparison(), ReportFormat.Markdown, o));

        Expectations.Verify("comparison.md", markdown);
    }

    [Fact]
    public void Markdown_analysis_matches_the_golden_file()
    {
        var markdown = Render(o => ReportWriter.WriteAnalyses([SampleReport.Rewrite()], ReportFormat.Markdown, o));

        Expectations.Verify("analysis.md", markdown);
    }

    [Fact]
    public void Text_comparison_matches_the_golden_file()
    {
        var text = Render(o => ReportWriter.WriteComparison(SampleReport.Comparison(), ReportFormat.Text, o));

        Expectations.Verify("comparison.txt", text);
    }

    [Fact]
    public void Text_lines_fit_a_100_column_terminal()
    {
        var text = Render(o => ReportWriter.WriteComparison(SampleReport.Comparison(), ReportFormat.Text, o));

        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= TextReportRenderer.Width, line));
    }

    [Fact]
    public void Markdown_escapes_pipes_and_markup_in_cells()
    {
        var article = SampleReport.Original();
        article = article with { Quotes = [article.Quotes[0] with { Speaker = "A | B <script>" }] };

        var markdown = Render(o => ReportWriter.WriteAnalyses([article], ReportFormat.Markdown, o));

        Assert.Contains("A \\| B &lt;script&gt;", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", markdown, StringComparison.Ordinal);
    }
}
