using System.Reflection;
using System.Text;
using Crosscheck.Documents;
using Crosscheck.Storage.Search;
using Crosscheck.Web.Api;
using Crosscheck.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Crosscheck.Web.Pages;

/// <summary>The HTML pages and their static assets. Pages are rendered on the server; the script only adds conveniences.</summary>
internal static class PageEndpoints
{
    private const string Html = "text/html; charset=utf-8";
    private const int SearchLimit = 30;

    /// <summary>Adds the endpoints.</summary>
    public static void Map(WebApplication app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", Home);
        pages.MapGet("/search", Search);
        pages.MapGet("/quotes", Quotes);
        pages.MapGet("/stories/{id}", Story);
        pages.MapGet("/articles/{id}", ArticleView);
        pages.MapGet("/compare", () => Page(ComparePage.Render([], null, null)));
        pages.MapPost("/compare", Compare).DisableAntiforgery();
        pages.MapGet("/assets/{name}", Asset);
    }

    private static async Task<IResult> Home(WebData data, string? q, CancellationToken cancellationToken)
    {
        var stories = await data.ListStoriesAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(q))
        {
            var html = await data.RenderedAsync("page:home", () => Task.FromResult<string?>(StoryListPage.Render(stories, null, null, null, data.DatabaseName)), cancellationToken).ConfigureAwait(false);
            return Page(html!);
        }
        var (hits, error) = await SearchAsync(data, q, cancellationToken).ConfigureAwait(false);
        return Page(StoryListPage.Render(stories, q, hits, error, data.DatabaseName));
    }

    private static async Task<IResult> Search(WebData data, string? q, CancellationToken cancellationToken)
    {
        var (hits, error) = string.IsNullOrWhiteSpace(q) ? (null, null) : await SearchAsync(data, q, cancellationToken).ConfigureAwait(false);
        return Page(SearchPage.Render(q, hits, error));
    }

    private static async Task<IResult> Quotes(WebData data, string? speaker, string? reports, CancellationToken cancellationToken)
    {
        if (speaker is null && reports is null)
        {
            // Before a search: who is quoted most, each linking to their quotes (kept until the store changes).
            var start = await data.RenderedAsync("page:quotes:speakers", async () =>
            {
                var all = await data.WithStoreAsync(store => data.Workspace.FindQuotesAsync(store, new Workspace.QuoteQuery(), cancellationToken: cancellationToken),
                    cancellationToken).ConfigureAwait(false);
                return QuotesPage.Render(null, null, null, null, Workspace.SpeakerTally.Count(all));
            }, cancellationToken).ConfigureAwait(false);
            return Page(start!);
        }
        Workspace.QuoteQuery query;
        try
        {
            if (!string.IsNullOrEmpty(speaker) && !speaker.Any(char.IsLetterOrDigit))
            {
                throw new ArgumentException($"'{speaker}' has no letters or digits to look for.");
            }
            query = new Workspace.QuoteQuery(
                string.IsNullOrWhiteSpace(speaker) ? null : speaker,
                Workspace.QuoteQuery.ParseSet<Attribution.Reported>("reports", string.IsNullOrEmpty(reports) ? null : [reports]));
        }
        catch (ArgumentException ex)
        {
            return Page(QuotesPage.Render(speaker, reports, null, ex.Message));
        }
        // Every stored article is read (its stored analysis, or analysed again) for a query, so each distinct query's page is
        // kept until the store changes.
        var key = $"page:quotes:{query.Speaker?.ToUpperInvariant()}:{reports?.ToUpperInvariant()}";
        var html = await data.RenderedAsync(key, async () =>
        {
            var quotes = await data.WithStoreAsync(store => data.Workspace.FindQuotesAsync(store, query, cancellationToken: cancellationToken),
                cancellationToken).ConfigureAwait(false);
            return QuotesPage.Render(speaker, reports, quotes, null);
        }, cancellationToken).ConfigureAwait(false);
        return Page(html!);
    }

    private static async Task<IResult> Story(WebData data, string id, CancellationToken cancellationToken)
    {
        var html = await data.RenderedAsync("page:story:" + id.ToUpperInvariant(), async () =>
            await data.GetStoryAsync(id, cancellationToken).ConfigureAwait(false) is { } detail ? StoryPage.Render(detail) : null, cancellationToken).ConfigureAwait(false);
        return html is null ? NotFound($"No story '{id}'.") : Page(html);
    }

    private static async Task<IResult> ArticleView(WebData data, string id, CancellationToken cancellationToken)
    {
        var html = await data.RenderedAsync("page:article:" + id, async () =>
            await data.AnalyzeAsync(id, cancellationToken).ConfigureAwait(false) is { } analysis ? ArticlePage.Render(analysis) : null, cancellationToken).ConfigureAwait(false);
        return html is null ? NotFound($"No article '{id}'.") : Page(html);
    }

    private static async Task<IResult> Compare(WebData data, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Page(ComparePage.Render([], null, "Send the form."), StatusCodes.Status400BadRequest);
        }
        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var outlets = form["outlet"];
        var titles = form["title"];
        var published = form["published"];
        var texts = form["text"];
        var entries = new List<CompareEntry>();
        for (var i = 0; i < texts.Count && entries.Count < ComparePage.MaxTexts; i++)
        {
            entries.Add(new CompareEntry(At(outlets, i), At(titles, i), At(published, i), texts[i] ?? ""));
        }

        // Blank boxes are left out; each filled one is read as a JSON line, exactly as an ingested article would be.
        var lines = new StringBuilder();
        var filled = 0;
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Text))
            {
                continue;
            }
            filled++;
            var outlet = string.IsNullOrWhiteSpace(entry.Outlet) ? $"Text {filled}" : entry.Outlet;
            lines.Append(JsonInput.Line(entry.Title, outlet, entry.Published, entry.Text)).Append('\n');
        }
        if (filled < 2)
        {
            return Page(ComparePage.Render(entries, null, "Paste at least two texts to compare."), StatusCodes.Status400BadRequest);
        }
        var articles = new List<Article>(filled);
        foreach (var result in data.Workspace.Reader.ReadStream("compare form", new MemoryStream(Encoding.UTF8.GetBytes(lines.ToString())), cancellationToken))
        {
            if (result.Error is { } failure)
            {
                return Page(ComparePage.Render(entries, null, $"A text could not be read: {failure.Reason}"), StatusCodes.Status400BadRequest);
            }
            articles.Add(result.Article!);
        }
        var report = data.Workspace.Compare(data.Workspace.AnalyzeArticles(articles, cancellationToken: cancellationToken), cancellationToken);
        return Page(ComparePage.Render(entries, report, null));
    }

    private static IResult Asset(string name)
    {
        var (resource, type) = name switch
        {
            "app.css" => ("Crosscheck.Web.Assets.app.css", "text/css; charset=utf-8"),
            "app.js" => ("Crosscheck.Web.Assets.app.js", "text/javascript; charset=utf-8"),
            _ => (null, null),
        };
        if (resource is null)
        {
            return Results.NotFound();
        }
        var content = name == "app.css" ? Stylesheet.Value : Script.Value;
        return Results.Text(content, type, Encoding.UTF8);
    }

    private static readonly Lazy<string> Stylesheet = new(() => Crosscheck.Reports.HtmlReportRenderer.Style + "\n" + ReadResource("Crosscheck.Web.Assets.app.css"));

    private static readonly Lazy<string> Script = new(() => ReadResource("Crosscheck.Web.Assets.app.js"));

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"missing embedded asset {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static async Task<(IReadOnlyList<SearchHit>? Hits, string? Error)> SearchAsync(WebData data, string query, CancellationToken cancellationToken)
    {
        try
        {
            return (await data.SearchAsync(query, SearchLimit, cancellationToken).ConfigureAwait(false), null);
        }
        catch (ArgumentException error)
        {
            return (null, error.Message);
        }
    }

    private static string At(Microsoft.Extensions.Primitives.StringValues values, int index) => index < values.Count ? values[index] ?? "" : "";

    private static IResult Page(string html, int status = StatusCodes.Status200OK) => Results.Content(html, Html, Encoding.UTF8, status);

    private static IResult NotFound(string message) => Page(Layout.ErrorPage(StatusCodes.Status404NotFound, message), StatusCodes.Status404NotFound);
}
