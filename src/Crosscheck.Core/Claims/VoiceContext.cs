using Crosscheck.Pipeline;

namespace Crosscheck.Claims;

/// <summary>What the claims stage consults to decide a claim's voice, indexed once per article.</summary>
/// <param name="Document">The article being analysed.</param>
/// <param name="QuotationMarks">Text between double quotation marks.</param>
/// <param name="Quotes">Spans of <see cref="AnalyzedArticle.Quotes"/>, positions matching that list.</param>
/// <param name="Citations">Spans of <see cref="AnalyzedArticle.Citations"/>, positions matching that list.</param>
internal sealed record VoiceContext(AnalyzedArticle Document, SpanIndex QuotationMarks, SpanIndex Quotes, SpanIndex Citations);
