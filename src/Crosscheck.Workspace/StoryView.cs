using Crosscheck.Documents;
using Crosscheck.Stories;

namespace Crosscheck.Workspace;

/// <summary>A story with its articles' metadata, as the shells show it.</summary>
/// <param name="Story">The story.</param>
/// <param name="Articles">Its articles, in the story's member order.</param>
/// <param name="Duplicates">Every duplicate group of the run (those touching this story matter here).</param>
public sealed record StoryView(Story Story, IReadOnlyList<Article> Articles, IReadOnlyList<DuplicateGroup> Duplicates)
{
    /// <summary>The duplicate groups with a member in this story.</summary>
    public IReadOnlyList<DuplicateGroup> OwnDuplicates()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in Story.Members)
        {
            ids.Add(member.ArticleId);
        }
        var own = new List<DuplicateGroup>();
        foreach (var group in Duplicates)
        {
            if (ids.Contains(group.OriginalId) || group.Copies.Any(c => ids.Contains(c.ArticleId)))
            {
                own.Add(group);
            }
        }
        return own;
    }
}
