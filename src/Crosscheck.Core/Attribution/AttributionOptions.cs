namespace Crosscheck.Attribution;

/// <summary>Options of the attribution stage.</summary>
public sealed record AttributionOptions
{
    /// <summary>Default options.</summary>
    public static AttributionOptions Default { get; } = new();

    /// <summary>
    /// The fewest words a quoted run without any speaker must have to count as a quote. Shorter runs are scare
    /// quotes or titles ("so-called “peacekeepers”"). Default 4.
    /// </summary>
    public int MinUnattributedQuoteWords { get; init; } = 4;

    /// <summary>The trained cue classifier and its vocabulary. Default: the shipped model (<see cref="CueModel.Shipped"/>).</summary>
    public CueModel CueModel { get; init; } = CueModel.Shipped;

    /// <summary>
    /// The score above which a learned word (one the hand lexicon lacks) is a cue. Low on purpose: the quote filter
    /// (<see cref="QuoteFilterThreshold"/>) prunes the quotes the doubtful cues make. Chosen with the filter's threshold by
    /// five-fold cross-validation on PolNeAR train (see docs/accuracy.md). Default -4.
    /// </summary>
    public float CueThreshold { get; init; } = DefaultCueThreshold;

    /// <summary>The default of <see cref="CueThreshold"/>, which training reads too.</summary>
    internal const float DefaultCueThreshold = -4f;

    /// <summary>
    /// The score below which a word of the hand lexicon is not a cue where it stands ("said" in "the said
    /// agreement"); <see cref="float.NegativeInfinity"/> turns the check off. Chosen on a split of PolNeAR train. Default -6.
    /// </summary>
    public float HandCueVeto { get; init; } = -6f;

    /// <summary>
    /// The cue-model score from which a cue whose subject no speaker rule parses takes the noun phrase before it as
    /// its source ("Six in 10 say", "super PACs backing Ruiz"); <see cref="float.PositiveInfinity"/> turns this off. Chosen by
    /// five-fold cross-validation on PolNeAR train (see docs/accuracy.md). Default -3.
    /// </summary>
    public float FallbackSubjectScore { get; init; } = DefaultFallbackSubjectScore;

    /// <summary>The default of <see cref="FallbackSubjectScore"/>, which training reads too.</summary>
    internal const float DefaultFallbackSubjectScore = -3f;

    /// <summary>
    /// Whether the cue model's source-boundary weights, when it has them, decide where a source phrase starts and
    /// whether an apposition after the speaker belongs to it; false keeps the hand rules. Default true.
    /// </summary>
    public bool LearnedSourceBoundaries { get; init; } = true;

    /// <summary>
    /// The quote filter's relation score (a log-odds that annotators mark the quote with this speaker) below which a
    /// finished quote is dropped, unless its content score reaches <see cref="ContentFilterThreshold"/>, where the cue
    /// model carries quote-filter weights; <see cref="float.NegativeInfinity"/> keeps every quote. Chosen by five-fold
    /// cross-validation on PolNeAR train (see docs/accuracy.md). Default -0.75 (a probability of about 0.32).
    /// </summary>
    public float QuoteFilterThreshold { get; init; } = -0.75f;

    /// <summary>
    /// The quote filter's content score (a log-odds) from which a quote stays even when its relation score is low (its content
    /// is likely right though its speaker is not); lower keeps more contents at the cost of relation precision (see
    /// docs/accuracy.md). Default <see cref="float.PositiveInfinity"/>: the relation score alone decides.
    /// </summary>
    public float ContentFilterThreshold { get; init; } = float.PositiveInfinity;
}
