using Crosscheck.Lexicons;
using Crosscheck.Text;
using System.Collections.Frozen;

namespace Crosscheck.Entities;

/// <summary>Cuts a sentence into the words the entity rules work on.</summary>
/// <remarks>
/// Differs from the general tokenizer where names need it: "U.S." and "Mr." keep their periods, an initial keeps its
/// period ("John F. Kennedy"), and a possessive "'s" is cut off the word and remembered.
/// </remarks>
internal static class EntityWordScanner
{
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        Lexicon.Table("abbreviations").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Appends the words of text [<paramref name="from"/>, <paramref name="to"/>) to <paramref name="words"/>. A word
    /// that is also a token takes its lexicon bits from the token's shared id (<paramref name="ids"/>, one per token of
    /// <paramref name="tokens"/>, empty when there are none); <paramref name="cursor"/> is the first token not passed
    /// yet, kept from one call to the next as the sentences come in text order.
    /// </summary>
    public static void Scan(string text, int from, int to, List<EntityWord> words, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, ref int cursor)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetter(c))
            {
                // "U.S.", "a.m.", "J.R.R.": single letters joined by periods.
                if (i + 3 < to && text[i + 1] == '.' && char.IsLetter(text[i + 2]) && text[i + 3] == '.')
                {
                    var j = i;
                    while (j + 1 < to && char.IsLetter(text[j]) && text[j + 1] == '.')
                    {
                        j += 2;
                    }
                    words.Add(Scanned(text, start, j, ShapeOf(text, start, j) | WordShape.Dotted, false, tokens, ids, ref cursor));
                    i = j;
                    continue;
                }
                i++;
                while (i < to)
                {
                    if (char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }
                    else if (text[i] is '\'' or '\u2019' or '-' or '\u2010' or '\u2011' && i + 1 < to && char.IsLetter(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
                var end = i;
                var possessive = false;
                if (end - start > 2 && text[end - 2] is '\'' or '\u2019' && text[end - 1] is 's' or 'S')
                {
                    end -= 2;
                    possessive = true;
                }
                var shape = ShapeOf(text, start, end);
                if (!possessive && i < to && text[i] == '.'
                    && (end - start == 1 && char.IsUpper(text[start]) || Abbreviations.ContainsKey(text.AsSpan(start, end - start))))
                {
                    // The period belongs to an initial or an abbreviation; the sentence splitter already decided
                    // whether it also ends the sentence.
                    i++;
                    end = i;
                    shape |= WordShape.Dotted;
                }
                words.Add(Scanned(text, start, end, shape, possessive, tokens, ids, ref cursor));
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < to && (char.IsLetterOrDigit(text[i]) || text[i] is ',' or '.' && i + 1 < to && char.IsDigit(text[i + 1])))
                {
                    i++;
                }
                words.Add(Scanned(text, start, i, WordShape.Number, false, tokens, ids, ref cursor));
            }
            else
            {
                i++;
                words.Add(Scanned(text, start, i, WordShape.Punctuation, false, tokens, ids, ref cursor));
            }
        }
    }

    // Every word is looked up once in the union of the entity lexicons, so later rules can rule it out by a bit test.
    private static EntityWord Scanned(string text, int start, int end, WordShape shape, bool possessive,
        ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, ref int cursor) =>
        new(start, end, shape, possessive) { Lexicons = BitsOf(text, start, end, tokens, ids, ref cursor) };

    // Most words are tokens too (not "U.S.", "Mr." with its period, a possessive's name or "5G"): their bits are read
    // by the token's shared id, which the text stage found, instead of hashing the word into the lexicons' map again.
    private static ulong BitsOf(string text, int start, int end, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, ref int cursor)
    {
        if (!ids.IsEmpty)
        {
            while (cursor < tokens.Length && tokens[cursor].Span.Start < start)
            {
                cursor++;
            }
            if (cursor < tokens.Length && tokens[cursor].Span.Start == start && tokens[cursor].Span.Length == end - start
                && ids[cursor] != SharedWords.Unknown)
            {
                return EntityLexicon.Bits.OfId(ids[cursor]);
            }
        }
        return EntityLexicon.Bits.Of(text.AsSpan(start, end - start));
    }

    private static WordShape ShapeOf(string text, int start, int end)
    {
        if (char.IsLower(text[start]))
        {
            return WordShape.Lower;
        }
        if (!char.IsUpper(text[start]))
        {
            return WordShape.None;
        }
        var letters = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(text[i]))
            {
                return WordShape.Capitalised;
            }
            if (char.IsLetter(text[i]))
            {
                letters++;
            }
        }
        return letters >= 2 ? WordShape.Capitalised | WordShape.AllCaps : WordShape.Capitalised;
    }
}
