using Crosscheck.Documents;

namespace Crosscheck.Storage.Tests;

/// <summary>
/// Behaviour every <see cref="IArticleStore"/> backend must show. A backend's test class derives from this and says
/// how to open its store; each test instance gets a fresh, empty store.
/// </summary>
public abstract class ArticleStoreContract
{
    /// <summary>Opens the store under test; calling it again opens the same data (a reopen).</summary>
    protected abstract Task<IArticleStore> OpenStoreAsync();

    protected static Article SampleArticle(string id = "a1", DateTimeOffset? publishedAt = null, string title = "Harbour bridge reopens") => new()
    {
        Id = id,
        Source = $"corpus/{id}.md",
        Url = $"https://meridian-post.example/news/{id}",
        Outlet = "Meridian Post",
        Title = title,
        Authors = ["Ana Kovač", "Tom O'Hara"],
        PublishedAt = publishedAt ?? new DateTimeOffset(2025, 3, 4, 9, 30, 15, TimeSpan.FromHours(2)),
        Language = "hr",
        Text = "The bridge reopened on Tuesday, “ahead of schedule”, officials said.\n\nTraffic resumed at noon. 🚲",
        SourceOffset = 87,
        Origin = "markdown",
    };

    [Fact]
    public async Task Round_trips_every_field()
    {
        // Given
        await using var store = await OpenStoreAsync();
        var article = SampleArticle();

        // When
        var added = await store.AddArticlesAsync([article]);
        var read = await store.GetArticleAsync(article.Id);

        // Then
        Assert.Equal(1, added);
        Assert.NotNull(read);
        Assert.Equal(article.Id, read.Id);
        Assert.Equal(article.Source, read.Source);
        Assert.Equal(article.Url, read.Url);
        Assert.Equal(article.Outlet, read.Outlet);
        Assert.Equal(article.Title, read.Title);
        Assert.Equal(article.Authors, read.Authors);
        Assert.Equal(article.PublishedAt, read.PublishedAt);
        Assert.Equal(article.PublishedAt!.Value.Offset, read.PublishedAt!.Value.Offset);
        Assert.Equal(article.Language, read.Language);
        Assert.Equal(article.Text, read.Text);
        Assert.Equal(article.SourceOffset, read.SourceOffset);
        Assert.Equal(article.Origin, read.Origin);
    }

    [Fact]
    public async Task Round_trips_missing_optional_fields()
    {
        // Given
        await using var store = await OpenStoreAsync();
        var article = new Article { Id = "bare", Source = "notes.txt", Text = "Only text." };

        // When
        await store.AddArticlesAsync([article]);
        var read = await store.GetArticleAsync("bare");

        // Then
        Assert.NotNull(read);
        Assert.Null(read.Url);
        Assert.Null(read.PublishedAt);
        Assert.Empty(read.Authors);
        Assert.Equal("", read.Outlet);
        Assert.Equal("", read.Title);
        Assert.Equal("en", read.Language);
        Assert.Equal("text", read.Origin);
        Assert.Equal(0, read.SourceOffset);
    }

    [Fact]
    public async Task Unknown_article_is_null()
    {
        await using var store = await OpenStoreAsync();

        Assert.Null(await store.GetArticleAsync("missing"));
    }

    [Fact]
    public async Task Adding_again_returns_zero_and_changes_nothing()
    {
        // Given
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync([SampleArticle("a1"), SampleArticle("a2")]);

        // When
        var added = await store.AddArticlesAsync([SampleArticle("a1", title: "A different headline")]);

        // Then
        Assert.Equal(0, added);
        Assert.Equal(2, await store.CountArticlesAsync());
        Assert.Equal("Harbour bridge reopens", (await store.GetArticleAsync("a1"))!.Title);
    }

    [Fact]
    public async Task Counts_only_new_articles_in_a_mixed_batch()
    {
        // Given
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync([SampleArticle("a1")]);

        // When
        var added = await store.AddArticlesAsync([SampleArticle("a1"), SampleArticle("a2"), SampleArticle("a2"), SampleArticle("a3")]);

        // Then
        Assert.Equal(2, added);
        Assert.Equal(3, await store.CountArticlesAsync());
    }

    [Fact]
    public async Task Empty_batch_adds_nothing()
    {
        await using var store = await OpenStoreAsync();

        Assert.Equal(0, await store.AddArticlesAsync([]));
        Assert.Equal(0, await store.CountArticlesAsync());
    }

    [Fact]
    public async Task Saving_an_analysis_again_replaces_it()
    {
        // Given
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync([SampleArticle("a1")]);
        await store.SaveAnalysisAsync("a1", "v1", """{"quotes":[]}""");
        await store.SaveAnalysisAsync("a1", "v2", """{"quotes":[1]}""");

        // When
        await store.SaveAnalysisAsync("a1", "v1", """{"quotes":[2]}""");

        // Then
        Assert.Equal("""{"quotes":[2]}""", await store.GetAnalysisAsync("a1", "v1"));
        Assert.Equal("""{"quotes":[1]}""", await store.GetAnalysisAsync("a1", "v2"));
        Assert.Null(await store.GetAnalysisAsync("a1", "v3"));
        Assert.Null(await store.GetAnalysisAsync("a2", "v1"));
    }

    [Fact]
    public async Task Saving_an_analysis_of_an_unknown_article_fails()
    {
        await using var store = await OpenStoreAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAnalysisAsync("ghost", "v1", "{}"));
    }

    [Fact]
    public async Task Lists_by_publication_time_with_unknown_last_then_by_id()
    {
        // Given: "early" is 08:00 UTC though its local time (10:00+02:00) reads later than "late" (09:00Z)
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync(
        [
            SampleArticle("undated-b") with { PublishedAt = null },
            SampleArticle("late", new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero)),
            SampleArticle("undated-a") with { PublishedAt = null },
            SampleArticle("early", new DateTimeOffset(2025, 3, 4, 10, 0, 0, TimeSpan.FromHours(2))),
            SampleArticle("same-time-b", new DateTimeOffset(2025, 3, 5, 0, 0, 0, TimeSpan.Zero)),
            SampleArticle("same-time-a", new DateTimeOffset(2025, 3, 5, 0, 0, 0, TimeSpan.Zero)),
        ]);

        // When
        var ids = new List<string>();
        await foreach (var article in store.ListArticlesAsync())
        {
            ids.Add(article.Id);
        }

        // Then
        Assert.Equal(["early", "late", "same-time-a", "same-time-b", "undated-a", "undated-b"], ids);
    }

    [Fact]
    public async Task Keeps_articles_and_analyses_across_reopening()
    {
        // Given
        await using (var first = await OpenStoreAsync())
        {
            await first.AddArticlesAsync([SampleArticle("a1")]);
            await first.SaveAnalysisAsync("a1", "v1", "{}");
        }

        // When
        await using var reopened = await OpenStoreAsync();

        // Then
        Assert.Equal(1, await reopened.CountArticlesAsync());
        Assert.Equal("{}", await reopened.GetAnalysisAsync("a1", "v1"));
        Assert.Equal(0, await reopened.AddArticlesAsync([SampleArticle("a1")]));
    }
}
