using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Reports;

namespace Crosscheck.Workspace;

/// <summary>
/// Writes found quotes as text, JSON, CSV or Markdown: one row per quote with its article, speaker, source phrase, cue,
/// what it reports, kind, venue, text and offsets. Shared by <c>crosscheck quotes</c> and the REST API.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class QuoteWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] CsvHeader =
    [
        "article", "outlet", "published", "title", "speaker", "sourceText", "cue", "reports", "kind", "venue", "text", "start", "length",
    ];

    /// <summary>
    /// Writes <c>{"query":{"speaker","reports","kinds","since"},"count","quotes":[{"article","outlet","published","title",
    /// "articleSource","speaker","sourceText","sourceStart","sourceLength","cue","cueStart","cueLength","reports","kind","venue",
    /// "text","start","length","sentence"}]}</c>.
    /// </summary>
    public static void WriteJson(IReadOnlyList<FoundQuote> quotes, QuoteQuery query, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("query");
            json.WriteString("speaker", query.Speaker);
            WriteNames(json, "reports", query.Reports, ReportNames.Reported);
            WriteNames(json, "kinds", query.Kinds, ReportNames.Kind);
            // Dates as the analysis JSON writes them (ISO 8601, UTC), or null.
            json.WriteString("since", ReportNames.IsoDate(query.Since));
            json.WriteEndObject();
            json.WriteNumber("count", quotes.Count);
            json.WriteStartArray("quotes");
            foreach (var found in quotes)
            {
                var (article, quote) = (found.Article, found.Quote);
                json.WriteStartObject();
                json.WriteString("article", article.Id);
                json.WriteString("outlet", article.Outlet);
                json.WriteString("published", ReportNames.IsoDate(article.PublishedAt));
                json.WriteString("title", article.Title);
                json.WriteString("articleSource", article.Source);
                json.WriteString("speaker", quote.Speaker);
                json.WriteString("sourceText", found.SourceText);
                JsonReportRenderer.WriteOptionalSpan(json, "source", quote.SourceSpan);
                json.WriteString("cue", quote.Cue);
                JsonReportRenderer.WriteOptionalSpan(json, "cue", quote.CueSpan);
                json.WriteString("reports", ReportNames.Reported(quote.Reports));
                json.WriteString("kind", ReportNames.Kind(quote.Kind));
                json.WriteString("venue", quote.Venue);
                json.WriteString("text", quote.Text);
                json.WriteNumber("start", quote.Span.Start);
                json.WriteNumber("length", quote.Span.Length);
                json.WriteNumber("sentence", quote.SentenceIndex);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    /// <summary>
    /// Writes RFC 4180 CSV with a header row. A cell that a spreadsheet would run as a formula (starting with =, +, -, @,
    /// a tab or a carriage return) gets a leading apostrophe: the text comes from the articles, which anyone can write.
    /// </summary>
    public static void WriteCsv(IReadOnlyList<FoundQuote> quotes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(output);
        Csv.WriteRow(output, CsvHeader);
        foreach (var found in quotes)
        {
            var (article, quote) = (found.Article, found.Quote);
            Csv.WriteRow(output,
            [
                article.Id, article.Outlet, Date(article.PublishedAt), article.Title, quote.Speaker, found.SourceText, quote.Cue,
                ReportNames.Reported(quote.Reports), ReportNames.Kind(quote.Kind), quote.Venue, quote.Text,
                quote.Span.Start.ToString(CultureInfo.InvariantCulture), quote.Span.Length.ToString(CultureInfo.InvariantCulture),
            ]);
        }
    }

    /// <summary>Writes one block per quote for a terminal, then a count.</summary>
    public static void WriteText(IReadOnlyList<FoundQuote> quotes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(output);
        for (var i = 0; i < quotes.Count; i++)
        {
            var (article, quote) = (quotes[i].Article, quotes[i].Quote);
            var venue = quote.Venue is { } v ? $", {v}" : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}. {quote.Speaker ?? quotes[i].SourceText ?? "(unknown)"} [{quote.Cue ?? ReportNames.Kind(quote.Kind)}{venue}; {ReportNames.Kind(quote.Kind)}, {ReportNames.Reported(quote.Reports)}]"));
            output.WriteLine($"   “{Flat(quote.Text)}”");
            var outlet = article.Outlet.Length > 0 ? article.Outlet : article.Source;
            output.WriteLine($"   {Flat(outlet)} · {Date(article.PublishedAt) ?? "undated"} · {Flat(article.Title)} [{article.Id}]");
            output.WriteLine();
        }
        output.WriteLine(quotes.Count == 1 ? "1 quote." : $"{quotes.Count.ToString(CultureInfo.InvariantCulture)} quotes.");
    }

    /// <summary>Writes a Markdown table, one row per quote.</summary>
    public static void WriteMarkdown(IReadOnlyList<FoundQuote> quotes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("| Speaker | Cue | Reports | Kind | Venue | Quote | Outlet | Published | Article |\n");
        output.Write("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var found in quotes)
        {
            var (article, quote) = (found.Article, found.Quote);
            output.Write($"| {Cell(quote.Speaker ?? found.SourceText)} | {Cell(quote.Cue)} | {ReportNames.Reported(quote.Reports)} | {ReportNames.Kind(quote.Kind)} | ");
            output.Write($"{Cell(quote.Venue)} | {Cell(quote.Text)} | {Cell(article.Outlet)} | {Cell(Date(article.PublishedAt))} | {Cell(article.Id)} |\n");
        }
    }

    private static void WriteNames<T>(Utf8JsonWriter json, string name, IReadOnlySet<T>? values, Func<T, string> nameOf)
    {
        if (values is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartArray(name);
        foreach (var value in values.Select(nameOf).Order(StringComparer.Ordinal))
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    private static string? Date(DateTimeOffset? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Text safe inside a Markdown table cell: one line, no raw markup, pipes escaped.</summary>
    private static string Cell(string? value) =>
        string.IsNullOrEmpty(value) ? "" : MarkdownReportRenderer.Inline(value).Replace("|", "\\|", StringComparison.Ordinal);

    // Line breaks inside a quote or title would break a table row or a terminal line.
    private static string Flat(string value) => value.ReplaceLineEndings(" ");
}
