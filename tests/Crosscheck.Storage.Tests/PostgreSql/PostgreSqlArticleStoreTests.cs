using Crosscheck.Storage.Migrations;
using Crosscheck.Storage.PostgreSql;
using Npgsql;

namespace Crosscheck.Storage.Tests.PostgreSql;

/// <summary>
/// The store contract on a real PostgreSQL server, named by the <c>CROSSCHECK_TEST_PG</c> connection string (CI sets
/// it); skipped without it. Each test gets a schema of its own, dropped afterwards.
/// </summary>
public sealed class PostgreSqlArticleStoreTests : ArticleStoreContract, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly string _schema = "crosscheck_test_" + Guid.NewGuid().ToString("N");

    private static string? ServerConnectionString => Environment.GetEnvironmentVariable("CROSSCHECK_TEST_PG") is { Length: > 0 } value ? value : null;

    private string StoreConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = _schema }.ConnectionString;

    protected override async Task<IArticleStore> OpenStoreAsync() => await OpenAsync();

    public async Task InitializeAsync()
    {
        if (ServerConnectionString is not null)
        {
            await ExecuteOnServerAsync($"CREATE SCHEMA {_schema}");
        }
    }

    public async Task DisposeAsync()
    {
        if (ServerConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }
    }

    [SkippableFact]
    public async Task Records_each_migration_once()
    {
        // Given
        await using var store = await OpenAsync();

        // When
        var appliedAgain = await store.ApplyMigrationsAsync(CancellationToken.None);

        // Then
        Assert.Equal(0, appliedAgain);
        Assert.Equal((long)Migration.Load(PostgreSqlMigrator.Folder).Count, await ScalarAsync(store, "SELECT COUNT(*) FROM schema_migrations"));
    }

    [SkippableFact]
    public async Task Creates_a_generated_search_column_with_a_gin_index()
    {
        await using var store = await OpenAsync();

        Assert.Equal("gin", await ScalarAsync(store,
            "SELECT am.amname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam WHERE c.relname = 'articles_search' AND c.relnamespace = current_schema()::regnamespace"));
        Assert.Equal("s", await ScalarAsync(store,
            "SELECT attgenerated::text FROM pg_attribute WHERE attrelid = 'articles'::regclass AND attname = 'search'"));
    }

    [SkippableFact]
    public async Task Opening_twice_at_once_migrates_once()
    {
        // When
        var stores = await Task.WhenAll(OpenAsync(), OpenAsync(), OpenAsync());

        // Then
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
        await using var check = await OpenAsync();
        Assert.Equal((long)Migration.Load(PostgreSqlMigrator.Folder).Count, await ScalarAsync(check, "SELECT COUNT(*) FROM schema_migrations"));
    }

    [SkippableFact]
    public async Task Another_programs_articles_table_is_refused()
    {
        // Given
        Skip.If(ServerConnectionString is null, "CROSSCHECK_TEST_PG is not set");
        await ExecuteOnServerAsync($"CREATE TABLE {_schema}.articles (name TEXT)");

        // When
        var error = await Assert.ThrowsAsync<StoreException>(OpenAsync);

        // Then
        Assert.Contains("not a Crosscheck database", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Database_from_a_newer_version_is_refused()
    {
        // Given
        await using (var store = await OpenAsync())
        {
            await ScalarAsync(store, "INSERT INTO schema_migrations (version, applied_at) VALUES ('9999_future', now())");
        }

        // When
        var error = await Assert.ThrowsAsync<StoreException>(OpenAsync);

        // Then
        Assert.Contains("newer Crosscheck", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Nul_characters_are_stored_without_moving_offsets()
    {
        // Given
        await using var store = await OpenAsync();
        var article = SampleArticle("nul") with { Text = "before\0after" };

        // When
        await store.AddArticlesAsync([article]);

        // Then
        var read = await store.GetArticleAsync("nul");
        Assert.Equal(article.Text.Length, read!.Text.Length);
        Assert.Equal("before\uFFFDafter", read.Text);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_one_line_store_error()
    {
        // Port 1 on the loopback refuses connections at once.
        var error = await Assert.ThrowsAsync<StoreException>(() =>
            PostgreSqlArticleStore.OpenAsync("postgres://someone:secret@127.0.0.1:1/news?connect_timeout=5"));

        Assert.StartsWith("cannot open postgres://127.0.0.1:1/news: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private async Task<PostgreSqlArticleStore> OpenAsync()
    {
        Skip.If(ServerConnectionString is null, "CROSSCHECK_TEST_PG is not set");
        return await PostgreSqlArticleStore.OpenAsync(StoreConnectionString, new FixedTimeProvider(Now));
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(PostgreSqlArticleStore store, string sql)
    {
        await using var command = new NpgsqlCommand(sql, store.Connection);
        return await command.ExecuteScalarAsync();
    }
}
