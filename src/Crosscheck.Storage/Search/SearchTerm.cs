namespace Crosscheck.Storage.Search;

/// <summary>One term of a search: a word, or a phrase of words that must appear in this order.</summary>
/// <param name="Text">The word or phrase, without quotes.</param>
/// <param name="Prefix">Whether the last word may be the start of a longer word (typed with a trailing <c>*</c>).</param>
public sealed record SearchTerm(string Text, bool Prefix);
