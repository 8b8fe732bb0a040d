using System.Reflection;

namespace Crosscheck.Storage.Migrations;

/// <summary>One schema change: an embedded <c>.sql</c> file, named so that ordinal order is the order to apply.</summary>
/// <param name="Version">The file name without extension ("0001_initial"), recorded once applied.</param>
/// <param name="Sql">The statements.</param>
internal sealed record Migration(string Version, string Sql)
{
    private const string Prefix = "Crosscheck.Storage.Migrations.";

    /// <summary>The migrations embedded for a backend, in the order to apply them.</summary>
    /// <param name="folder">The sub-folder of <c>Migrations/</c> ("" for the SQLite files at its top).</param>
    /// <remarks>The project embeds files under their folder path, so a sub-folder's files are named "PostgreSql/0001_x.sql".</remarks>
    public static IReadOnlyList<Migration> Load(string folder = "")
    {
        var assembly = typeof(Migration).Assembly;
        var prefix = folder.Length == 0 ? Prefix : $"{Prefix}{folder}/";
        var migrations = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }
            var version = name[prefix.Length..^".sql".Length];
            if (version.Contains('/', StringComparison.Ordinal) || version.Contains('\\', StringComparison.Ordinal))
            {
                continue;
            }
            migrations.Add(new Migration(version, ReadResource(assembly, name)));
        }
        migrations.Sort((a, b) => string.CompareOrdinal(a.Version, b.Version));
        return migrations;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded migration '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
