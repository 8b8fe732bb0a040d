using System.Text;
using Crosscheck.CrossCheck;
using Crosscheck.Documents;
using Crosscheck.Ingest.Reading;
using Crosscheck.Pipeline;
using Crosscheck.Reports;
using Crosscheck.Storage;
using Crosscheck.Storage.PostgreSql;
using Crosscheck.Storage.Sqlite;

namespace Crosscheck.Workspace;

/// <summary>
/// The one facade the shells (CLI, web) call: read, analyse, compare, store and report. A feature is written once here
/// and every shell gets it.
/// </summary>
/// <remarks>Thread-safe: holds only the immutable pipeline and reader.</remarks>
/// <param name="pipeline">The analysis pipeline; <see cref="AnalysisPipeline.Default"/> when null.</param>
/// <param name="reader">The article reader; <see cref="ArticleReader.Default"/> when null.</param>
public sealed partial class CrosscheckWorkspace(AnalysisPipeline? pipeline = null, ArticleReader? reader = null)
{
    /// <summary>Identifies the analysis stored with each article, so a changed pipeline does not reuse stale results.</summary>
    /// <remarks>
    /// Bump it when the stored JSON changes shape: "2" added each quote's "reports", "3" its source phrase span
    /// ("sourceStart", "sourceLength"), which <c>crosscheck quotes</c> reads back, "4" relayed quotes ("relayedBy",
    /// "relayedByStart", "relayedByLength") and the relations that relay them ("relays").
    /// </remarks>
    public const string PipelineVersion = "4";

    /// <summary>The default SQLite file, relative to the working directory.</summary>
    public const string DefaultDatabasePath = "crosscheck.db";

    /// <summary>The pipeline every analysis runs through.</summary>
    public AnalysisPipeline Pipeline { get; } = pipeline ?? AnalysisPipeline.Default;

    /// <summary>The reader that turns paths into articles.</summary>
    public ArticleReader Reader { get; } = reader ?? ArticleReader.Default;

    /// <summary>
    /// Opens (creating if needed) the store named by <paramref name="database"/>: a PostgreSQL URL
    /// (<c>postgres://user:pass@host:port/db</c>) or connection string (<c>Host=...</c>), else a SQLite file path.
    /// </summary>
    /// <exception cref="StoreException">The store cannot be opened, or is not a Crosscheck database.</exception>
    /// <exception cref="ArgumentException">A PostgreSQL URL or connection string cannot be parsed.</exception>
    public static async Task<IArticleStore> OpenStoreAsync(string database, CancellationToken cancellationToken = default) =>
        PostgreSqlConnection.IsPostgreSql(database)
            ? await PostgreSqlArticleStore.OpenAsync(database, cancellationToken).ConfigureAwait(false)
            : await SqliteArticleStore.OpenAsync(database, cancellationToken).ConfigureAwait(false);

    /// <summary>Reads every input and analyses the articles in parallel; results keep input order.</summary>
    public AnalysisBatch Analyze(IEnumerable<string> paths, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var articles = new List<Article>();
        var errors = new List<IngestError>();
        foreach (var result in Reader.Read(paths, cancellationToken))
        {
            if (result.Article is { } article)
            {
                articles.Add(article);
            }
            else if (result.Error is { } error)
            {
                errors.Add(error);
                progress?.Report(new BatchProgress(articles.Count + errors.Count, errors.Count, error.Source));
            }
        }
        return new AnalysisBatch(AnalyzeArticles(articles, errors.Count, progress, cancellationToken), errors);
    }

    /// <summary>Analyses articles in parallel; results keep the given order.</summary>
    public IReadOnlyList<AnalyzedArticle> AnalyzeArticles(
        IReadOnlyList<Article> articles, int alreadyFailed = 0, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var analyses = new AnalyzedArticle[articles.Count];
        var done = alreadyFailed;
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            analyses[i] = Pipeline.Analyze(articles[i], cancellationToken);
            progress?.Report(new BatchProgress(Interlocked.Increment(ref done), alreadyFailed, articles[i].Source));
        });
        return analyses;
    }

    /// <summary>Aligns the quotes and claims of the analysed articles.</summary>
    public ComparisonReport Compare(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken = default) =>
        Comparer.Compare(articles, cancellationToken);

    /// <summary>Stores an analysed batch: the articles and each analysis as contract JSON, in one transaction.</summary>
    public static async Task<IngestSummary> StoreAsync(IArticleStore store, AnalysisBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(batch);
        var analyses = new List<StoredAnalysis>(batch.Articles.Count);
        foreach (var analysis in batch.Articles)
        {
            using var json = new StringWriter();
            ReportWriter.WriteAnalyses([analysis], ReportFormat.Jsonl, json);
            analyses.Add(new StoredAnalysis(analysis.Article.Id, PipelineVersion, json.ToString().TrimEnd()));
        }
        var added = await store.AddArticlesAsync([.. batch.Articles.Select(a => a.Article)], analyses, cancellationToken).ConfigureAwait(false);
        return new IngestSummary(batch.Articles.Count, added, batch.Errors);
    }

    /// <summary>Writes an analysis report.</summary>
    public static void WriteAnalyses(IReadOnlyList<AnalyzedArticle> articles, ReportFormat format, TextWriter output) =>
        ReportWriter.WriteAnalyses(articles, format, output);

    /// <summary>Writes a comparison report.</summary>
    public static void WriteComparison(ComparisonReport report, ReportFormat format, TextWriter output) =>
        ReportWriter.WriteComparison(report, format, output);

    /// <summary>
    /// Runs the demo: ingests <paramref name="corpusDirectory"/> into the SQLite file at <paramref name="databasePath"/>
    /// (created when missing), analyses it, compares the demo story and writes the HTML report.
    /// </summary>
    /// <remarks>
    /// An existing file is never deleted: it must be a Crosscheck database, and ingest is idempotent, so a re-run adds
    /// nothing and a user's own store passed by mistake loses nothing.
    /// The corpus goes through story grouping (with the analyses' entities) and near-duplicate detection; the demo story
    /// is the largest story, and articles outside it are reported as unrelated.
    /// </remarks>
    public async Task<DemoResult> RunDemoAsync(
        string corpusDirectory, string databasePath, string htmlPath, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var batch = Analyze([corpusDirectory], progress, cancellationToken);
        IngestSummary summary;
        var store = await OpenStoreAsync(databasePath, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            summary = await StoreAsync(store, batch, cancellationToken).ConfigureAwait(false);
        }

        var stories = GroupAnalyzed(batch.Articles, cancellationToken: cancellationToken);
        var story = LargestStory(stories, batch.Articles);
        var storyIds = story.Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
        var report = Compare(story, cancellationToken);
        var unrelated = batch.Articles.Where(a => !storyIds.Contains(a.Article.Id)).ToList();

        await using (var html = new StreamWriter(htmlPath, append: false, new UTF8Encoding(false)))
        {
            ReportWriter.WriteComparison(report, ReportFormat.Html, html);
        }
        return new DemoResult(summary, report, unrelated, Path.GetFullPath(databasePath), Path.GetFullPath(htmlPath)) { Stories = stories };
    }
}
