using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Signals;
using Crosscheck.Text;

namespace Crosscheck.Pipeline;

/// <summary>An article with everything the analysis stages found in it. Each stage returns a copy with its part set.</summary>
/// <param name="Article">The analysed article; every span indexes its <see cref="Documents.Article.Text"/>.</param>
public sealed record AnalyzedArticle(Article Article)
{
    /// <summary>Tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; init; } = [];

    /// <summary>Sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];

    /// <summary>Entity mentions in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    /// <summary>Attribution relations in text order.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Source citations in text order.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Claims in text order.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>Manipulation signals in text order.</summary>
    public IReadOnlyList<Signal> Signals { get; init; } = [];

    /// <summary>Article-level scores.</summary>
    public ArticleScores Scores { get; init; } = ArticleScores.None;

    /// <summary>
    /// The shared word ids of <see cref="Tokens"/> (see <see cref="TokenWords"/>), from the text stage to the stages after
    /// it; taken off the document the pipeline returns.
    /// </summary>
    internal TokenWords? Words { get; init; }
}
