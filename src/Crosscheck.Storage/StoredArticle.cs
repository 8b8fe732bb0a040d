using Crosscheck.Documents;

namespace Crosscheck.Storage;

/// <summary>A stored article with its stored analysis for one pipeline version.</summary>
/// <param name="Article">The article.</param>
/// <param name="AnalysisJson">Its analysis JSON for the pipeline version asked for, or null when it has none.</param>
public sealed record StoredArticle(Article Article, string? AnalysisJson);
