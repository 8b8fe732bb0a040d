using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;

namespace Crosscheck.Lexicons;

/// <summary>
/// Word lists and tables embedded as <c>Lexicons/*.txt</c> resources, loaded once into frozen lookups.
/// </summary>
/// <remarks>
/// File format: one entry per line; <c>#</c> starts a comment; blank lines are ignored. For tables, a tab or <c>=</c>
/// separates key from value. Thread-safe.
/// </remarks>
public static class Lexicon
{
    private static readonly ConcurrentDictionary<string, FrozenSet<string>> Sets = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, FrozenDictionary<string, string>> Tables = new(StringComparer.Ordinal);

    /// <summary>The entries of <c>Lexicons/{name}.txt</c>, compared case-insensitively.</summary>
    public static FrozenSet<string> Set(string name) =>
        Sets.GetOrAdd(name, static n => Lines(n).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>The key/value rows of <c>Lexicons/{name}.txt</c>, keys compared case-insensitively.</summary>
    public static FrozenDictionary<string, string> Table(string name) =>
        Tables.GetOrAdd(name, static n =>
        {
            var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in Lines(n))
            {
                var separator = line.IndexOf('\t');
                if (separator < 0)
                {
                    separator = line.IndexOf('=');
                }
                if (separator <= 0)
                {
                    throw new InvalidDataException($"Lexicon '{n}': line '{line}' has no tab or '=' separator.");
                }
                table.TryAdd(line[..separator].Trim(), line[(separator + 1)..].Trim());
            }
            return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        });

    /// <summary>The non-comment, non-blank lines of <c>Lexicons/{name}.txt</c>, trimmed, in file order.</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        var resource = $"Crosscheck.Lexicons.{name}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded lexicon '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } raw)
        {
            var comment = raw.IndexOf('#');
            var line = (comment >= 0 ? raw[..comment] : raw).Trim();
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }
        return lines;
    }
}
