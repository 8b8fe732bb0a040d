using Crosscheck.CrossCheck;
using Crosscheck.Pipeline;

namespace Crosscheck.Reports;

/// <summary>Renders analyses and comparisons in every <see cref="ReportFormat"/>.</summary>
/// <remarks>Thread-safe; the renderers are stateless.</remarks>
public static class ReportWriter
{
    /// <summary>The renderer for <paramref name="format"/>.</summary>
    public static IReportRenderer RendererFor(ReportFormat format) => format switch
    {
        ReportFormat.Text => TextReportRenderer.Instance,
        ReportFormat.Json => JsonReportRenderer.Document,
        ReportFormat.Jsonl => JsonReportRenderer.Lines,
        ReportFormat.Markdown => MarkdownReportRenderer.Instance,
        ReportFormat.Html => HtmlReportRenderer.Instance,
        ReportFormat.Csv => CsvReportRenderer.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>Writes the analyses of <paramref name="articles"/>.</summary>
    public static void WriteAnalyses(IReadOnlyList<AnalyzedArticle> articles, ReportFormat format, TextWriter output) =>
        RendererFor(format).WriteAnalyses(articles, output);

    /// <summary>Writes a comparison.</summary>
    public static void WriteComparison(ComparisonReport report, ReportFormat format, TextWriter output) =>
        RendererFor(format).WriteComparison(report, output);
}
