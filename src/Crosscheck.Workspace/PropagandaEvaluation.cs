using Crosscheck.Signals;

namespace Crosscheck.Workspace;

/// <summary>Scores of Crosscheck's signals on PTC-style gold data.</summary>
/// <param name="Articles">Articles scored.</param>
/// <param name="Folds">Cross-validation folds (0 when the shipped model was scored as is).</param>
/// <param name="Threshold">The model's token-probability threshold used.</param>
/// <param name="ClauseThreshold">The model's clause-probability threshold used.</param>
/// <param name="SpanIdentification">Span identification (technique ignored), partial-overlap credit.</param>
/// <param name="Labelled">Labelled spans (technique must match), partial-overlap credit.</param>
/// <param name="Elapsed">Wall-clock time of training and prediction.</param>
public sealed record PropagandaEvaluation(int Articles, int Folds, double Threshold, double ClauseThreshold, PropagandaScore SpanIdentification, PropagandaScore Labelled, TimeSpan Elapsed)
{
    /// <summary>The segment-score threshold, when the models picked spans with a segment scorer (then the token and clause thresholds are unused).</summary>
    public double? SegmentThreshold { get; init; }
}
