namespace Crosscheck.Signals;

/// <summary>Article-level scores derived from the signals.</summary>
/// <param name="Sensationalism">In [0, 1]: low for plain wire copy, high for tabloid rewrites.</param>
public sealed record ArticleScores(double Sensationalism)
{
    /// <summary>Scores of an article with no signals.</summary>
    public static ArticleScores None { get; } = new(0);
}
