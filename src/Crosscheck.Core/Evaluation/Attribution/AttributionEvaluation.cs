namespace Crosscheck.Evaluation.Attribution;

/// <summary>Micro-averaged attribution scores over a set of documents (see <see cref="AttributionScorer"/> for the definitions).</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Source">Source span scores (gold Source vs <c>Quote.SpeakerSpan</c>).</param>
/// <param name="Cue">Cue span scores (gold Cue vs <c>Quote.CueSpan</c>).</param>
/// <param name="Content">Content span scores (gold Content vs <c>Quote.Parts</c>/<c>Quote.Span</c>).</param>
/// <param name="Relation">Relations whose content overlaps and whose speaker span overlaps the gold source (the headline figure).</param>
/// <param name="RelationByName">As <paramref name="Relation"/>, but the speaker also matches when the resolved name shares a name word with the gold source text.</param>
/// <param name="ContentOnly">Relations whose content overlaps, whatever the speaker (an upper bound for <paramref name="Relation"/>).</param>
public sealed record AttributionEvaluation(
    int Documents, RoleScore Source, RoleScore Cue, RoleScore Content,
    PrecisionRecall Relation, PrecisionRecall RelationByName, PrecisionRecall ContentOnly)
{
    /// <summary>No documents.</summary>
    public static AttributionEvaluation Empty { get; } =
        new(0, RoleScore.Empty, RoleScore.Empty, RoleScore.Empty, default, default, default);

    /// <summary>Micro-averaging: the counts of both added.</summary>
    public static AttributionEvaluation operator +(AttributionEvaluation left, AttributionEvaluation right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Documents + right.Documents, left.Source + right.Source, left.Cue + right.Cue, left.Content + right.Content,
            left.Relation + right.Relation, left.RelationByName + right.RelationByName, left.ContentOnly + right.ContentOnly);
    }

    /// <summary>Same as <c>+</c>, for languages without operator overloading.</summary>
    public static AttributionEvaluation Add(AttributionEvaluation left, AttributionEvaluation right) => left + right;
}
