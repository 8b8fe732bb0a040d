using AngleSharp.Html.Parser;

namespace Crosscheck.Ingest.Html;

/// <summary>Turns an HTML fragment (a feed item's content) into text with the same rules as a page's main content.</summary>
internal static class HtmlText
{
    /// <summary>
    /// The text of <paramref name="html"/>: blocks become paragraphs separated by blank lines, boilerplate elements are
    /// dropped, entities decoded. The whole fragment counts as content: no main-content selection.
    /// </summary>
    public static string FromFragment(string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HtmlNesting.Exceeds(html))
        {
            return "";
        }
        var parser = new HtmlParser(HtmlArticleReader.ParserOptions);
        using var document = parser.ParseDocument("<!doctype html><html><body>" + html + "</body></html>");
        return document.Body is { } body ? MainContentExtractor.ExtractAll(body, cancellationToken) : "";
    }
}
