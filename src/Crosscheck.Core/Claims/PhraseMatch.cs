using Crosscheck.Documents;

namespace Crosscheck.Claims;

/// <summary>One phrase found by a <see cref="PhraseMatcher{T}"/>.</summary>
/// <param name="FirstToken">Index of the phrase's first token.</param>
/// <param name="TokenCount">How many tokens the phrase spans.</param>
/// <param name="Span">Where the phrase is in the text.</param>
/// <param name="Value">The value stored with the phrase.</param>
internal readonly record struct PhraseMatch<T>(int FirstToken, int TokenCount, TextSpan Span, T Value);
