namespace Crosscheck.Signals;

/// <summary>Options of the signals stage.</summary>
public sealed record SignalOptions
{
    /// <summary>Default options.</summary>
    public static SignalOptions Default { get; } = new();

    /// <summary>
    /// Scale of the squash that turns weighted signal density (per 100 words) into sensationalism:
    /// <c>1 - exp(-rate * density)</c>. At the default a density of 1 scores about 0.5.
    /// </summary>
    public double SensationalismRate { get; init; } = 0.7;

    /// <summary>
    /// Factor applied to the weight of a signal inside a quotation: a speaker's loaded word is reported, not the
    /// outlet's own framing, so it counts for less.
    /// </summary>
    public double QuotedWeightFactor { get; init; } = 0.4;

    /// <summary>Articles shorter than this many words are scored as if they had this many, so a one-line text with one
    /// vivid word does not score as a tabloid.</summary>
    public int MinimumScoredWords { get; init; } = 60;

    /// <summary>The trained propaganda model run next to the lexicons; null turns it off. Defaults to the embedded model.</summary>
    public SignalModel? Model { get; init; } = SignalModel.Embedded;

    /// <summary>
    /// Token-probability threshold for model spans; null uses the model's own (tuned for span-identification F1). The
    /// analysis default is stricter, so a reader sees fewer, surer model signals.
    /// </summary>
    public double? ModelThreshold { get; init; } = 0.35;

    /// <summary>
    /// Clause-probability threshold above which a whole clause is a model span; null uses the model's own (tuned for
    /// span-identification F1). The analysis default is stricter.
    /// </summary>
    public double? ClauseThreshold { get; init; } = 0.5;

    /// <summary>
    /// Segment-value threshold (the predicted share of propaganda in a segment plus <see cref="SegmentRecallWeight"/> times
    /// the recall head's output) for models with a segment scorer; null uses the model's own threshold and recall weight
    /// (tuned for span-identification F1). The analysis default is stricter, so a reader sees fewer, surer model signals.
    /// Round 12 (the recall head learns the credit of up to two gold spans, and the eval decodes exactly): out of fold on
    /// PTC (`Crosscheck.Benchmarks signals-gate`), recall weight 0.65 with the gates 0.65 / 2 (below) and threshold 0.55
    /// show 704 model signals at SI precision 0.583, recall 0.048, where round 11's analysis showed 445 at 0.568 and
    /// 0.044; with the gates 0.6 / 1.5 and threshold 0.65, 651 at 0.575 and 0.049 for about 7 % more stage time; the
    /// model's own weight (1.3) at the old 0.85 showed 611 at precision 0.436. Before round 12 the default was 0.85.
    /// </summary>
    public double? SegmentThreshold { get; init; } = 0.55;

    /// <summary>
    /// The recall head's weight in a segment's value in analysis (with <see cref="SegmentThreshold"/> set); null uses the
    /// model's. The model's weight (twice 0.65, as its recall head predicts half the capped credit) serves the eval's
    /// span-identification F1, which pays long segments covering several gold spans; a reader is better served by segments
    /// whose own share of propaganda is high, so the analysis weighs recall less (see <see cref="SegmentThreshold"/>).
    /// </summary>
    public double? SegmentRecallWeight { get; init; } = 0.65;

    /// <summary>
    /// The token tagger runs only inside clauses the clause classifier scores at least this high (and counts as zero
    /// elsewhere): a speed knob. With a segment scorer, only sentences holding such a clause give candidates, and an
    /// article without one skips the tagger altogether. The analysis default keeps the tagger to the most charged
    /// clauses, so the stage stays within its time budget and shows only sure signals. Span-identification scoring
    /// runs ungated (0) for models with a segment scorer (which was trained on ungated tagger output) and at 0.1
    /// otherwise. 0 turns gating off. 0.6 before round 12 (see <see cref="SegmentThreshold"/>).
    /// </summary>
    public double CandidateGate { get; init; } = 0.65;

    /// <summary>
    /// The analysis cascade behind <see cref="CandidateGate"/>: a sentence holding a clause at the gate gives candidates
    /// only if one of its words has a word log-odds (the model's per-word odds of lying inside a propaganda span) at least
    /// this high; the tagger and the second pass skip the other sentences. A speed knob with a measured cost in what the
    /// reader sees: on PTC, out of fold, 1.5 shows 445 model signals instead of 477 at precision 0.568 instead of 0.550,
    /// and skips about a quarter of the tagger's gated tokens (docs/performance.md, Signals, round 11). Round 12: 2, with
    /// the candidate gate 0.65 and a lower segment threshold, shows as sure signals as before for about 7 % less stage time
    /// (see <see cref="SegmentThreshold"/>). 0 turns it off; span-identification scoring runs without it (ungated).
    /// </summary>
    public double SentenceOddsGate { get; init; } = 2;

    /// <summary>
    /// Whether a model span that overlaps a lexicon signal is kept too. Off in analysis (the lexicon's reason is
    /// plainer); on when scoring spans against gold data.
    /// </summary>
    public bool KeepOverlappingModelSpans { get; init; }
}
