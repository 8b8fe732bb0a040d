using System.Globalization;
using System.Text.Json;

namespace Crosscheck.Storage.Sqlite;

/// <summary>How values are written to and read from SQLite text columns.</summary>
internal static class SqliteValues
{
    /// <summary>A UTC instant whose text order is its time order.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>An instant with the offset it was given in (ISO 8601 round-trip form).</summary>
    public static string WithOffset(DateTimeOffset value) => value.ToString("o", CultureInfo.InvariantCulture);

    /// <summary>Parses <see cref="WithOffset"/> output.</summary>
    public static DateTimeOffset ParseWithOffset(string value) =>
        DateTimeOffset.ParseExact(value, "o", CultureInfo.InvariantCulture, DateTimeStyles.None);

    /// <summary>A list of strings as a JSON array.</summary>
    public static string JsonList(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyListString);

    /// <summary>Parses <see cref="JsonList"/> output.</summary>
    public static IReadOnlyList<string> ParseJsonList(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Default.StringArray) ?? [];
}
