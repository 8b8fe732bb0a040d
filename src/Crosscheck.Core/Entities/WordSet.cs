using System.Collections.Frozen;

namespace Crosscheck.Entities;

/// <summary>
/// A frozen word list looked up by span. The span lookup is taken once here: asking a frozen set for it on every
/// call type-checks and fetches a delegate each time, which cost a fifth of the entity stage.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(FrozenSet<string> words)
    {
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether <paramref name="word"/> is in the list, compared as the list was built.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
