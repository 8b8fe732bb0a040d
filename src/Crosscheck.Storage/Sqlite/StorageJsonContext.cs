using System.Text.Json.Serialization;

namespace Crosscheck.Storage.Sqlite;

/// <summary>Source-generated JSON for the few values stored as JSON text.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
