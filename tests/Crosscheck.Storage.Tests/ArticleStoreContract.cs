using Crosscheck.Documents;
using Crosscheck.Storage.Search;

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

    [SkippableFact]
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

    [SkippableFact]
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

    [SkippableFact]
    public async Task Unknown_article_is_null()
    {
        await using var store = await OpenStoreAsync();

        Assert.Null(await store.GetArticleAsync("missing"));
    }

    [SkippableFact]
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

    [SkippableFact]
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

    [SkippableFact]
    public async Task Empty_batch_adds_nothing()
    {
        await using var store = await OpenStoreAsync();

        Assert.Equal(0, await store.AddArticlesAsync([]));
        Assert.Equal(0, await store.CountArticlesAsync());
    }

    [SkippableFact]
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

    [SkippableFact]
    public async Task Lists_articles_with_their_analysis_of_one_pipeline_version()
    {
        // Given: three articles, two analysed by v1, one of them also by v2
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync(
        [
            SampleArticle("b", new DateTimeOffset(2025, 3, 5, 0, 0, 0, TimeSpan.Zero)),
            SampleArticle("a", new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero)),
            SampleArticle("c") with { PublishedAt = null },
        ]);
        await store.SaveAnalysisAsync("a", "v1", """{"n":"a1"}""");
        await store.SaveAnalysisAsync("c", "v1", """{"n":"c1"}""");
        await store.SaveAnalysisAsync("a", "v2", """{"n":"a2"}""");

        // When
        var listed = new List<(string, string?)>();
        await foreach (var stored in store.ListArticlesWithAnalysesAsync("v1"))
        {
            listed.Add((stored.Article.Id, stored.AnalysisJson));
        }

        // Then: publication order as ListArticlesAsync, the article itself intact, v2's analysis not mixed in
        Assert.Equal([("a", """{"n":"a1"}"""), ("b", null), ("c", """{"n":"c1"}""")], listed);
        // (Read to the end first: a store serves one command at a time.)
        var withV2 = new List<StoredArticle>();
        await foreach (var stored in store.ListArticlesWithAnalysesAsync("v2"))
        {
            withV2.Add(stored);
        }
        Assert.Equal(["""{"n":"a2"}""", null, null], withV2.Select(s => s.AnalysisJson));
        foreach (var stored in withV2)
        {
            // (Authors is a list, which record equality compares by reference.)
            var expected = (await store.GetArticleAsync(stored.Article.Id))!;
            Assert.Equal(expected with { Authors = [] }, stored.Article with { Authors = [] });
            Assert.Equal(expected.Authors, stored.Article.Authors);
        }
    }

    [SkippableFact]
    public async Task Saving_an_analysis_of_an_unknown_article_fails()
    {
        await using var store = await OpenStoreAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAnalysisAsync("ghost", "v1", "{}"));
    }

    [SkippableFact]
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

    [SkippableFact]
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

    [SkippableFact]
    public async Task Stores_articles_and_their_analyses_together()
    {
        // Given
        await using var store = await OpenStoreAsync();

        // When
        var added = await store.AddArticlesAsync(
            [SampleArticle("a1"), SampleArticle("a2")],
            [new StoredAnalysis("a1", "v1", """{"n":1}"""), new StoredAnalysis("a2", "v1", """{"n":2}""")]);

        // Then
        Assert.Equal(2, added);
        Assert.Equal("""{"n":1}""", await store.GetAnalysisAsync("a1", "v1"));
        Assert.Equal("""{"n":2}""", await store.GetAnalysisAsync("a2", "v1"));
    }

    [SkippableFact]
    public async Task A_failing_analysis_rolls_back_the_whole_batch()
    {
        // Given
        await using var store = await OpenStoreAsync();

        // When
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddArticlesAsync(
            [SampleArticle("a1")],
            [new StoredAnalysis("a1", "v1", "{}"), new StoredAnalysis("ghost", "v1", "{}")]));

        // Then
        Assert.Equal(0, await store.CountArticlesAsync());
        Assert.Null(await store.GetAnalysisAsync("a1", "v1"));
    }

    [SkippableFact]
    public async Task Finds_which_ids_are_stored()
    {
        // Given
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync([SampleArticle("a1"), SampleArticle("a3")]);

        // When
        var found = await store.FindStoredIdsAsync(["a1", "a2", "a3", "x'); DROP TABLE articles; --"]);

        // Then
        Assert.Equal(["a1", "a3"], found.Order(StringComparer.Ordinal));
        Assert.Empty(await store.FindStoredIdsAsync([]));
    }

    [SkippableFact]
    public async Task Search_finds_words_in_the_text_and_marks_them()
    {
        // Given
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync(SearchCorpus());

        // When
        var hits = await store.SearchAsync(SearchQuery.Parse("ferry"), 10);

        // Then
        Assert.Equal(["ferry-strike", "ferry-timetable"], hits.Select(h => h.ArticleId).Order(StringComparer.Ordinal));
        Assert.All(hits, hit => Assert.Contains("**ferry**", hit.Snippet, StringComparison.OrdinalIgnoreCase));
        var strike = hits.Single(h => h.ArticleId == "ferry-strike");
        Assert.Equal("Ferry crews walk out", strike.Title);
        Assert.Equal("Lindqvist Courier", strike.Outlet);
        Assert.Equal("corpus/ferry-strike.md", strike.Source);
    }

    [SkippableFact]
    public async Task Search_ranks_a_title_match_above_a_passing_mention()
    {
        // Given
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync(SearchCorpus());

        // When
        var hits = await store.SearchAsync(SearchQuery.Parse("lighthouse"), 10);

        // Then
        Assert.Equal(["lighthouse-fund", "ferry-timetable"], hits.Select(h => h.ArticleId));
        Assert.True(hits[0].Rank > hits[1].Rank);
    }

    [SkippableFact]
    public async Task Search_needs_every_term_and_keeps_phrases_in_order()
    {
        // Given
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync(SearchCorpus());

        // When
        var both = await store.SearchAsync(SearchQuery.Parse("ferry council"), 10);
        var phrase = await store.SearchAsync(SearchQuery.Parse("\"crews walk out\""), 10);
        var reversed = await store.SearchAsync(SearchQuery.Parse("\"out walk crews\""), 10);

        // Then
        Assert.Equal(["ferry-timetable"], both.Select(h => h.ArticleId));
        Assert.Equal(["ferry-strike"], phrase.Select(h => h.ArticleId));
        Assert.Empty(reversed);
    }

    [SkippableFact]
    public async Task Search_matches_prefixes_ignores_case_and_honours_the_limit()
    {
        // Given
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync(SearchCorpus());

        // When
        var prefix = await store.SearchAsync(SearchQuery.Parse("LIGHTHOU*"), 10);
        var limited = await store.SearchAsync(SearchQuery.Parse("the"), 1);

        // Then
        Assert.Equal(2, prefix.Count);
        Assert.Single(limited);
    }

    [SkippableTheory]
    [InlineData("\"unbalanced")]
    [InlineData("ferry OR NOT council AND (")]
    [InlineData("title:ferry")]
    [InlineData("NEAR(ferry council)")]
    [InlineData("-ferry ^council")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("ferry\"\"council")]
    public async Task Search_treats_query_syntax_as_plain_words(string query)
    {
        // Given
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync(SearchCorpus());

        // When
        var hits = await store.SearchAsync(SearchQuery.Parse(query), 10);

        // Then: no exception, and the store is intact
        Assert.NotNull(hits);
        Assert.Equal(SearchCorpus().Count, await store.CountArticlesAsync());
    }

    [SkippableFact]
    public async Task Search_without_a_match_is_empty()
    {
        await using var store = await OpenStoreAsync();
        await store.AddArticlesAsync(SearchCorpus());

        Assert.Empty(await store.SearchAsync(SearchQuery.Parse("zeppelin"), 10));
    }

    [SkippableFact]
    public async Task Search_sees_articles_added_after_reopening()
    {
        // Given
        await using (var first = await OpenStoreAsync())
        {
            await first.AddArticlesAsync(SearchCorpus());
        }
        await using var store = await OpenStoreAsync();

        // When
        await store.AddArticlesAsync([SampleArticle("zeppelin", title: "Zeppelin lands in the harbour")]);

        // Then
        Assert.Equal(["zeppelin"], (await store.SearchAsync(SearchQuery.Parse("zeppelin"), 10)).Select(h => h.ArticleId));
        Assert.Equal(2, (await store.SearchAsync(SearchQuery.Parse("ferry"), 10)).Count);
    }

    /// <summary>Fictional articles for the search tests.</summary>
    protected static IReadOnlyList<Article> SearchCorpus() =>
    [
        new()
        {
            Id = "ferry-strike", Source = "corpus/ferry-strike.md", Outlet = "Lindqvist Courier", Title = "Ferry crews walk out",
            Text = "Crews on the island ferry walked out at dawn. The union said the crews walk out over rosters.",
        },
        new()
        {
            Id = "ferry-timetable", Source = "corpus/ferry-timetable.md", Outlet = "Harbour Gazette", Title = "Timetable changes",
            Text = "The council published a new ferry timetable. Boats will pass the old lighthouse twice an hour.",
        },
        new()
        {
            Id = "lighthouse-fund", Source = "corpus/lighthouse-fund.md", Outlet = "Harbour Gazette", Title = "Lighthouse restoration funded",
            Text = "A charity raised money to restore the lamp room. Volunteers will paint the tower in spring.",
        },
    ];
}
