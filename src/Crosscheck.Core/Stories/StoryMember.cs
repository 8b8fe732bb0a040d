namespace Crosscheck.Stories;

/// <summary>One article of a story.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="DuplicateOf">The original this article copies (the earliest of its duplicate group), or null.</param>
public sealed record StoryMember(string ArticleId, string? DuplicateOf);
