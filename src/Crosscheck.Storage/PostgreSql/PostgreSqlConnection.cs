using System.Globalization;
using Npgsql;

namespace Crosscheck.Storage.PostgreSql;

/// <summary>Recognises and parses the ways a user names a PostgreSQL database: a URL or an Npgsql connection string.</summary>
public static class PostgreSqlConnection
{
    /// <summary>
    /// Whether <paramref name="database"/> names a PostgreSQL database: a <c>postgres://</c> or <c>postgresql://</c>
    /// URL, or a connection string with a <c>Host=</c> key.
    /// </summary>
    public static bool IsPostgreSql(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var trimmed = database.TrimStart();
        return trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || (trimmed.Contains('=', StringComparison.Ordinal) && HasHostKey(trimmed));
    }

    /// <summary>The Npgsql connection string for a URL (<c>postgres://user:pass@host:port/db?sslmode=require</c>) or a connection string.</summary>
    /// <exception cref="ArgumentException">The URL or connection string cannot be parsed.</exception>
    public static string ToConnectionString(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var trimmed = database.Trim();
        if (!trimmed.Contains("://", StringComparison.Ordinal))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(trimmed).ConnectionString;
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new ArgumentException($"invalid PostgreSQL connection string: {ex.Message}", nameof(database), ex);
            }
        }
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new ArgumentException("invalid PostgreSQL URL; expected postgres://user:password@host:port/database", nameof(database));
        }
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host.Trim('[', ']') };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }
        var path = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (path.Length > 0)
        {
            builder.Database = path;
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            switch (key.ToLowerInvariant())
            {
                case "sslmode":
                    builder.SslMode = Enum.Parse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
                    break;
                case "search_path" or "schema":
                    builder.SearchPath = value;
                    break;
                case "connect_timeout":
                    builder.Timeout = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                        ? seconds
                        : throw new ArgumentException($"invalid connect_timeout '{value}' in the PostgreSQL URL", nameof(database));
                    break;
                case "application_name":
                    builder.ApplicationName = value;
                    break;
                default:
                    throw new ArgumentException($"unsupported PostgreSQL URL parameter '{key}'", nameof(database));
            }
        }
        return builder.ConnectionString;
    }

    /// <summary>A description of the database safe to print: host, port and database, never the password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
    }

    private static bool HasHostKey(string connectionString)
    {
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                var key = part[..equals].Trim();
                if (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
