namespace Crosscheck.Stories;

/// <summary>Settings of incremental story grouping. The defaults were tuned on two public sets (see docs/accuracy.md).</summary>
public sealed record StoryOptions
{
    /// <summary>The defaults.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>An article joins the best story when its decayed cosine similarity to the story reaches this.</summary>
    public double JoinThreshold { get; init; } = 0.15;

    /// <summary>Two stories merge in the periodic merge step when their centroids' cosine reaches this.</summary>
    public double MergeThreshold { get; init; } = 0.2;

    /// <summary>Time constant of the decay, in days: similarity is multiplied by exp(−gap / scale).</summary>
    public double DecayDays { get; init; } = 1;

    /// <summary>Gaps up to this many days do not decay: same-day and next-morning coverage of one event is the norm.</summary>
    public double GraceDays { get; init; }

    /// <summary>An event spans at most this many days between an article and the story's nearest article.</summary>
    public double EventWindowDays { get; init; } = 7;

    /// <summary>Events whose centroids reach this cosine, within <see cref="StorylineWindowDays"/>, form one storyline.</summary>
    public double StorylineThreshold { get; init; } = 0.3;

    /// <summary>How far apart two events of one storyline may be, in days.</summary>
    public double StorylineWindowDays { get; init; } = 60;

    /// <summary>How much a headline word counts against a body word.</summary>
    public double TitleWeight { get; init; } = 3;

    /// <summary>How much an entity (an analysed mention, or a capitalised word mid-sentence in plain text) counts.</summary>
    public double EntityWeight { get; init; } = 2;

    /// <summary>
    /// Factor applied when the article's outlet already has an article in the story: one outlet rarely runs two
    /// articles on one event on the same day, so such a match needs more evidence.
    /// </summary>
    public double SameOutletFactor { get; init; } = 0.85;

    /// <summary>
    /// Pseudo-documents added to the count behind inverse document frequency, as if the stream had started after this
    /// many articles on other subjects: in a small collection every shared name looks common (a name in all seven
    /// articles of one story would weigh nothing), and the prior fades as real articles accumulate.
    /// </summary>
    public double BackgroundDocuments { get; init; } = 100;

    /// <summary>An article is represented by its highest-weighted terms only (keeps long articles cheap).</summary>
    public int MaxArticleTerms { get; init; } = 40;

    /// <summary>A story centroid keeps at most this many terms.</summary>
    public int MaxCentroidTerms { get; init; } = 120;

    /// <summary>Candidate stories are looked up by this many of the article's top terms.</summary>
    public int QueryTerms { get; init; } = 20;

    /// <summary>At most this many most recent stories are examined per query term.</summary>
    public int MaxPostingsPerTerm { get; init; } = 50;

    /// <summary>Of the candidate stories, only this many sharing the most query-term weight get a full similarity.</summary>
    public int MaxCandidates { get; init; } = 30;

    /// <summary>Stories of at most this many articles get a last chance to join a larger story when the stream ends.</summary>
    public int SweepSize { get; init; } = 1;

    /// <summary>The merge step runs after this many articles (and once at the end).</summary>
    public int MergeInterval { get; init; } = 500;
}
