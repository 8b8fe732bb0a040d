using Crosscheck.Pipeline;
using Crosscheck.Stories;

namespace Crosscheck.CrossCheck;

/// <summary>Copies found by story grouping's MinHash/LSH near-duplicate detection over the article bodies.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="options">Duplicate-detection settings; the defaults when null.</param>
public sealed class MinHashCopyDetector(DuplicateOptions? options = null) : ICopyDetector
{
    private readonly DuplicateDetector _detector = new(options);

    /// <summary>A detector with the default settings.</summary>
    public static MinHashCopyDetector Default { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<ProvenanceLink> Detect(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var inputs = new StoryInput[articles.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            var article = articles[i].Article;
            inputs[i] = new StoryInput(article.Id, "", article.Text, article.Outlet, article.PublishedAt);
        }
        return ProvenanceLink.FromDuplicateGroups(_detector.Detect(inputs, cancellationToken));
    }
}
