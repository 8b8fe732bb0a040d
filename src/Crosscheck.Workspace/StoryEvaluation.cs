using Crosscheck.Stories;

namespace Crosscheck.Workspace;

/// <summary>The scores of story grouping on a labelled set, and what was run.</summary>
/// <param name="Format">The file's layout.</param>
/// <param name="Scores">Pairwise, B-cubed, ARI and NMI.</param>
/// <param name="DuplicatePairs">Articles marked as copies of another.</param>
/// <param name="Elapsed">Time spent grouping (reading excluded).</param>
public sealed record StoryEvaluation(string Format, ClusteringScores Scores, int DuplicatePairs, TimeSpan Elapsed);
