using Crosscheck.Storage.PostgreSql;

namespace Crosscheck.Workspace;

/// <summary>Naming stores to users.</summary>
public sealed partial class CrosscheckWorkspace
{
    /// <summary>How to name <paramref name="database"/> to a user: a SQLite file's full path, or a PostgreSQL database without its password.</summary>
    public static string DescribeDatabase(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!PostgreSqlConnection.IsPostgreSql(database))
        {
            return Path.GetFullPath(database);
        }
        try
        {
            return PostgreSqlConnection.Describe(PostgreSqlConnection.ToConnectionString(database));
        }
        catch (ArgumentException)
        {
            return "PostgreSQL";
        }
    }
}
