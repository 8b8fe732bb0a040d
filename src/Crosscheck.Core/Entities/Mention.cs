using Crosscheck.Documents;

namespace Crosscheck.Entities;

/// <summary>A stretch of text that refers to an entity.</summary>
/// <param name="Span">Where the mention is.</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Kind">What kind of entity it names.</param>
/// <param name="Key">Canonical name: the entity's full name as first written in the article ("Aleksandar Vidric").</param>
/// <param name="Form">Whether it is a name, alias, descriptor or pronoun.</param>
public sealed record Mention(TextSpan Span, string Text, EntityKind Kind, string Key, MentionForm Form = MentionForm.Name)
{
    /// <summary>A title or role attached to the mention ("President", "US Ambassador to Serbia"), when written.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Whether the person is named only in runs of names, such as a poll widget's choices ("Tomas Berg Anna Ruiz"),
    /// never in prose: such a name is not what a later bare surname means.
    /// </summary>
    public bool Listed { get; init; }
}
