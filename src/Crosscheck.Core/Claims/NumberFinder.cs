using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>Finds the numbers a sentence states, as written: "3,000", "40 percent", "$2.5 billion", "two-thirds".</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class NumberFinder
{
    /// <summary>
    /// The numbers among tokens [<paramref name="first"/>, <paramref name="end"/>), whose word-list flags
    /// (<see cref="ClaimLexicons.Lookup(string, ReadOnlySpan{Token}, Span{ClaimWord})"/>) <paramref name="words"/> holds from <paramref name="first"/> on.
    /// </summary>
    public static List<string> Find(string text, ReadOnlySpan<Token> tokens, int first, int end, ReadOnlySpan<ClaimWord> words)
    {
        var numbers = new List<string>();
        var i = first;
        while (i < end)
        {
            if (!IsNumber(text, tokens[i], words[i - first]))
            {
                i++;
                continue;
            }
            var start = tokens[i].Span.Start;
            if (i > first && tokens[i - 1].Span.End == start && tokens[i - 1].Kind == TokenKind.Punctuation
                && text[tokens[i - 1].Span.Start] is '$' or '\u20AC' or '\u00A3' or '\u00A5')
            {
                start = tokens[i - 1].Span.Start;
            }
            var j = i + 1;
            while (j < end && IsNumber(text, tokens[j], words[j - first]))
            {
                j++;
            }
            if (j < end && tokens[j].Kind == TokenKind.Punctuation && text[tokens[j].Span.Start] == '%')
            {
                j++;
            }
            else if (j < end)
            {
                j += ClaimLexicons.NumberUnits.LengthAt(text, tokens, j, end);
            }
            // A bare year ("in 2022") is a date, not a quantity; it counts as a specific time instead.
            // So is a day of the month ("March 4", "4 March").
            if (j != i + 1 || !IsYear(tokens[i].Span.Slice(text)) && !IsDayOfMonth(tokens, words, i, first, end))
            {
                numbers.Add(text[start..tokens[j - 1].Span.End]);
            }
            i = j;
        }
        return numbers;
    }

    private static bool IsDayOfMonth(ReadOnlySpan<Token> tokens, ReadOnlySpan<ClaimWord> words, int index, int first, int end)
    {
        if (tokens[index].Kind != TokenKind.Number || tokens[index].Span.Length > 2)
        {
            return false;
        }
        return index > first && (words[index - 1 - first] & ClaimWord.Time) != 0
            || index + 1 < end && (words[index + 1 - first] & ClaimWord.Time) != 0;
    }

    private static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal));

    // The length of the shortest word IsNumber could read as a compound: a head (a number word or "one"), a hyphen and
    // a tail (a number word, "third", "quarter" or "fifth").
    private static readonly int ShortestCompound = Shortest("one") + 1 + Shortest("third", "quarter", "fifth");

    private static int Shortest(params string[] extra)
    {
        var shortest = int.MaxValue;
        foreach (var word in ClaimLexicons.NumberWords)
        {
            shortest = Math.Min(shortest, word.Length);
        }
        foreach (var word in extra)
        {
            shortest = Math.Min(shortest, word.Length);
        }
        return shortest;
    }

    private static bool IsNumber(string text, Token token, ClaimWord flags)
    {
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }
        if ((flags & ClaimWord.NumberWord) != 0)
        {
            return true;
        }
        var word = token.Span.Slice(text);
        // "two-thirds", "twenty-five", "one-third": every part a number word. Shorter words cannot be two such parts
        // and a hyphen, so most words are not searched for one.
        if (word.Length < ShortestCompound)
        {
            return false;
        }
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0)
        {
            return false;
        }
        var head = word[..hyphen];
        var tail = word[(hyphen + 1)..];
        return ((ClaimLexicons.Lookup(head) & ClaimWord.NumberWord) != 0 || head.Equals("one", StringComparison.OrdinalIgnoreCase))
            && ((ClaimLexicons.Lookup(tail) & ClaimWord.NumberWord) != 0 || tail.Equals("third", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("quarter", StringComparison.OrdinalIgnoreCase) || tail.Equals("fifth", StringComparison.OrdinalIgnoreCase));
    }
}
