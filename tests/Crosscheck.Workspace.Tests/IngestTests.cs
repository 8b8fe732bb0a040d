using Crosscheck.Documents;
using Crosscheck.Ingest.Reading;
using Crosscheck.Pipeline;

namespace Crosscheck.Workspace.Tests;

public sealed class IngestTests
{
    [Fact]
    public async Task Stores_in_batches_of_the_given_size()
    {
        // Given
        var store = new RecordingStore();

        // When
        var summary = await new CrosscheckWorkspace().IngestAsync(store, Results(25), new IngestOptions { BatchSize = 10, Analyze = false });

        // Then
        Assert.Equal([10, 10, 5], store.BatchSizes);
        Assert.Equal((25, 25, 0, 0), (summary.Read, summary.Added, summary.Skipped, summary.Failed));
    }

    [Fact]
    public async Task Streams_the_input_instead_of_reading_it_all_first()
    {
        // Given: a source that counts how far it has been read
        var produced = 0;
        IEnumerable<IngestResult> Counting()
        {
            foreach (var result in Results(1000))
            {
                Interlocked.Increment(ref produced);
                yield return result;
            }
        }
        var producedAtFirstBatch = -1;
        var store = new RecordingStore { OnBatch = _ => producedAtFirstBatch = producedAtFirstBatch < 0 ? Volatile.Read(ref produced) : producedAtFirstBatch };

        // When
        await new CrosscheckWorkspace().IngestAsync(store, Counting(), new IngestOptions { BatchSize = 10, Analyze = false });

        // Then: reading runs at most about two batches ahead of storage
        Assert.InRange(producedAtFirstBatch, 10, 35);
        Assert.Equal(1000, await store.CountArticlesAsync());
    }

    [Fact]
    public async Task Skips_stored_articles_and_duplicates_without_analysing_them()
    {
        // Given
        var analysed = 0;
        var workspace = new CrosscheckWorkspace(new AnalysisPipelineBuilder().Use(new CountingStage(() => Interlocked.Increment(ref analysed))).Build());
        var store = new RecordingStore();
        await workspace.IngestAsync(store, Results(4));
        analysed = 0;

        // When: the four again, one new, and the new one twice
        var summary = await workspace.IngestAsync(store, [.. Results(5), Results(5)[^1]]);

        // Then
        Assert.Equal(1, analysed);
        Assert.Equal((6, 1, 5), (summary.Read, summary.Added, summary.Skipped));
        Assert.Equal(5, store.Analyses.Count);
    }

    [Fact]
    public async Task An_article_whose_analysis_fails_is_an_error_and_the_rest_is_stored()
    {
        // Given
        var workspace = new CrosscheckWorkspace(new AnalysisPipelineBuilder().Use(new FailingStage("a2")).Build());
        var store = new RecordingStore();

        // When
        var summary = await workspace.IngestAsync(store, [.. Results(3), IngestResult.Failure("broken.html", "empty file")]);

        // Then
        Assert.Equal((2, 2, 0, 2), (summary.Read, summary.Added, summary.Skipped, summary.Failed));
        Assert.Contains(summary.Errors, e => e.Source == "src/a2.txt" && e.Reason.StartsWith("analysis failed: ", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.Source == "broken.html");
        Assert.Null(await store.GetArticleAsync("a2"));
    }

    [Fact]
    public async Task Reports_progress_that_ends_at_the_totals()
    {
        // Given
        var reports = new List<IngestProgress>();
        var progress = new SynchronousProgress(reports.Add);

        // When
        await new CrosscheckWorkspace().IngestAsync(new RecordingStore(), [.. Results(12), IngestResult.Failure("x", "bad")],
            new IngestOptions { BatchSize = 5, Analyze = false }, progress);

        // Then
        Assert.NotEmpty(reports);
        Assert.Equal((12, 12, 0, 1), (reports[^1].Read, reports[^1].Added, reports[^1].Skipped, reports[^1].Failed));
        Assert.Equal(reports.Select(r => r.Added).Order(), reports.Select(r => r.Added));
    }

    [Fact]
    public async Task Dash_without_standard_input_is_an_error_not_a_hang()
    {
        var summary = await new CrosscheckWorkspace().IngestAsync(new RecordingStore(), ["-"]);

        Assert.Equal("-", Assert.Single(summary.Errors).Source);
    }

    private static List<IngestResult> Results(int count) =>
        [.. Enumerable.Range(0, count).Select(i => IngestResult.Success(new Article { Id = $"a{i}", Source = $"src/a{i}.txt", Text = $"Text number {i}." }))];

    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }

    private sealed class CountingStage(Action onProcess) : IAnalysisStage
    {
        public string Name => "counting";

        public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken)
        {
            onProcess();
            return document;
        }
    }

    private sealed class FailingStage(string failingId) : IAnalysisStage
    {
        public string Name => "failing";

        public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken) =>
            document.Article.Id == failingId ? throw new InvalidOperationException("stage exploded") : document;
    }
}
