using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Crosscheck.Documents;
using Crosscheck.Storage.Search;
using Crosscheck.Storage.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Crosscheck.Storage.PostgreSql;

/// <summary>
/// The PostgreSQL store: the same logical schema as the SQLite store in the connection's current schema, brought up
/// to date by the embedded migrations when opened; full-text search over a generated <c>tsvector</c>.
/// </summary>
/// <remarks>Holds one open connection; safe for one caller at a time. Many processes may share the database.</remarks>
public sealed class PostgreSqlArticleStore : IArticleStore
{
    private const string ArticleColumns =
        "id, source, url, outlet, title, authors::text, published_at, language, text, source_offset, origin";

    // ts_headline's options: whole words around the match, marked as SearchHit documents.
    private static readonly string HeadlineOptions =
        $"StartSel={SearchHit.MatchStart}, StopSel={SearchHit.MatchEnd}, MaxWords=30, MinWords=12, ShortWord=2, " +
        $"MaxFragments=2, FragmentDelimiter=\" {SearchHit.Ellipsis} \"";

    private readonly NpgsqlConnection _connection;
    private readonly TimeProvider _timeProvider;

    private PostgreSqlArticleStore(NpgsqlConnection connection, TimeProvider timeProvider, string description)
    {
        _connection = connection;
        _timeProvider = timeProvider;
        Description = description;
    }

    /// <summary>Where the store is, safe to print (no password).</summary>
    public string Description { get; }

    /// <summary>Opens the database named by <paramref name="database"/> (a URL or a connection string), applying migrations as needed.</summary>
    /// <exception cref="StoreException">The server cannot be reached, refuses the login, or the schema is not Crosscheck's.</exception>
    /// <exception cref="ArgumentException">The URL or connection string cannot be parsed.</exception>
    public static Task<PostgreSqlArticleStore> OpenAsync(string database, CancellationToken cancellationToken = default) =>
        OpenAsync(database, TimeProvider.System, cancellationToken);

    /// <summary>Opens the database, taking ingestion times from <paramref name="timeProvider"/>.</summary>
    /// <exception cref="StoreException">The server cannot be reached, refuses the login, or the schema is not Crosscheck's.</exception>
    /// <exception cref="ArgumentException">The URL or connection string cannot be parsed.</exception>
    public static async Task<PostgreSqlArticleStore> OpenAsync(string database, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var connectionString = PostgreSqlConnection.ToConnectionString(database);
        var description = PostgreSqlConnection.Describe(connectionString);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await PostgreSqlMigrator.ApplyAsync(connection, timeProvider, description, cancellationToken).ConfigureAwait(false);
            return new PostgreSqlArticleStore(connection, timeProvider, description);
        }
        catch (NpgsqlException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreException($"cannot open {description}: {OneLine(ex.Message)}", ex);
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
        var now = _timeProvider.GetUtcNow();
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = 0;
        if (articles.Count > 0)
        {
            // One statement per batch: the columns travel as arrays and unnest turns them back into rows.
            await using var insert = new NpgsqlCommand("""
                INSERT INTO articles (id, source, url, outlet, title, authors, published_at, published_utc, language, text, source_offset, origin, ingested_at)
                SELECT id, source, url, outlet, title, authors::jsonb, published_at, published_utc, language, text, source_offset, origin, $13
                FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[],
                            $9::text[], $10::text[], $11::int[], $12::text[])
                     AS t (id, source, url, outlet, title, authors, published_at, published_utc, language, text, source_offset, origin)
                ON CONFLICT (id) DO NOTHING
                """, _connection, transaction);
            insert.Parameters.Add(TextArray(articles, a => a.Id));
            insert.Parameters.Add(TextArray(articles, a => a.Source));
            insert.Parameters.Add(TextArray(articles, a => a.Url));
            insert.Parameters.Add(TextArray(articles, a => a.Outlet));
            insert.Parameters.Add(TextArray(articles, a => a.Title));
            insert.Parameters.Add(TextArray(articles, a => SqliteValues.JsonList(a.Authors)));
            insert.Parameters.Add(TextArray(articles, a => a.PublishedAt is { } at ? SqliteValues.WithOffset(at) : null));
            insert.Parameters.Add(new NpgsqlParameter
            {
                NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
                Value = articles.Select(a => a.PublishedAt?.UtcDateTime).ToArray(),
            });
            insert.Parameters.Add(TextArray(articles, a => a.Language));
            insert.Parameters.Add(TextArray(articles, a => a.Text));
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer, Value = articles.Select(a => a.SourceOffset).ToArray() });
            insert.Parameters.Add(TextArray(articles, a => a.Origin));
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = now });
            added = await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        if (analyses.Count > 0)
        {
            // ON CONFLICT DO UPDATE may touch a row once per statement: the last analysis given for a key wins.
            var unique = new Dictionary<(string, string), StoredAnalysis>();
            foreach (var analysis in analyses)
            {
                unique[(analysis.ArticleId, analysis.PipelineVersion)] = analysis;
            }
            var rows = unique.Values.ToList();
            await using var upsert = new NpgsqlCommand("""
                INSERT INTO analyses (article_id, pipeline_version, json, saved_at)
                SELECT article_id, pipeline_version, json, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS t (article_id, pipeline_version, json)
                ON CONFLICT (article_id, pipeline_version) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at
                """, _connection, transaction);
            upsert.Parameters.Add(TextArray(rows, a => a.ArticleId));
            upsert.Parameters.Add(TextArray(rows, a => a.PipelineVersion));
            upsert.Parameters.Add(TextArray(rows, a => a.Json));
            upsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = now });
            try
            {
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ForeignKeyViolation)
            {
                throw new InvalidOperationException($"Cannot save an analysis of an article that is not stored: {OneLine(ex.Detail ?? ex.MessageText)}", ex);
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
        await using var select = new NpgsqlCommand("SELECT id FROM articles WHERE id = ANY ($1)", _connection);
        select.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = ids.Select(Clean).ToArray() });
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
        await using var select = new NpgsqlCommand { Connection = _connection };
        var tsquery = BuildTsQuery(query, select.Parameters);
        // Headlines are costly (they re-parse the text): computed for the page of hits only. A hit whose text lacks the
        // match (it matched in the title) takes its headline from the title.
        select.CommandText = $"""
            WITH q AS (SELECT {tsquery} AS query),
            hits AS (
                SELECT a.id, a.title, a.outlet, a.source, a.text, ts_rank(a.search, q.query) AS score
                FROM articles a, q
                WHERE a.search @@ q.query
                ORDER BY score DESC, a.id
                LIMIT ${select.Parameters.Count + 1}
            )
            SELECT h.id, h.title, h.outlet, h.source,
                   CASE WHEN to_tsvector('simple'::regconfig, left(h.text, 250000)) @@ q.query
                        THEN ts_headline('simple'::regconfig, left(h.text, 250000), q.query, ${select.Parameters.Count + 2})
                        ELSE ts_headline('simple'::regconfig, h.title, q.query, ${select.Parameters.Count + 2}) END,
                   h.score
            FROM hits h, q
            ORDER BY h.score DESC, h.id
            """;
        select.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = limit });
        select.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = HeadlineOptions });
        var hits = new List<SearchHit>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetFloat(5)));
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
        await AddArticlesAsync([], [new StoredAnalysis(articleId, pipelineVersion, analysisJson)], cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<string?> GetAnalysisAsync(string articleId, string pipelineVersion, CancellationToken cancellationToken = default)
    {
        await using var select = new NpgsqlCommand("SELECT json FROM analyses WHERE article_id = $1 AND pipeline_version = $2", _connection);
        select.Parameters.Add(new NpgsqlParameter { Value = Clean(articleId) });
        select.Parameters.Add(new NpgsqlParameter { Value = Clean(pipelineVersion) });
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <inheritdoc/>
    public async Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var select = new NpgsqlCommand($"SELECT {ArticleColumns} FROM articles WHERE id = $1", _connection);
        select.Parameters.Add(new NpgsqlParameter { Value = Clean(id) });
        await using var reader = await select.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadArticle(reader) : null;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Article> ListArticlesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var select = new NpgsqlCommand($"SELECT {ArticleColumns} FROM articles ORDER BY published_utc IS NULL, published_utc, id", _connection);
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
        // The analysis is looked up per row through the analyses table's primary key (article_id, pipeline_version).
        await using var select = new NpgsqlCommand($"""
            SELECT {ArticleColumns},
                   (SELECT json FROM analyses WHERE article_id = articles.id AND pipeline_version = $1)
            FROM articles ORDER BY published_utc IS NULL, published_utc, id
            """, _connection);
        select.Parameters.Add(new NpgsqlParameter { Value = Clean(pipelineVersion) });
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new StoredArticle(ReadArticle(reader), reader.IsDBNull(11) ? null : reader.GetString(11));
        }
    }

    /// <inheritdoc/>
    public async Task<int> CountArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM articles", _connection);
        return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    // Exposed to tests: re-running migrations on an open store must be a no-op.
    internal Task<int> ApplyMigrationsAsync(CancellationToken cancellationToken) =>
        PostgreSqlMigrator.ApplyAsync(_connection, _timeProvider, Description, cancellationToken);

    // Exposed to tests that inspect the schema directly.
    internal NpgsqlConnection Connection => _connection;

    /// <summary>An AND of every term: phrases as phrase queries, prefix terms with <c>:*</c> on their last word.</summary>
    private static string BuildTsQuery(SearchQuery query, NpgsqlParameterCollection parameters)
    {
        var sql = new StringBuilder();
        foreach (var term in query.Terms)
        {
            if (sql.Length > 0)
            {
                sql.Append(" && ");
            }
            if (!term.Prefix)
            {
                parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = Clean(term.Text) });
                sql.Append(CultureInfo.InvariantCulture, $"phraseto_tsquery('simple'::regconfig, ${parameters.Count})");
                continue;
            }
            // Only letters and digits reach to_tsquery's own syntax, quoted, so nothing typed can be an operator.
            var words = Words(term.Text);
            var last = words[^1];
            parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = last });
            var prefix = $"to_tsquery('simple'::regconfig, quote_literal(${parameters.Count}) || ':*')";
            if (words.Count == 1)
            {
                sql.Append(prefix);
                continue;
            }
            parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = string.Join(' ', words.Take(words.Count - 1)) });
            sql.Append(CultureInfo.InvariantCulture, $"tsquery_phrase(phraseto_tsquery('simple'::regconfig, ${parameters.Count}), {prefix})");
        }
        return sql.ToString();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }

    private static NpgsqlParameter TextArray<T>(IReadOnlyList<T> rows, Func<T, string?> value) => new()
    {
        NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
        Value = rows.Select(row => value(row) is { } text ? Clean(text) : null).ToArray(),
    };

    // PostgreSQL text cannot hold NUL. U+FFFD has the same UTF-16 length, so every span offset stays valid.
    private static string Clean(string text) => text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : text;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private static Article ReadArticle(NpgsqlDataReader reader) => new()
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
}
