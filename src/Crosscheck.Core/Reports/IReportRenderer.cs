using Crosscheck.CrossCheck;
using Crosscheck.Pipeline;

namespace Crosscheck.Reports;

/// <summary>Renders analyses and comparisons in one format.</summary>
/// <remarks>Implementations are stateless and thread-safe; they write to the given writer and do not close it.</remarks>
public interface IReportRenderer
{
    /// <summary>Writes the analyses of <paramref name="articles"/>.</summary>
    void WriteAnalyses(IReadOnlyList<AnalyzedArticle> articles, TextWriter output);

    /// <summary>Writes a comparison: the analyses, then what the articles share and how it changed.</summary>
    void WriteComparison(ComparisonReport report, TextWriter output);
}
