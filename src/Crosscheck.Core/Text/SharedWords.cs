using System.Runtime.CompilerServices;
using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Entities;

namespace Crosscheck.Text;

/// <summary>
/// One vocabulary for the word lexicons of the entity, attribution and claims stages and of the shipped cue model:
/// each word (as <see cref="WordFold"/> folds it) has an id, and each stage keeps its own answer per id in an array.
/// The text stage gives every token its id once (<see cref="Identify"/>); a stage's lexicon test of a token is then an
/// array read where each stage hashed the token again into a table of its own (four hashes and four probes a word).
/// </summary>
/// <remarks>
/// A token's id is exact for every table that compares words as <see cref="WordFold"/> does: two words it folds alike
/// have the same answer in such a table, so the answer for the vocabulary's word is the token's. Only ASCII tokens
/// without an apostrophe get an id or <see cref="Unlisted"/>: the attribution lists compare ignoring case (ordinal),
/// which for ASCII letters is exactly <see cref="WordFold"/>, and do not read ’ as '; other tokens are
/// <see cref="Unknown"/> and each stage asks its own table as before. Read-only and thread-safe once built.
/// </remarks>
internal static class SharedWords
{
    /// <summary>The id of an ASCII token without an apostrophe that no table of the vocabulary holds.</summary>
    public const int Unlisted = -1;

    /// <summary>The id of a token each stage must look up itself (non-ASCII, an apostrophe, or no id computed).</summary>
    public const int Unknown = -2;

    private static readonly (WordMap<int> Map, string[] Words) Vocabulary = Build();

    // The ids again, in a table made for the text stage's one probe per token: a 64-bit entry per slot holding the
    // word's hash (top 48 bits) and its id plus one (low 16 bits; 0 is an empty slot), 8 bytes where the map's slot
    // takes 24, so the table (64 KB) stays in the caches the later stages share. A tag that matches is confirmed by
    // comparing the characters with the word of that id, so the answer is the map's.
    private static readonly ulong[] Entries = BuildEntries(Vocabulary.Words, out EntryShift);
    private static readonly int EntryShift;

    /// <summary>The vocabulary's words, by id.</summary>
    public static ReadOnlySpan<string> Words => Vocabulary.Words;

    /// <summary>The id of <paramref name="word"/>, or <see cref="Unlisted"/>.</summary>
    public static int IdOf(ReadOnlySpan<char> word) => Vocabulary.Map.TryGetValue(word, out var id) ? id : Unlisted;

    /// <summary>Writes each token's id into <paramref name="ids"/> (one entry per token).</summary>
    public static void Identify(string text, ReadOnlySpan<Token> tokens, Span<int> ids)
    {
        var entries = Entries;
        var words = Vocabulary.Words;
        var shift = EntryShift;
        var mask = entries.Length - 1;
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = tokens[t].Span.Slice(text);
            // The fold and the hash as WordFold.Hash computes them, with the test for a character outside ASCII or an
            // apostrophe in the same pass.
            var hash = 14695981039346656037UL;
            var plain = true;
            foreach (var c in word)
            {
                if (c >= 128 || c == '\'')
                {
                    plain = false;
                    break;
                }
                hash = (hash ^ (c is >= 'a' and <= 'z' ? (uint)(c - 32) : c)) * 1099511628211UL;
            }
            if (!plain)
            {
                ids[t] = Unknown;
                continue;
            }
            var id = Unlisted;
            for (var slot = SlotOf(hash, shift); ; slot = (slot + 1) & mask)
            {
                var entry = entries[slot];
                if (entry == 0)
                {
                    break;
                }
                if ((entry ^ hash) >> 16 == 0 && WordFold.Equal(words[(int)(entry & 0xFFFF) - 1], word))
                {
                    id = (int)(entry & 0xFFFF) - 1;
                    break;
                }
            }
            ids[t] = id;
        }
    }

    // As WordMap places a hash: FNV's low bits are weak, so mix before taking the top bits.
    private static int SlotOf(ulong hash, int shift) => (int)((hash * 0x9E3779B97F4A7C15UL) >> shift);

    private static ulong[] BuildEntries(string[] words, out int shift)
    {
        if (words.Length >= 0xFFFF)
        {
            throw new InvalidOperationException("the shared vocabulary has outgrown its 16-bit ids");
        }
        var bits = 4;
        while ((1 << bits) < words.Length * 2)
        {
            bits++;
        }
        var entries = new ulong[1 << bits];
        shift = 64 - bits;
        for (var id = 0; id < words.Length; id++)
        {
            var hash = WordFold.Hash(words[id]);
            var slot = SlotOf(hash, shift);
            while (entries[slot] != 0)
            {
                slot = (slot + 1) & (entries.Length - 1);
            }
            entries[slot] = (hash & ~0xFFFFUL) | (uint)(id + 1);
        }
        return entries;
    }

    /// <summary>
    /// Per id, <paramref name="answer"/> for the vocabulary's word: a stage's table by id. Call it where the stage's own
    /// table is complete (built on a stage's first use, not while the lexicons load).
    /// </summary>
    public static T[] ById<T>(Func<string, T> answer)
    {
        var words = Vocabulary.Words;
        var table = new T[words.Length];
        for (var id = 0; id < words.Length; id++)
        {
            table[id] = answer(words[id]);
        }
        return table;
    }

    private static (WordMap<int>, string[]) Build()
    {
        // The attribution lists include the extractor's own static lists, made as its type initialises.
        RuntimeHelpers.RunClassConstructor(typeof(AttributionExtractor).TypeHandle);
        var words = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(IEnumerable<string> source)
        {
            foreach (var word in source)
            {
                seen.TryAdd(word, words.Count);
                if (seen.Count > words.Count)
                {
                    words.Add(word);
                }
            }
        }
        Add(EntityLexicon.Bits.Words);
        Add(AttributionExtractor.ListedWordKeys);
        Add(CueModel.Shipped.WordKeys);
        Add(ClaimLexicons.WordKeys);
        // Words the fold equates share the first one's id (the map keeps the first value), so each fold class has one
        // id, and the per-id answers are asked of that word.
        var map = new WordMap<int>(words.Select((word, id) => KeyValuePair.Create(word, id)));
        var unique = new List<string>();
        var ids = new List<KeyValuePair<string, int>>();
        foreach (var word in words)
        {
            if (map.TryGetValue(word, out var first) && ReferenceEquals(words[first], word))
            {
                ids.Add(KeyValuePair.Create(word, unique.Count));
                unique.Add(word);
            }
        }
        return (new WordMap<int>(ids), [.. unique]);
    }
}
