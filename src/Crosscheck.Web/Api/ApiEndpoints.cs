using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscheck.Attribution;
using Crosscheck.Documents;
using Crosscheck.Ingest.Reading;
using Crosscheck.Reports;
using Crosscheck.Web.Hosting;
using Crosscheck.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crosscheck.Web.Api;

/// <summary>The REST API under <c>/api</c>. Bodies are the CLI's <c>--format json</c> shapes, written by the same writers.</summary>
internal static class ApiEndpoints
{
    private const string Json = "application/json; charset=utf-8";
    private const string CsvType = "text/csv; charset=utf-8";
    private const int MaxLimit = 1000;

    /// <summary>Adds the endpoints.</summary>
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Crosscheck").DisableAntiforgery();

        api.MapGet("/articles", ListArticles)
            .WithName("listArticles")
            .WithSummary("List or search stored articles")
            .WithDescription("Without q: stored articles in publication order, paged by offset and limit. With q: full-text search " +
                "(words, \"quoted phrases\", prefix*), best first, as `crosscheck search --format json`.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapGet("/articles/{id}", GetArticle)
            .WithName("getArticle")
            .WithSummary("One article's analysis")
            .WithDescription("Quotes, citations, claims, entities and signals with spans into the text, as `crosscheck analyze --format json`; " +
                "format=csv gives one row per finding, as `crosscheck analyze --format csv`.")
            .Produces(StatusCodes.Status200OK, responseType: null, "application/json", "text/csv")
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status404NotFound);

        api.MapPost("/articles", PostArticles)
            .WithName("ingestArticles")
            .WithSummary("Ingest articles sent as JSON")
            .WithDescription("An article object, an array of them, {\"articles\":[...]} or JSON Lines (application/x-ndjson), with the fields " +
                "`crosscheck ingest` reads from JSONL (title, text or maintext, outlet or source_domain, publishedAt or date_publish, url, " +
                "authors, language). Idempotent by content. Requires the server token when one is set.")
            .Accepts<JsonElement>("application/json", "application/x-ndjson")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized);

        api.MapPost("/articles/files", PostFiles)
            .WithName("ingestFiles")
            .WithSummary("Ingest uploaded files")
            .WithDescription("multipart/form-data with one or more files in any format `crosscheck ingest` reads (text, Markdown, HTML, JSONL, " +
                "RSS/Atom, WARC, gzip); the file name's extension chooses the reader. Requires the server token when one is set.")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapGet("/stories", ListStories)
            .WithName("listStories")
            .WithSummary("List stories")
            .WithDescription("Stories of the stored articles with label, time range and articles (copies marked), as `crosscheck stories --format json`; " +
                "format=csv gives one row per article of each story.")
            .Produces(StatusCodes.Status200OK, responseType: null, "application/json", "text/csv")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapGet("/stories/{id}", GetStory)
            .WithName("getStory")
            .WithSummary("One story's cross-check")
            .WithDescription("The story's articles and the alignment of their quotes and claims with independent origins and mutations, " +
                "as `crosscheck story ID --format json`; format=csv gives one row per article's version of each aligned item.")
            .Produces(StatusCodes.Status200OK, responseType: null, "application/json", "text/csv")
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status404NotFound);

        api.MapGet("/quotes", ListQuotes)
            .WithName("listQuotes")
            .WithSummary("Quotes across the stored articles")
            .WithDescription("Who said what: every quote of the stored articles with speaker, source phrase, cue, venue, what it reports " +
                "(speech, belief, intent, act) and its article, filtered by speaker words, reports and kind (comma-separated), as " +
                "`crosscheck quotes --format json`; format=csv as `crosscheck quotes --format csv`; by=speaker counts them per speaker instead, " +
                "as `crosscheck quotes --by speaker`.")
            .Produces(StatusCodes.Status200OK, responseType: null, "application/json", "text/csv")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);

        api.MapPost("/compare", PostCompare)
            .WithName("compareTexts")
            .WithSummary("Compare ad-hoc texts")
            .WithDescription("Two or more articles as for POST /api/articles (nothing is stored); returns the comparison as " +
                "`crosscheck compare --format json`.")
            .Accepts<JsonElement>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError>(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ListArticles(WebData data, string? q, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var take = Math.Clamp(limit ?? (q is null ? 100 : 20), 1, MaxLimit);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var hits = await data.SearchAsync(q, take, cancellationToken).ConfigureAwait(false);
            return JsonText(writer => ResultJson.WriteSearch(q, hits, writer));
        }
        var articles = await data.ListArticlesAsync(Math.Max(0, offset ?? 0), take, cancellationToken).ConfigureAwait(false);
        return JsonText(writer => ResultJson.WriteArticleList(articles, writer));
    }

    private static async Task<IResult> GetArticle(WebData data, string id, string? format, CancellationToken cancellationToken)
    {
        if (ParseFormat(format) is not { } wanted)
        {
            return BadFormat(format);
        }
        var body = await data.RenderedAsync($"api:article:{wanted}:{id}", async () =>
            await data.AnalyzeAsync(id, cancellationToken).ConfigureAwait(false) is { } analysis
                ? Render(writer => ReportWriter.WriteAnalyses([analysis], wanted, writer))
                : null, cancellationToken).ConfigureAwait(false);
        return body is null ? NotFound($"no article '{id}'") : Body(body, wanted, $"article-{id}");
    }

    private static async Task<IResult> PostArticles(WebData data, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<IngestResult> results = request.ContentType?.StartsWith("application/x-ndjson", StringComparison.OrdinalIgnoreCase) == true
            ? [.. data.Workspace.Reader.ReadStream("request body", new MemoryStream(body), cancellationToken)]
            : JsonInput.Read(data.Workspace.Reader, "request body", body, cancellationToken);
        var summary = await data.IngestAsync(results, cancellationToken).ConfigureAwait(false);
        return JsonText(writer => ResultJson.WriteIngestSummary(summary, data.DatabaseName, writer));
    }

    private static async Task<IResult> PostFiles(WebData data, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return BadRequest("send the files as multipart/form-data");
        }
        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        if (form.Files.Count == 0)
        {
            return BadRequest("no file in the request");
        }
        var results = new List<IngestResult>();
        foreach (var file in form.Files)
        {
            // Only the file name is used (for its extension and in messages): a client-sent path means nothing here.
            var name = Path.GetFileName(file.FileName);
            if (name.Length == 0)
            {
                name = "upload";
            }
            await using var stream = file.OpenReadStream();
            results.AddRange(data.Workspace.Reader.ReadStream(name, stream, cancellationToken));
        }
        var summary = await data.IngestAsync(results, cancellationToken).ConfigureAwait(false);
        return JsonText(writer => ResultJson.WriteIngestSummary(summary, data.DatabaseName, writer));
    }

    private static async Task<IResult> ListStories(WebData data, string? format, CancellationToken cancellationToken)
    {
        if (ParseFormat(format) is not { } wanted)
        {
            return BadFormat(format);
        }
        var stories = await data.ListStoriesAsync(cancellationToken).ConfigureAwait(false);
        var body = await data.RenderedAsync($"api:stories:{wanted}", () => Task.FromResult<string?>(Render(writer => StoryWriter.WriteList(stories, wanted, writer))),
            cancellationToken).ConfigureAwait(false);
        return Body(body!, wanted, "stories");
    }

    private static async Task<IResult> GetStory(WebData data, string id, string? format, CancellationToken cancellationToken)
    {
        if (ParseFormat(format) is not { } wanted)
        {
            return BadFormat(format);
        }
        var body = await data.RenderedAsync($"api:story:{wanted}:{id.ToUpperInvariant()}", async () =>
            await data.GetStoryAsync(id, cancellationToken).ConfigureAwait(false) is { } detail
                ? Render(writer => StoryWriter.WriteDetail(detail, wanted, writer))
                : null, cancellationToken).ConfigureAwait(false);
        return body is null ? NotFound($"no story '{id}'") : Body(body, wanted, $"story-{id}");
    }

    private static async Task<IResult> ListQuotes(
        WebData data, string? speaker, string? reports, string? kind, string? since, string? format, string? by, CancellationToken cancellationToken)
    {
        if (ParseFormat(format) is not { } wanted)
        {
            return BadFormat(format);
        }
        if (by is not null && !string.Equals(by, "speaker", StringComparison.OrdinalIgnoreCase))
        {
            return BadRequest($"by: '{by}' is not speaker");
        }
        var bySpeaker = by is not null;
        QuoteQuery query;
        try
        {
            DateTimeOffset? from = null;
            if (!string.IsNullOrEmpty(since))
            {
                from = DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed : throw new ArgumentException($"since: '{since}' is not a date (use ISO 8601, e.g. 2026-03-01).");
            }
            if (speaker is not null && !speaker.Any(char.IsLetterOrDigit))
            {
                throw new ArgumentException($"speaker: '{speaker}' has no letters or digits.");
            }
            query = new QuoteQuery(
                string.IsNullOrEmpty(speaker) ? null : speaker,
                QuoteQuery.ParseSet<Reported>("reports", reports is null ? null : [reports]),
                QuoteQuery.ParseSet<QuoteKind>("kind", kind is null ? null : [kind]),
                from);
        }
        catch (ArgumentException ex)
        {
            return BadRequest(ex.Message);
        }
        // Every stored article is read (its stored analysis, or analysed again) for a query, so each distinct query's answer is
        // kept until the store changes.
        var key = $"api:quotes:{wanted}:{bySpeaker}:{query.Speaker?.ToUpperInvariant()}:{reports?.ToUpperInvariant()}:{kind?.ToUpperInvariant()}:{query.Since?.UtcTicks}";
        var body = await data.RenderedAsync(key, async () =>
        {
            var quotes = await data.WithStoreAsync(store => data.Workspace.FindQuotesAsync(store, query, cancellationToken: cancellationToken),
                cancellationToken).ConfigureAwait(false);
            return Render(writer =>
            {
                if (bySpeaker)
                {
                    QuoteWriter.WriteSpeakers(SpeakerTally.Count(quotes), query, wanted == ReportFormat.Csv ? "csv" : "json", writer);
                }
                else if (wanted == ReportFormat.Csv)
                {
                    QuoteWriter.WriteCsv(quotes, writer);
                }
                else
                {
                    QuoteWriter.WriteJson(quotes, query, writer);
                }
            });
        }, cancellationToken).ConfigureAwait(false);
        return Body(body!, wanted, bySpeaker ? "speakers" : "quotes");
    }

    private static async Task<IResult> PostCompare(WebData data, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var results = JsonInput.Read(data.Workspace.Reader, "request body", body, cancellationToken);
        var articles = new List<Article>(results.Count);
        foreach (var result in results)
        {
            if (result.Error is { } error)
            {
                return BadRequest($"{error.Source}: {error.Reason}");
            }
            articles.Add(result.Article!);
        }
        if (articles.Count < 2)
        {
            return BadRequest("compare needs at least two articles");
        }
        var report = data.Workspace.Compare(data.Workspace.AnalyzeArticles(articles, cancellationToken: cancellationToken), cancellationToken);
        return JsonText(writer => ReportWriter.WriteComparison(report, ReportFormat.Json, writer));
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Kestrel's MaxRequestBodySize bounds this read.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static IResult JsonText(Action<TextWriter> write) => JsonBody(Render(write));

    private static IResult JsonBody(string json) => Results.Text(json, Json, Encoding.UTF8);

    // The GET endpoints that return a report take format=json (the default) or format=csv.
    private static ReportFormat? ParseFormat(string? format) => format?.ToUpperInvariant() switch
    {
        null or "" or "JSON" => ReportFormat.Json,
        "CSV" => ReportFormat.Csv,
        _ => null,
    };

    private static IResult BadFormat(string? format) => BadRequest($"format: '{format}' is not one of json, csv");

    // CSV comes as a download named after what it holds; the name is built from an id the caller gave, so only safe
    // characters are kept.
    private static IResult Body(string body, ReportFormat format, string name)
    {
        if (format != ReportFormat.Csv)
        {
            return JsonBody(body);
        }
        var safe = new string([.. name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);
        return new CsvResult(body, safe.Length == 0 ? "crosscheck.csv" : safe + ".csv");
    }

    /// <summary>A CSV body with a download file name.</summary>
    private sealed class CsvResult(string body, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            return Results.Text(body, CsvType, Encoding.UTF8).ExecuteAsync(httpContext);
        }
    }

    private static string Render(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }

    private static IResult NotFound(string reason) => Results.Json(new ApiError(reason), statusCode: StatusCodes.Status404NotFound);

    private static IResult BadRequest(string reason) => Results.Json(new ApiError(reason), statusCode: StatusCodes.Status400BadRequest);
}
