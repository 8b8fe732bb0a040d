using System.Data;
using System.Runtime.CompilerServices;
using System.Text;
using Crosscheck.Documents;
using Crosscheck.Storage.Search;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file in WAL mode with foreign keys on, its schema brought up to date by the embedded
/// migrations when opened.
/// </summary>
/// <remarks>
/// Holds one open connection; safe for one caller at a time. Other processes may open the same file: writers wait up
/// to <see cref="BusyTimeout"/> for each other.
/// </remarks>
public sealed class SqliteArticleStore : IArticleStore
{
    /// <summary>How long a statement waits for another writer's lock before failing.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private const string ArticleColumns =
        "id, source, url, outlet, title, authors, published_at, language, text, source_offset, origin";

    private const string UpsertAnalysisSql = """
        INSERT INTO analyses (article_id, pipeline_version, json, saved_at) VALUES ($articleId, $pipelineVersion, $json, $savedAt)
        ON CONFLICT (article_id, pipeline_version) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at
        """;

    // Every SQLite file starts with these 16 bytes ("SQLite format 3" and a NUL).
    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _timeProvider;

    private SqliteArticleStore(SqliteConnection connection, TimeProvider timeProvider, string path)
    {
        _connection = connection;
        _timeProvider = timeProvider;
        Path = path;
    }

    /// <summary>The database file, as given when opening.</summary>
    public string Path { get; }

    /// <summary>Opens the store at <paramref name="path"/>, creating the file (and its folder) and applying migrations as needed.</summary>
    /// <exception cref="StoreException">The file exists but is not a Crosscheck database, or cannot be opened.</exception>
    public static Task<SqliteArticleStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, TimeProvider.System, cancellationToken);

    /// <summary>Opens the store at <paramref name="path"/>, taking ingestion times from <paramref name="timeProvider"/>.</summary>
    /// <exception cref="StoreException">The file exists but is not a Crosscheck database, or cannot be opened.</exception>
    public static async Task<SqliteArticleStore> OpenAsync(string path, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(timeProvider);
        CheckExistingFile(path);
        CreateParentDirectory(path);

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // One long-lived connection per store; pooling would keep the file open after disposal.
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON;", cancellationToken).ConfigureAwait(false);
            // Checked before anything writes: switching to WAL alone rewrites the header of another program's database.
            await CheckIsOursAsync(connection, path, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", cancellationToken).ConfigureAwait(false);
            await SqliteMigrator.ApplyAsync(connection, timeProvider, cancellationToken).ConfigureAwait(false);
            return new SqliteArticleStore(connection, timeProvider, path);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw StoreException.NotACrosscheckDatabase(path, "the file is damaged or not an SQLite database", ex);
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreException($"cannot open '{path}': {ex.Message}", ex);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public Task<int> AddArticlesAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) =>
        AddArticlesAsync(articles, [], cancellationToken);

    /// <inheritdoc/>
    public async Task<int> AddArticlesAsync(IReadOnlyList<Article> articles, IReadOnlyList<StoredAnalysis> analyses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(analyses);
        if (articles.Count == 0 && analyses.Count == 0)
        {
            return 0;
        }
        var now = SqliteValues.Timestamp(_timeProvider.GetUtcNow());
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = await InsertArticlesAsync(transaction, articles, now, cancellationToken).ConfigureAwait(false);
        if (analyses.Count > 0)
        {
            await using var upsert = _connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = UpsertAnalysisSql;
            var articleId = upsert.Parameters.Add("$articleId", SqliteType.Text);
            var pipelineVersion = upsert.Parameters.Add("$pipelineVersion", SqliteType.Text);
            var json = upsert.Parameters.Add("$json", SqliteType.Text);
            upsert.Parameters.AddWithValue("$savedAt", now);
            foreach (var analysis in analyses)
            {
                cancellationToken.ThrowIfCancellationRequested();
                articleId.Value = analysis.ArticleId;
                pipelineVersion.Value = analysis.PipelineVersion;
                json.Value = analysis.Json;
                try
                {
                    await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
                {
                    throw new InvalidOperationException($"Cannot save an analysis of article '{analysis.ArticleId}': the article is not stored.", ex);
                }
            }
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlySet<string>> FindStoredIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }
        await using var select = _connection.CreateCommand();
        // One statement for the whole set: the ids travel as one JSON array rather than one parameter each.
        select.CommandText = "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each($ids))";
        select.Parameters.AddWithValue("$ids", SqliteValues.JsonList([.. ids]));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(reader.GetString(0));
        }
        return found;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var select = _connection.CreateCommand();
        // bm25 is lower-is-better; titles weigh three times the text. Column -1 lets the snippet come from whichever
        // column matched best, so a title-only match still shows its marked words.
        select.CommandText = $"""
            SELECT a.id, a.title, a.outlet, a.source,
                   snippet(articles_fts, -1, '{SearchHit.MatchStart}', '{SearchHit.MatchEnd}', '{SearchHit.Ellipsis}', 24) AS snippet,
                   bm25(articles_fts, 3.0, 1.0) AS score
            FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
            WHERE articles_fts MATCH $query
            ORDER BY score, a.id
            LIMIT $limit
            """;
        select.Parameters.AddWithValue("$query", query.ToFts5());
        select.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SearchHit>();
        try
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), -reader.GetDouble(5)));
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_ERROR)
        {
            // Quoting makes this unreachable for parsed queries; should FTS5 still refuse one, it is the user's input.
            throw new ArgumentException($"cannot search for {query}: {ex.Message}", nameof(query), ex);
        }
        return hits;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No article with <paramref name="articleId"/> is stored.</exception>
    public async Task SaveAnalysisAsync(string articleId, string pipelineVersion, string analysisJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(pipelineVersion);
        ArgumentNullException.ThrowIfNull(analysisJson);
        await using var upsert = _connection.CreateCommand();
        upsert.CommandText = UpsertAnalysisSql;
        upsert.Parameters.AddWithValue("$articleId", articleId);
        upsert.Parameters.AddWithValue("$pipelineVersion", pipelineVersion);
        upsert.Parameters.AddWithValue("$json", analysisJson);
        upsert.Parameters.AddWithValue("$savedAt", SqliteValues.Timestamp(_timeProvider.GetUtcNow()));
        try
        {
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
        {
            throw new InvalidOperationException($"Cannot save an analysis of article '{articleId}': the article is not stored.", ex);
        }
    }

    /// <inheritdoc/>
    public async Task<string?> GetAnalysisAsync(string articleId, string pipelineVersion, CancellationToken cancellationToken = default)
    {
        await using var select = _connection.CreateCommand();
        select.CommandText = "SELECT json FROM analyses WHERE article_id = $articleId AND pipeline_version = $pipelineVersion";
        select.Parameters.AddWithValue("$articleId", articleId);
        select.Parameters.AddWithValue("$pipelineVersion", pipelineVersion);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <inheritdoc/>
    public async Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var select = _connection.CreateCommand();
        select.CommandText = $"SELECT {ArticleColumns} FROM articles WHERE id = $id";
        select.Parameters.AddWithValue("$id", id);
        await using var reader = await select.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadArticle(reader) : null;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Article> ListArticlesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var select = _connection.CreateCommand();
        select.CommandText = $"SELECT {ArticleColumns} FROM articles ORDER BY published_utc IS NULL, published_utc, id";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadArticle(reader);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredArticle> ListArticlesWithAnalysesAsync(
        string pipelineVersion, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var select = _connection.CreateCommand();
        // The analysis is looked up per row through the analyses table's primary key (article_id, pipeline_version).
        select.CommandText = $"""
            SELECT {ArticleColumns},
                   (SELECT json FROM analyses WHERE article_id = articles.id AND pipeline_version = $pipelineVersion)
            FROM articles ORDER BY published_utc IS NULL, published_utc, id
            """;
        select.Parameters.AddWithValue("$pipelineVersion", pipelineVersion);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new StoredArticle(ReadArticle(reader), reader.IsDBNull(11) ? null : reader.GetString(11));
        }
    }

    /// <inheritdoc/>
    public async Task<int> CountArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var count = _connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM articles";
        return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    // Exposed to tests: re-running migrations on an open store must be a no-op.
    internal Task<int> ApplyMigrationsAsync(CancellationToken cancellationToken) =>
        SqliteMigrator.ApplyAsync(_connection, _timeProvider, cancellationToken);

    // Exposed to tests that check the schema and pragmas directly.
    internal SqliteConnection Connection => _connection;

    private async Task<int> InsertArticlesAsync(SqliteTransaction transaction, IReadOnlyList<Article> articles, string ingestedAt, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return 0;
        }
        await using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        // seq numbers articles in insertion order for the full-text index (see 0002_search.sql); the unique index on
        // it makes MAX a single lookup.
        insert.CommandText = """
            INSERT INTO articles (id, source, url, outlet, title, authors, published_at, published_utc, language, text, source_offset, origin, ingested_at, seq)
            VALUES ($id, $source, $url, $outlet, $title, $authors, $publishedAt, $publishedUtc, $language, $text, $sourceOffset, $origin, $ingestedAt,
                    (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles))
            ON CONFLICT (id) DO NOTHING
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var source = insert.Parameters.Add("$source", SqliteType.Text);
        var url = insert.Parameters.Add("$url", SqliteType.Text);
        var outlet = insert.Parameters.Add("$outlet", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var authors = insert.Parameters.Add("$authors", SqliteType.Text);
        var publishedAt = insert.Parameters.Add("$publishedAt", SqliteType.Text);
        var publishedUtc = insert.Parameters.Add("$publishedUtc", SqliteType.Text);
        var language = insert.Parameters.Add("$language", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var sourceOffset = insert.Parameters.Add("$sourceOffset", SqliteType.Integer);
        var origin = insert.Parameters.Add("$origin", SqliteType.Text);
        insert.Parameters.AddWithValue("$ingestedAt", ingestedAt);

        var added = 0;
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            id.Value = article.Id;
            source.Value = article.Source;
            url.Value = (object?)article.Url ?? DBNull.Value;
            outlet.Value = article.Outlet;
            title.Value = article.Title;
            authors.Value = SqliteValues.JsonList(article.Authors);
            publishedAt.Value = article.PublishedAt is { } at ? SqliteValues.WithOffset(at) : DBNull.Value;
            publishedUtc.Value = article.PublishedAt is { } utc ? SqliteValues.Timestamp(utc) : DBNull.Value;
            language.Value = article.Language;
            text.Value = article.Text;
            sourceOffset.Value = article.SourceOffset;
            origin.Value = article.Origin;
            added += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return added;
    }

    private static Article ReadArticle(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Source = reader.GetString(1),
        Url = reader.IsDBNull(2) ? null : reader.GetString(2),
        Outlet = reader.GetString(3),
        Title = reader.GetString(4),
        Authors = SqliteValues.ParseJsonList(reader.GetString(5)),
        PublishedAt = reader.IsDBNull(6) ? null : SqliteValues.ParseWithOffset(reader.GetString(6)),
        Language = reader.GetString(7),
        Text = reader.GetString(8),
        SourceOffset = reader.GetInt32(9),
        Origin = reader.GetString(10),
    };

    // Refuses a non-SQLite file before SQLite touches it, so the file is left exactly as it was.
    private static void CheckExistingFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw StoreException.NotACrosscheckDatabase(path, "it is a directory");
        }
        if (!File.Exists(path))
        {
            return;
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length == 0)
            {
                return;
            }
            Span<byte> header = stackalloc byte[16];
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.SequenceEqual(SqliteHeader))
            {
                throw StoreException.NotACrosscheckDatabase(path, "the file is not an SQLite database");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot open '{path}': {ex.Message}", ex);
        }
    }

    private static void CreateParentDirectory(string path)
    {
        var parent = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (string.IsNullOrEmpty(parent) || Directory.Exists(parent))
        {
            return;
        }
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot create the folder for '{path}': {ex.Message}", ex);
        }
    }

    private static async Task CheckIsOursAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        await using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var names = new List<string>();
        await using (var reader = await tables.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                names.Add(reader.GetString(0));
            }
        }
        if (names.Count > 0 && !names.Contains("schema_migrations"))
        {
            throw StoreException.NotACrosscheckDatabase(path, "it is an SQLite database of another program");
        }
        if (!names.Contains("schema_migrations"))
        {
            return;
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var migration in Migrations.Migration.Load())
        {
            known.Add(migration.Version);
        }
        await using var versions = connection.CreateCommand();
        versions.CommandText = "SELECT version FROM schema_migrations ORDER BY version";
        var unknown = new StringBuilder();
        await using (var reader = await versions.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var version = reader.GetString(0);
                if (!known.Contains(version))
                {
                    unknown.Append(unknown.Length == 0 ? "" : ", ").Append(version);
                }
            }
        }
        if (unknown.Length > 0)
        {
            throw new StoreException($"'{path}' was written by a newer Crosscheck (schema {unknown}); upgrade Crosscheck to open it");
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
