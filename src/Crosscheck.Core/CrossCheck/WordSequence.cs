using Crosscheck.Text;

namespace Crosscheck.CrossCheck;

/// <summary>The normalised words of a quote or claim: lower-case, apostrophes unified, numbers without separators.</summary>
/// <param name="Words">Every word and number in order.</param>
/// <param name="IsNumber">Whether the word at the same index is a number.</param>
/// <param name="IsCapitalised">Whether the word at the same index starts with an upper-case letter as written.</param>
/// <param name="Display">The word at the same index as written, for evidence shown to a reader.</param>
internal sealed record WordSequence(string[] Words, bool[] IsNumber, bool[] IsCapitalised, string[] Display)
{
    public int Count => Words.Length;

    public static WordSequence From(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        Tokenizer.Tokenize(text.AsSpan(), 0, tokens);
        var words = new List<string>(tokens.Count);
        var numbers = new List<bool>(tokens.Count);
        var capitals = new List<bool>(tokens.Count);
        var display = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }
            var raw = token.Span.Slice(text);
            words.Add(Normalise(raw, token.Kind == TokenKind.Number));
            numbers.Add(token.Kind == TokenKind.Number);
            capitals.Add(char.IsUpper(raw[0]));
            display.Add(raw.ToString());
        }
        return new WordSequence([.. words], [.. numbers], [.. capitals], [.. display]);
    }

    /// <summary>The distinct content words (numbers excluded).</summary>
    public HashSet<string> ContentWords()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Words.Length; i++)
        {
            if (!IsNumber[i] && CrossCheckLexicons.IsContent(Words[i]))
            {
                set.Add(Words[i]);
            }
        }
        return set;
    }

    /// <summary>The numbers in order of appearance.</summary>
    public List<string> Numbers()
    {
        var list = new List<string>();
        for (var i = 0; i < Words.Length; i++)
        {
            if (IsNumber[i])
            {
                list.Add(Words[i]);
            }
        }
        return list;
    }

    private static string Normalise(ReadOnlySpan<char> raw, bool number)
    {
        Span<char> buffer = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        foreach (var c in raw)
        {
            if (number && c == ',')
            {
                continue;
            }
            buffer[length++] = c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c);
        }
        return new string(buffer[..length]);
    }
}
