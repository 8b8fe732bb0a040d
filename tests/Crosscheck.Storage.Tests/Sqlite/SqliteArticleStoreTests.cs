using Crosscheck.Storage.Migrations;
using Crosscheck.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Storage.Tests.Sqlite;

public sealed class SqliteArticleStoreTests : ArticleStoreContract, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly TemporaryDirectory _directory = new();

    private string DatabasePath => _directory.File("crosscheck.db");

    protected override async Task<IArticleStore> OpenStoreAsync() =>
        await SqliteArticleStore.OpenAsync(DatabasePath, new FixedTimeProvider(Now));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Creates_the_file_in_wal_mode_with_foreign_keys_on()
    {
        // Given / When
        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath);

        // Then
        Assert.True(File.Exists(DatabasePath));
        Assert.Equal("wal", await ScalarAsync(store.Connection, "PRAGMA journal_mode"));
        Assert.Equal(1L, await ScalarAsync(store.Connection, "PRAGMA foreign_keys"));
        Assert.True((long)(await ScalarAsync(store.Connection, "PRAGMA busy_timeout"))! > 0);
    }

    [Fact]
    public async Task Creates_missing_parent_folders()
    {
        var path = _directory.File(Path.Combine("nested", "deeper", "store.db"));

        await using var store = await SqliteArticleStore.OpenAsync(path);

        Assert.True(File.Exists(path));
        Assert.Equal(0, await store.CountArticlesAsync());
    }

    [Fact]
    public async Task A_directory_at_the_path_is_refused()
    {
        var path = _directory.File("folder.db");
        Directory.CreateDirectory(path);

        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(path));

        Assert.Equal($"'{path}' is not a Crosscheck database: it is a directory", error.Message);
    }

    [Fact]
    public async Task An_empty_file_becomes_a_new_store()
    {
        await File.WriteAllBytesAsync(DatabasePath, []);

        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath);

        Assert.Equal(0, await store.CountArticlesAsync());
    }

    [Fact]
    public async Task Records_each_migration_once()
    {
        // Given
        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath);

        // When
        var appliedAgain = await store.ApplyMigrationsAsync(CancellationToken.None);

        // Then
        Assert.Equal(0, appliedAgain);
        Assert.Equal((long)Migration.Load().Count, await ScalarAsync(store.Connection, "SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Reopening_applies_no_migration_and_keeps_data()
    {
        // Given
        await using (var first = await SqliteArticleStore.OpenAsync(DatabasePath, new FixedTimeProvider(Now)))
        {
            await first.AddArticlesAsync([SampleArticle()]);
        }

        // When
        await using var second = await SqliteArticleStore.OpenAsync(DatabasePath, new FixedTimeProvider(Now.AddDays(1)));

        // Then: the recorded time is the first opening's
        Assert.Equal("2026-01-02T03:04:05.0000000Z", await ScalarAsync(second.Connection, "SELECT MAX(applied_at) FROM schema_migrations"));
        Assert.Equal(1, await second.CountArticlesAsync());
    }

    [Fact]
    public async Task Records_ingestion_time_from_the_clock()
    {
        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath, new FixedTimeProvider(Now));

        await store.AddArticlesAsync([SampleArticle()]);

        Assert.Equal("2026-01-02T03:04:05.0000000Z", await ScalarAsync(store.Connection, "SELECT ingested_at FROM articles"));
    }

    [Fact]
    public void Embeds_migrations_in_order()
    {
        var versions = Migration.Load().Select(m => m.Version).ToList();

        Assert.Equal("0001_initial", versions[0]);
        Assert.Equal(versions.Order(StringComparer.Ordinal), versions);
        Assert.Contains("CREATE TABLE articles", Migration.Load()[0].Sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain text, not a database\n")]
    [InlineData("SQLite format")]
    public async Task Garbage_file_is_refused_and_left_unmodified(string content)
    {
        // Given
        await File.WriteAllTextAsync(DatabasePath, content);
        var before = await File.ReadAllBytesAsync(DatabasePath);

        // When
        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(DatabasePath));

        // Then
        Assert.StartsWith($"'{DatabasePath}' is not a Crosscheck database: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(DatabasePath));
        Assert.False(File.Exists(DatabasePath + "-wal"));
    }

    [Fact]
    public async Task Damaged_file_with_an_sqlite_header_is_refused_and_left_unmodified()
    {
        // Given: the right magic, then noise
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        "SQLite format 3\0"u8.CopyTo(bytes);
        await File.WriteAllBytesAsync(DatabasePath, bytes);

        // When
        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(DatabasePath));

        // Then
        Assert.StartsWith($"'{DatabasePath}' is not a Crosscheck database: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(DatabasePath));
    }

    [Fact]
    public async Task Another_programs_database_is_refused_and_left_unmodified()
    {
        // Given
        await using (var other = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE recipes (name TEXT)";
            await create.ExecuteNonQueryAsync();
        }
        var before = await File.ReadAllBytesAsync(DatabasePath);

        // When
        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(DatabasePath));

        // Then
        Assert.Contains("another program", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(DatabasePath));
    }

    [Fact]
    public async Task Database_from_a_newer_version_is_refused()
    {
        // Given
        await using (var store = await SqliteArticleStore.OpenAsync(DatabasePath))
        {
            await using var insert = store.Connection.CreateCommand();
            insert.CommandText = "INSERT INTO schema_migrations (version, applied_at) VALUES ('9999_future', 'x')";
            await insert.ExecuteNonQueryAsync();
        }

        // When
        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteArticleStore.OpenAsync(DatabasePath));

        // Then
        Assert.Contains("newer Crosscheck", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sql_in_values_is_stored_as_text()
    {
        // Given
        await using var store = await SqliteArticleStore.OpenAsync(DatabasePath);
        var hostile = SampleArticle("x'); DROP TABLE articles; --") with { Title = "'; DELETE FROM articles; --" };

        // When
        await store.AddArticlesAsync([hostile, SampleArticle("a2")]);

        // Then
        Assert.Equal(2, await store.CountArticlesAsync());
        Assert.Equal(hostile.Title, (await store.GetArticleAsync(hostile.Id))!.Title);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
