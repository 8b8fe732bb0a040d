using Crosscheck.Documents;

namespace Crosscheck.Text;

/// <summary>A sentence of the article.</summary>
/// <param name="Index">Zero-based position among the article's sentences.</param>
/// <param name="Span">Where the sentence is, trimmed of surrounding whitespace.</param>
/// <param name="Paragraph">Zero-based index of the paragraph (blank-line separated block) that holds it.</param>
/// <param name="IsDateline">
/// Whether this is the dateline split off the start of a paragraph ("VELL, May 4 (Northgate Observer) -"), see
/// <see cref="Dateline"/>.
/// </param>
public sealed record Sentence(int Index, TextSpan Span, int Paragraph, bool IsDateline = false);
