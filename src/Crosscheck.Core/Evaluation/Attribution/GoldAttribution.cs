using Crosscheck.Documents;

namespace Crosscheck.Evaluation.Attribution;

/// <summary>
/// One annotated attribution relation (a brat <c>E</c> line): its content, cue and source spans. A role may be
/// discontinuous, so each is a list of fragments in text order.
/// </summary>
/// <param name="Content">The attributed content fragments.</param>
/// <param name="Cue">The cue fragments ("said", "according to"); empty when the annotator marked none.</param>
/// <param name="Source">The source fragments; empty for PolNeAR's <c>Attribution-no-source</c> relations.</param>
public sealed record GoldAttribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source)
{
    /// <summary>Whether the annotator marked a source for this relation.</summary>
    public bool HasSource => Source.Count > 0;
}
