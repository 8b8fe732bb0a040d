namespace Crosscheck.Storage.Search;

/// <summary>One article matching a full-text search.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Outlet">Its outlet (empty when unknown).</param>
/// <param name="Source">Where it was read from.</param>
/// <param name="Snippet">
/// A short excerpt of the title or text around the match, each matched word wrapped in
/// <see cref="MatchStart"/> and <see cref="MatchEnd"/>.
/// </param>
/// <param name="Rank">Relevance: higher is better; comparable only within one search of one backend.</param>
public sealed record SearchHit(string ArticleId, string Title, string Outlet, string Source, string Snippet, double Rank)
{
    /// <summary>Opens a matched word in <see cref="Snippet"/>.</summary>
    public const string MatchStart = "**";

    /// <summary>Closes a matched word in <see cref="Snippet"/>.</summary>
    public const string MatchEnd = "**";

    /// <summary>Marks text left out of <see cref="Snippet"/>.</summary>
    public const string Ellipsis = "…";
}
