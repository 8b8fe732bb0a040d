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

    /// <summary>The seed of the fold assignment and of training, when cross-validated.</summary>
    public int? Seed { get; init; }

    /// <summary>
    /// Each held-out fold's own SI and labelled F1, in fold order, when cross-validated: a change that helps on every
    /// fold is more likely to hold on unseen data than one that moves the pooled figure.
    /// </summary>
    public IReadOnlyList<(double SpanIdentification, double Labelled)> FoldF1 { get; init; } = [];
}
