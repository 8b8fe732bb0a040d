using System.Collections.Frozen;

namespace Crosscheck.Entities;

/// <summary>A frozen word-to-value table looked up by span, its span lookup taken once (see <see cref="WordSet"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class WordTable
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordTable(FrozenDictionary<string, string> table, WordBits bits)
    {
        _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        bits.Register(table.Keys);
    }

    /// <summary>Whether <paramref name="word"/> has an entry.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>The entry of <paramref name="word"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) =>
        _lookup.TryGetValue(word, out value);
}
