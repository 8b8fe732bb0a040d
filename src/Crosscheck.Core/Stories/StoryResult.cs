namespace Crosscheck.Stories;

/// <summary>Stories and copies found in a set of articles.</summary>
/// <param name="Stories">The stories, ordered by their earliest article.</param>
/// <param name="Duplicates">The groups of copies.</param>
public sealed record StoryResult(IReadOnlyList<Story> Stories, IReadOnlyList<DuplicateGroup> Duplicates);
