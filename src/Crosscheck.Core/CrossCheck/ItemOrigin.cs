namespace Crosscheck.CrossCheck;

/// <summary>One independent origin of an aligned item and the members that derive from it.</summary>
/// <param name="ArticleId">
/// The origin's article, or <c>outlet:</c> and a name when the members cite an outlet that has no article among those
/// compared.
/// </param>
/// <param name="Source">The origin's outlet, as a reader would name it.</param>
/// <param name="Members">Every member that traces back to this origin, each with its path (the origin's own first).</param>
public sealed record ItemOrigin(string ArticleId, string Source, IReadOnlyList<MemberPath> Members);
