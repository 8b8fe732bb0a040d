using System.Runtime.InteropServices;

namespace Crosscheck.Text;

/// <summary>Token lists as spans, so hot loops index an array instead of calling through an interface per token.</summary>
internal static class TokenList
{
    /// <summary>
    /// <paramref name="tokens"/> as a span: the list's own storage when it is a <see cref="List{T}"/> or an array (the
    /// tokenizer's output), a copy otherwise. The span is only valid while the list is not changed.
    /// </summary>
    public static ReadOnlySpan<Token> AsSpan(IReadOnlyList<Token> tokens) => tokens switch
    {
        List<Token> list => CollectionsMarshal.AsSpan(list),
        Token[] array => array,
        _ => tokens.ToArray(),
    };
}
