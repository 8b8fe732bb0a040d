namespace Crosscheck.Stories;

/// <summary>The outcome of grouping a stream: a story number per article, a label per story and a storyline per story.</summary>
/// <param name="Assignments">Story number (0-based, in order of first appearance) of each article, in input order.</param>
/// <param name="Labels">Top terms of each story.</param>
/// <param name="Storylines">Storyline number of each story (the lowest story number of its storyline).</param>
public sealed record StoryClusters(IReadOnlyList<int> Assignments, IReadOnlyList<string> Labels, IReadOnlyList<int> Storylines);
