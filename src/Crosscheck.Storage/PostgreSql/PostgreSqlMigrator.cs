using System.Text;
using Crosscheck.Storage.Migrations;
using Npgsql;

namespace Crosscheck.Storage.PostgreSql;

/// <summary>
/// Applies the PostgreSQL migrations not yet recorded in <c>schema_migrations</c> of the connection's schema, all in
/// one transaction under an advisory lock, so two processes opening a new database at once do not both migrate it.
/// </summary>
internal static class PostgreSqlMigrator
{
    /// <summary>The folder of <c>Migrations/</c> holding the PostgreSQL files.</summary>
    public const string Folder = "PostgreSql";

    /// <summary>Applies what is missing; returns how many migrations ran (0 when the schema is current).</summary>
    /// <exception cref="StoreException">The schema holds another program's tables, or was written by a newer Crosscheck.</exception>
    public static async Task<int> ApplyAsync(NpgsqlConnection connection, TimeProvider timeProvider, string description, CancellationToken cancellationToken)
    {
        var migrations = Migration.Load(Folder);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext('crosscheck-migrations:' || current_schema()))", cancellationToken).ConfigureAwait(false);

        var tables = new HashSet<string>(StringComparer.Ordinal);
        await using (var select = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tables.Add(reader.GetString(0));
            }
        }
        if (!tables.Contains("schema_migrations") && (tables.Contains("articles") || tables.Contains("analyses")))
        {
            throw StoreException.NotACrosscheckDatabase(description, "it has an articles table that Crosscheck did not create");
        }

        await ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT NOT NULL PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)", cancellationToken).ConfigureAwait(false);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var select = new NpgsqlCommand("SELECT version FROM schema_migrations", connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(reader.GetString(0));
            }
        }

        var known = migrations.Select(m => m.Version).ToHashSet(StringComparer.Ordinal);
        var unknown = new StringBuilder();
        foreach (var version in applied.Order(StringComparer.Ordinal))
        {
            if (!known.Contains(version))
            {
                unknown.Append(unknown.Length == 0 ? "" : ", ").Append(version);
            }
        }
        if (unknown.Length > 0)
        {
            throw new StoreException($"'{description}' was written by a newer Crosscheck (schema {unknown}); upgrade Crosscheck to open it");
        }

        var count = 0;
        foreach (var migration in migrations)
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = timeProvider.GetUtcNow() });
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            count++;
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
