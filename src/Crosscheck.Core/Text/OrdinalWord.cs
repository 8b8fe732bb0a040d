namespace Crosscheck.Text;

/// <summary>Case-insensitive (ordinal) comparison of a token with a word, for rules that compare most tokens with many words.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class OrdinalWord
{
    /// <summary>
    /// Whether <paramref name="token"/> equals <paramref name="word"/> ignoring case, as
    /// <c>token.Equals(word, StringComparison.OrdinalIgnoreCase)</c>. Most pairs differ in length or first letter: two
    /// ASCII characters that differ after folding ASCII case differ under any ordinal case folding, so those pairs
    /// answer without the library comparison.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool EqualsIgnoreCase(ReadOnlySpan<char> token, string word)
    {
        if (token.Length != word.Length)
        {
            return false;
        }
        if (word.Length == 0)
        {
            return true;
        }
        var (t, w) = (token[0], word[0]);
        return ((t | w) >= 0x80 || (t | 0x20) == (w | 0x20)) && token.Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
