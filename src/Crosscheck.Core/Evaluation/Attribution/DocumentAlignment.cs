namespace Crosscheck.Evaluation.Attribution;

/// <summary>How one document's predictions lined up with its gold relations, for scoring and error analysis.</summary>
/// <param name="Score">The document's counts.</param>
/// <param name="ContentMatches">One-to-one pairs whose contents overlap, whatever the speaker.</param>
/// <param name="RelationMatches">One-to-one pairs whose contents overlap and whose speaker spans match.</param>
public sealed record DocumentAlignment(AttributionEvaluation Score, IReadOnlyList<RelationMatch> ContentMatches, IReadOnlyList<RelationMatch> RelationMatches);
