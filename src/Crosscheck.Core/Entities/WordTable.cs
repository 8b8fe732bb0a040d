using System.Collections.Frozen;
using Crosscheck.Text;

namespace Crosscheck.Entities;

/// <summary>A word-to-value table looked up by span, held in a <see cref="WordMap{T}"/> (see <see cref="WordSet"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class WordTable
{
    private readonly WordMap<string> _lookup;

    public WordTable(FrozenDictionary<string, string> table, WordBits bits)
    {
        _lookup = new WordMap<string>(table, WordComparisonOf.Comparer(table.Comparer));
        bits.Register(table.Keys);
    }

    /// <summary>Whether <paramref name="word"/> has an entry.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>The entry of <paramref name="word"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) =>
        _lookup.TryGetValue(word, out value);
}
