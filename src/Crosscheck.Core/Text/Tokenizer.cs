using Crosscheck.Documents;

namespace Crosscheck.Text;

/// <summary>Splits text into word, number and punctuation tokens, as offsets.</summary>
/// <remarks>Thread-safe; allocates only the result list.</remarks>
public static class Tokenizer
{
    /// <summary>Tokenises the whole of <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        Tokenize(text.AsSpan(), 0, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/>, whose first char sits at <paramref name="offset"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
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
                i++;
                while (i < text.Length)
                {
                    if (char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }
                    // Inner apostrophes and hyphens join ("don't", "Kremlin-backed"); a trailing one does not.
                    else if (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
                tokens.Add(new Token(new TextSpan(offset + start, i - start), TokenKind.Word));
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    if (char.IsDigit(text[i]))
                    {
                        i++;
                    }
                    // "1,200" and "3.5" stay one number; "5." at a sentence end does not swallow the period.
                    else if ((text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
                tokens.Add(new Token(new TextSpan(offset + start, i - start), TokenKind.Number));
            }
            else
            {
                i++;
                tokens.Add(new Token(new TextSpan(offset + start, 1), TokenKind.Punctuation));
            }
        }
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';
}
