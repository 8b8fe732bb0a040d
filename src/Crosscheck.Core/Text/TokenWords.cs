using System.Buffers;

namespace Crosscheck.Text;

/// <summary>
/// The <see cref="SharedWords"/> id of each token of one article, made once by the text stage and read by the entity,
/// attribution and claims stages in place of their own word look-ups.
/// </summary>
/// <remarks>
/// The ids sit in a rented array: the pipeline returns it once the last stage has run and takes it off the document
/// it returns, so nothing is kept after an analysis. A document made outside a pipeline keeps its array until it is
/// collected. A stage reads the ids only through <see cref="Of"/>, which checks that they belong to the document's
/// tokens and have not been returned.
/// </remarks>
internal sealed class TokenWords
{
    private readonly IReadOnlyList<Token> _tokens;
    private int[]? _ids;

    private TokenWords(IReadOnlyList<Token> tokens, int[] ids)
    {
        _tokens = tokens;
        _ids = ids;
    }

    /// <summary>The ids, one per token.</summary>
    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, _tokens.Count);

    /// <summary>
    /// The rented array itself (one id per token first, then unused entries), for a stage that indexes it in a hot loop
    /// while it runs; never kept past the stage's call.
    /// </summary>
    public int[] IdArray => _ids ?? [];

    /// <summary>Identifies the words of <paramref name="tokens"/>, tokens of <paramref name="text"/>.</summary>
    public static TokenWords Make(string text, IReadOnlyList<Token> tokens)
    {
        var ids = ArrayPool<int>.Shared.Rent(tokens.Count);
        SharedWords.Identify(text, TokenList.AsSpan(tokens), ids);
        return new TokenWords(tokens, ids);
    }

    /// <summary>The ids of <paramref name="document"/>'s tokens, or null when it carries none for them.</summary>
    public static TokenWords? Of(Pipeline.AnalyzedArticle document) =>
        document.Words is { _ids: not null } words && ReferenceEquals(words._tokens, document.Tokens) ? words : null;

    /// <summary>Returns the array to the pool; the ids are gone after this.</summary>
    public void Return()
    {
        if (_ids is { } ids)
        {
            _ids = null;
            ArrayPool<int>.Shared.Return(ids);
        }
    }
}
