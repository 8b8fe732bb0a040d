namespace Crosscheck.Workspace.Tests;

public sealed class WorkspaceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "crosscheck-ws-" + Guid.NewGuid().ToString("N"));

    public WorkspaceTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public void Analyze_keeps_input_order_and_reports_failures_separately()
    {
        // Given
        var first = Write("1.txt", "Mayor Lena Brandt opened the bridge on Friday. \"It took ten years,\" she said.\n");
        var second = Write("2.txt", "The port of Kessel reopened on Monday after a two-day strike, officials said.\n");
        var missing = Path.Combine(_directory, "absent.txt");

        // When
        var batch = new CrosscheckWorkspace().Analyze([second, missing, first]);

        // Then
        Assert.Equal([second, first], batch.Articles.Select(a => a.Article.Source));
        var error = Assert.Single(batch.Errors);
        Assert.Equal(missing, error.Source);
    }

    [Fact]
    public async Task Ingest_is_idempotent_and_stores_each_analysis()
    {
        // Given
        Write("1.txt", "Mayor Lena Brandt opened the bridge on Friday. \"It took ten years,\" she said.\n");
        Write("2.txt", "The port of Kessel reopened on Monday after a two-day strike, officials said.\n");
        var workspace = new CrosscheckWorkspace();
        var database = Path.Combine(_directory, "store.db");

        // When
        IngestSummary firstRun, secondRun;
        string? analysis;
        await using (var store = await CrosscheckWorkspace.OpenStoreAsync(database))
        {
            firstRun = await workspace.IngestAsync(store, [_directory]);
            secondRun = await workspace.IngestAsync(store, [_directory]);
            var article = await store.ListArticlesAsync().FirstAsync();
            analysis = await store.GetAnalysisAsync(article.Id, CrosscheckWorkspace.PipelineVersion);
        }

        // Then
        Assert.Equal((2, 2), (firstRun.Read, firstRun.Added));
        Assert.Equal((2, 0), (secondRun.Read, secondRun.Added));
        Assert.NotNull(analysis);
        Assert.Contains("\"quotes\"", analysis, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
