using System.Collections.Frozen;

namespace Crosscheck.Entities;

/// <summary>Multi-word lexicon entries ("Prime Minister", "New York", "close to"), matched word by word.</summary>
/// <typeparam name="T">The value an entry carries.</typeparam>
/// <remarks>Immutable after construction and thread-safe. Longer entries win.</remarks>
internal sealed class PhraseTable<T>
{
    // The span lookup is taken once: asking the dictionary for it per call costs more than the lookup itself.
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly StringComparison _comparison;
    private readonly ulong _bit;

    public PhraseTable(IEnumerable<KeyValuePair<string, T>> entries, bool ignoreCase, WordBits bits)
    {
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var groups = new Dictionary<string, List<(string[] Words, T Value)>>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (phrase, value) in entries)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }
            if (!groups.TryGetValue(words[0], out var list))
            {
                groups[words[0]] = list = [];
            }
            list.Add((words, value));
        }
        var frozen = new Dictionary<string, (string[] Words, T Value)[]>(groups.Comparer);
        foreach (var (first, list) in groups)
        {
            list.Sort(static (a, b) => b.Words.Length.CompareTo(a.Words.Length));
            frozen[first] = [.. list];
        }
        _byFirstWord = frozen.ToFrozenDictionary(groups.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        _bit = bits.Register(groups.Keys);
    }

    /// <summary>Whether some entry may start at <paramref name="word"/>: a bit test, for scans that call at every word.</summary>
    public bool MayStart(EntityWord word) => (word.Lexicons & _bit) != 0;

    /// <summary>The table's lexicon bit (<see cref="WordBits"/>): a word without it starts no entry.</summary>
    public ulong Bit => _bit;

    /// <summary>The longest entry that starts at word <paramref name="index"/>.</summary>
    /// <returns>The number of words matched, or 0.</returns>
    public int Match(string text, List<EntityWord> words, int index, out T value)
    {
        value = default!;
        if (index >= words.Count || (words[index].Lexicons & _bit) == 0)
        {
            return 0;
        }
        if (!_byFirstWord.TryGetValue(Slice(text, words[index]), out var candidates))
        {
            return 0;
        }
        foreach (var (entry, entryValue) in candidates)
        {
            if (index + entry.Length > words.Count)
            {
                continue;
            }
            var ok = true;
            for (var w = 1; w < entry.Length && ok; w++)
            {
                var word = words[index + w];
                // A possessive may only end the phrase ("the United States' allies" aside).
                ok = !words[index + w - 1].Possessive && Slice(text, word).Equals(entry[w], _comparison);
            }
            if (ok)
            {
                value = entryValue;
                return entry.Length;
            }
        }
        return 0;
    }

    /// <summary>Whether a single word is an entry of its own.</summary>
    public bool Contains(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (!_byFirstWord.TryGetValue(word, out var candidates))
        {
            return false;
        }
        foreach (var (entry, entryValue) in candidates)
        {
            if (entry.Length == 1)
            {
                value = entryValue;
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> (the scanned word <paramref name="word"/>, or its form without a final period) is an entry of its own.</summary>
    public bool Contains(EntityWord word, ReadOnlySpan<char> text, out T value)
    {
        if ((word.Lexicons & _bit) == 0)
        {
            value = default!;
            return false;
        }
        return Contains(text, out value);
    }

    private static ReadOnlySpan<char> Slice(string text, EntityWord word) => text.AsSpan(word.Start, word.Length);
}
