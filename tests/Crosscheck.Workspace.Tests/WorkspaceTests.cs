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

    [Fact]
    public async Task Finds_stored_quotes_by_speaker_report_and_kind()
    {
        // Given two stored articles quoting the same official in words and reporting a deed of hers
        Write("1.txt", "Harbour closes\n\nMayor Ilse Várga ordered the evacuation of the harbour district on Sunday. " +
            "\"Everyone leaves the quay tonight,\" Várga said.\n");
        Write("2.txt", "Harbour reopens\n\nThe harbour reopened on Tuesday, Mayor Ilse Varga said. Port director Jonas Pell " +
            "believes traffic will recover by June.\n");
        var workspace = new CrosscheckWorkspace();
        var database = Path.Combine(_directory, "store.db");

        // When
        IReadOnlyList<FoundQuote> byName, acts, direct, everyone;
        await using (var store = await CrosscheckWorkspace.OpenStoreAsync(database))
        {
            await workspace.IngestAsync(store, [_directory]);
            byName = await workspace.FindQuotesAsync(store, new QuoteQuery(Speaker: "VARGA"));
            acts = await workspace.FindQuotesAsync(store, new QuoteQuery(Reports: QuoteQuery.ParseSet<Attribution.Reported>("reports", ["act"])));
            direct = await workspace.FindQuotesAsync(store, new QuoteQuery(Speaker: "ilse varga", Kinds: QuoteQuery.ParseSet<Attribution.QuoteKind>("kind", ["direct"])));
            everyone = await workspace.FindQuotesAsync(store, new QuoteQuery());
        }

        // Then the speaker matches with or without the accent, in either article, and the filters narrow the list
        Assert.Equal(3, byName.Count);
        Assert.All(byName, q => Assert.Contains("Ilse V", q.Quote.Speaker, StringComparison.Ordinal));
        var act = Assert.Single(acts);
        Assert.Equal("ordered", act.Quote.Cue);
        var quoted = Assert.Single(direct);
        Assert.Equal("Everyone leaves the quay tonight,", quoted.Quote.Text);
        Assert.Contains(everyone, q => q.Quote.Speaker == "Jonas Pell" && q.Quote.Reports == Attribution.Reported.Belief);
    }

    [Fact]
    public async Task Quotes_read_back_from_stored_analyses_equal_a_fresh_analysis_and_untrusted_ones_are_redone()
    {
        // Given three stored articles with their analyses, one of which is then tampered with
        Write("1.txt", "Bridge opens\n\nMayor Lena Brandt opened the bridge on Friday. \"It took ten years,\" she told the Kessel Courier. " +
            "Tolls will stay low, according to a city spokesman.\n");
        Write("2.txt", "Port strike ends\n\nThe port of Kessel reopened on Monday, officials said. Union leader Ada Moor " +
            "believes the deal will hold.\n");
        Write("3.txt", "Toll row\n\n\"We were never asked,\" said commuter Ivo Rask, 41, who drives the bridge daily.\n");
        var workspace = new CrosscheckWorkspace();
        var store = new RecordingStore();
        await workspace.IngestAsync(store, [_directory]);
        var bridge = (await store.ListArticlesAsync().SingleAsync(a => a.Text.Contains("Lena Brandt", StringComparison.Ordinal))).Id;
        var stored = store.Analyses[(bridge, CrosscheckWorkspace.PipelineVersion)];

        // When: read from the stored analyses, and analysed afresh
        var read = await workspace.FindQuotesAsync(store, new QuoteQuery());
        var fresh = await workspace.FindQuotesAsync(store, new QuoteQuery(), reanalyze: true);

        // Then the same quotes, field for field (Parts aside, which the JSON does not keep)
        Assert.True(read.Count >= 4, $"{read.Count} quotes");
        Assert.Equal(Describe(fresh), Describe(read));
        Assert.Contains(read, q => q.SourceText is not null && q.SourceText != q.Quote.Speaker);

        // And an analysis that cannot be trusted is redone, so the answer does not change
        foreach (var tampered in new[]
        {
            stored.Replace("\"start\":", "\"start\":9999", StringComparison.Ordinal),
            stored.Replace("Mayor Lena Brandt", "Mayor Lena Brandy", StringComparison.Ordinal),
            stored.Replace("\"kind\":\"direct\"", "\"kind\":\"7\"", StringComparison.Ordinal),
            stored[..(stored.Length / 2)],
            "[]",
        })
        {
            Assert.NotEqual(stored, tampered);
            await store.SaveAnalysisAsync(bridge, CrosscheckWorkspace.PipelineVersion, tampered);
            Assert.Equal(Describe(fresh), Describe(await workspace.FindQuotesAsync(store, new QuoteQuery())));
        }
        // A well-formed analysis is trusted: one with a quote removed by hand shows that it is read, not redone.
        await store.SaveAnalysisAsync(bridge, CrosscheckWorkspace.PipelineVersion, stored.Replace("\"quotes\":[", "\"quotes\":[],\"was\":[", StringComparison.Ordinal));
        Assert.Contains(fresh, q => q.Article.Id == bridge);
        Assert.DoesNotContain(await workspace.FindQuotesAsync(store, new QuoteQuery()), q => q.Article.Id == bridge);
    }

    private static List<string> Describe(IReadOnlyList<FoundQuote> quotes) =>
        [.. quotes.Select(f => string.Join(" | ", f.Article.Id, f.Quote.Span, f.Quote.Text, f.Quote.Kind, f.Quote.Speaker, f.Quote.SpeakerSpan,
            f.Quote.SourceSpan, f.Quote.Cue, f.Quote.CueSpan, f.Quote.Reports, f.Quote.Venue, f.Quote.VenueSpan, f.Quote.SentenceIndex,
            f.Quote.RelayedBy, f.Quote.RelayedBySpan, f.Quote.Relays))];

    [Fact]
    public async Task A_relayed_quote_is_read_back_and_counts_for_its_own_speaker()
    {
        // Given a stored article that relays two of another paper's quotes
        Write("relay.txt", "Port deal delayed\n\nAccording to the Daily Ledger, Ana Marenko said the port deal would be delayed until autumn. " +
            "As the Daily Ledger reported, Marenko said: \"We will not sign a bad contract.\"\n");
        var workspace = new CrosscheckWorkspace();
        var store = new RecordingStore();
        await workspace.IngestAsync(store, [_directory]);

        // When the quotes are read back from the stored analysis, and analysed afresh
        var read = await workspace.FindQuotesAsync(store, new QuoteQuery());
        var fresh = await workspace.FindQuotesAsync(store, new QuoteQuery(), reanalyze: true);

        // Then the relay survives the round trip, the relaying relation is not listed, and both count for Marenko
        Assert.Equal(Describe(fresh), Describe(read));
        Assert.Equal(2, read.Count);
        Assert.All(read, q => Assert.Equal("Daily Ledger", q.Quote.RelayedBy));
        Assert.All(read, q => Assert.Equal("Ana Marenko", q.Quote.Speaker));
        var speaker = Assert.Single(SpeakerTally.Count(read));
        Assert.Equal(("Ana Marenko", 2), (speaker.Speaker, speaker.Quotes));
    }

    [Fact]
    public void Quote_set_names_are_checked()
    {
        Assert.Null(QuoteQuery.ParseSet<Attribution.Reported>("reports", null));
        Assert.Equal(2, QuoteQuery.ParseSet<Attribution.Reported>("reports", ["Speech, act", "act"])!.Count);
        var error = Assert.Throws<ArgumentException>(() => QuoteQuery.ParseSet<Attribution.Reported>("reports", ["speech,7"]));
        Assert.Equal("reports: '7' is not one of speech, belief, intent, act.", error.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
