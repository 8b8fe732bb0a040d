namespace Crosscheck.Ingest.Evaluation;

/// <summary>One page of an article-body benchmark (ScrapingHub's article-extraction-benchmark layout).</summary>
/// <param name="Id">The page's key in <c>ground-truth.json</c>.</param>
/// <param name="File">The HTML file's path (<c>html/ID.html.gz</c> or <c>html/ID.html</c>).</param>
/// <param name="ArticleBody">The gold article text.</param>
public sealed record ShingleGoldPage(string Id, string File, string ArticleBody);
