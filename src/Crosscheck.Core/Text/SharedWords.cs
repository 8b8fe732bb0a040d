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

    // The ids again, in a table made for the text stage's one probe per token, keyed so that most tokens need no
    // compare of characters: a word of up to eight ASCII characters is its own key (seven bits a folded character
    // under a leading 1, below bit 57), a longer one its hash with the top bit set, confirmed by comparing the
    // characters. The keys (64 KB) and the ids beside them stay in the caches the later stages share, where the map's
    // 24-byte slots and a string per hit did not.
    private static readonly (ulong[] Keys, ushort[] Ids, int Shift) Table = BuildTable(Vocabulary.Words);

    /// <summary>The vocabulary's words, by id.</summary>
    public static ReadOnlySpan<string> Words => Vocabulary.Words;

    /// <summary>The id of <paramref name="word"/>, or <see cref="Unlisted"/>.</summary>
    public static int IdOf(ReadOnlySpan<char> word) => Vocabulary.Map.TryGetValue(word, out var id) ? id : Unlisted;

    /// <summary>Writes each token's id into <paramref name="ids"/> (one entry per token).</summary>
    public static void Identify(string text, ReadOnlySpan<Token> tokens, Span<int> ids)
    {
        var (keys, idOf, shift) = Table;
        var words = Vocabulary.Words;
        var mask = keys.Length - 1;
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = tokens[t].Span.Slice(text);
            var key = KeyOf(word);
            if (key == 0)
            {
                ids[t] = Unknown;
                continue;
            }
            var id = Unlisted;
            for (var slot = SlotOf(key, shift); ; slot = (slot + 1) & mask)
            {
                var found = keys[slot];
                if (found == 0)
                {
                    break;
                }
                if (found == key && (key < LongKey || WordFold.Equal(words[idOf[slot]], word)))
                {
                    id = idOf[slot];
                    break;
                }
            }
            ids[t] = id;
        }
    }

    // The top bit marks a long word's key (a hash); a short word's key stays below bit 57.
    private const ulong LongKey = 1UL << 63;

    /// <summary>
    /// The key of <paramref name="word"/> (0 when it holds a character outside ASCII or an apostrophe): words
    /// <see cref="WordFold"/> equates have the same key, and two short words with the same key are equal so folded.
    /// </summary>
    private static ulong KeyOf(ReadOnlySpan<char> word)
    {
        if (word.Length <= 8)
        {
            var key = 1UL;
            foreach (var c in word)
            {
                if (c >= 128 || c == '\'')
                {
                    return 0;
                }
                key = key << 7 | (c is >= 'a' and <= 'z' ? (uint)(c - 32) : c);
            }
            return key;
        }
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            if (c >= 128 || c == '\'')
            {
                return 0;
            }
            hash = (hash ^ (c is >= 'a' and <= 'z' ? (uint)(c - 32) : c)) * 1099511628211UL;
        }
        return hash | LongKey;
    }

    // FNV's and the packed keys' low bits are weak: mix before taking the top bits.
    private static int SlotOf(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private static (ulong[], ushort[], int) BuildTable(string[] words)
    {
        if (words.Length > ushort.MaxValue)
        {
            throw new InvalidOperationException("the shared vocabulary has outgrown its 16-bit ids");
        }
        var bits = 4;
        while ((1 << bits) < words.Length * 2)
        {
            bits++;
        }
        var keys = new ulong[1 << bits];
        var ids = new ushort[1 << bits];
        var shift = 64 - bits;
        for (var id = 0; id < words.Length; id++)
        {
            // A token gets an id only when it is ASCII without an apostrophe, so it can equal a word (as WordFold
            // folds both) only when the word's folded characters are too; those are keyed as the token would be.
            var word = words[id];
            var folded = new char[word.Length];
            for (var k = 0; k < word.Length; k++)
            {
                folded[k] = WordFold.Fold(word[k]);
            }
            var key = KeyOf(folded);
            if (key == 0)
            {
                continue;
            }
            var slot = SlotOf(key, shift);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & (keys.Length - 1);
            }
            keys[slot] = key;
            ids[slot] = (ushort)id;
        }
        return (keys, ids, shift);
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
