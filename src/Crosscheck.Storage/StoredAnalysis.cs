namespace Crosscheck.Storage;

/// <summary>The analysis of one article as stored: contract JSON produced by a given pipeline version.</summary>
/// <param name="ArticleId">The analysed article.</param>
/// <param name="PipelineVersion">The pipeline that produced it.</param>
/// <param name="Json">The analysis as JSON.</param>
public sealed record StoredAnalysis(string ArticleId, string PipelineVersion, string Json);
