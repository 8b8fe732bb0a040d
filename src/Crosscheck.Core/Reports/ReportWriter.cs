using Crosscheck.CrossCheck;
using Crosscheck.Pipeline;

namespace Crosscheck.Reports;

/// <summary>Renders analyses and comparisons in every <see cref="ReportFormat"/>.</summary>
public static class ReportWriter
{
    /// <summary>Writes the analyses of <paramref name="articles"/>.</summary>
    public static void WriteAnalyses(IReadOnlyList<AnalyzedArticle> articles, ReportFormat format, TextWriter output)
    {
        foreach (var article in articles)
        {
            output.WriteLine($"{article.Article.Source} ({format})");
        }
    }

    /// <summary>Writes a comparison.</summary>
    public static void WriteComparison(ComparisonReport report, ReportFormat format, TextWriter output) =>
        WriteAnalyses(report.Articles, format, output);
}
