namespace Crosscheck.Signals;

/// <summary>Options of <see cref="PropagandaTrainer"/>; the defaults reproduce the shipped model.</summary>
public sealed record PropagandaTrainingOptions
{
    /// <summary>Default options.</summary>
    public static PropagandaTrainingOptions Default { get; } = new();

    /// <summary>Seed of the shuffles: same data and seed, same weights.</summary>
    public int Seed { get; init; } = 20200912;

    /// <summary>Passes of stochastic gradient descent over the tokens.</summary>
    public int SpanEpochs { get; init; } = 10;

    /// <summary>Initial learning rate of the span tagger; divided by (1 + epoch).</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Passes of each averaged perceptron of the technique classifier over its examples.</summary>
    public int TechniqueEpochs { get; init; } = 8;

    /// <summary>
    /// Averaged perceptrons of the technique classifier, each over its own shuffle of the examples (seeds
    /// <see cref="Seed"/>, <see cref="Seed"/> + 1, ...), whose weights are averaged: one run's labels swing with the order
    /// it saw the examples in (cross-validated labelled F1 moves by ±0.003 with any small change), the mean of five does less.
    /// </summary>
    public int TechniqueBags { get; init; } = 5;

    /// <summary>Features seen fewer times than this in the training data are dropped.</summary>
    public int MinimumCount { get; init; } = 3;

    /// <summary>Token-probability threshold stored with the model for span identification.</summary>
    public double Threshold { get; init; } = 0.2;

    /// <summary>Clause-probability threshold stored with the model for span identification.</summary>
    public double ClauseThreshold { get; init; } = 0.25;

    /// <summary>Passes of stochastic gradient descent over the clauses.</summary>
    public int ClauseEpochs { get; init; } = 10;

    /// <summary>
    /// Inner folds for the segment scorer's training data (the first pass scores each fold after training on the others);
    /// below 2, no segment scorer is trained and spans come from the token and clause thresholds.
    /// </summary>
    public int SegmentFolds { get; init; } = 5;

    /// <summary>Passes of stochastic gradient descent over the candidate segments.</summary>
    public int SegmentEpochs { get; init; } = 16;

    /// <summary>Segment-score threshold stored with the model for span identification.</summary>
    public double SegmentThreshold { get; init; } = 0.35;

    /// <summary>The greedy decoding order of rounds 4 to 11 (score × tokens^alpha), written to the model file; unused by the exact decoding of round 12.</summary>
    public double SegmentAlpha { get; init; }

    /// <summary>Weight of the segment scorer's recall head in a segment's value; 0 trains no recall head.</summary>
    public double SegmentBeta { get; init; } = 0.65;

    /// <summary>
    /// The recall credit the recall head learns is capped at this many gold spans' worth and divided by it (the value's
    /// recall weight is multiplied by it): the metric pays a segment the whole share of every gold span it covers, so a
    /// sentence holding two gold spans earns 2, which a cap of 1 under-rated.
    /// </summary>
    public double SegmentRecallCap { get; init; } = 2;

    /// <summary>Whether a sentence classifier (over the clause classifier's keys) feeds the segment scorer.</summary>
    public bool SentenceClassifier { get; init; } = true;

    /// <summary>Whether per-word log-odds of being inside a span (smoothed counts) feed the segment scorer.</summary>
    public bool WordOdds { get; init; } = true;

    /// <summary>Whether the technique classifier also learns from whole sentences (and, with <see cref="TechniqueClausePairs"/>, clause pairs), as the segment scorer emits them.</summary>
    public bool TechniqueSegments { get; init; } = true;

    /// <summary>
    /// Whether the technique classifier also learns from pairs of adjacent clauses (rounds 5 to 12 did). Each pair repeats
    /// two clauses the classifier already learns from, labelled by the technique covering most of the two, so long
    /// majority labels weigh twice; without them, 5-fold CV labelled F1 0.1917 → 0.1929 and, on the second split
    /// (seed 7), 0.1915 → 0.1934, span identification unchanged (docs/accuracy.md, round 13).
    /// </summary>
    public bool TechniqueClausePairs { get; init; }
}
