using Crosscheck.Ingest.Reading;
using Crosscheck.Pipeline;

namespace Crosscheck.Workspace;

/// <summary>The outcome of reading and analysing a set of inputs: the analyses, in input order, and the failures.</summary>
/// <param name="Articles">Analyses of every article read, in the order the inputs gave them.</param>
/// <param name="Errors">Inputs that could not be read, each with a one-line reason.</param>
public sealed record AnalysisBatch(IReadOnlyList<AnalyzedArticle> Articles, IReadOnlyList<IngestError> Errors);
