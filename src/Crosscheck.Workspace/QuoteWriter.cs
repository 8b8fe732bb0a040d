using System.Globalization;
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
    private static readonly string[] CsvHeader =
    [
        "article", "outlet", "published", "title", "speaker", "sourceText", "cue", "reports", "kind", "venue", "text", "start", "length",
    ];

    /// <summary>
    /// Writes <c>{"query":{"speaker","reports","kinds","since"},"count","quotes":[{"article","outlet","published","title",
    /// "articleSource","speaker","sourceText","sourceStart","sourceLength","cue","cueStart","cueLength","reports","kind","venue",
    /// "relayedBy","text","start","length","sentence"}]}</c>; "relayedBy" names the source a relayed quote came through.
    /// </summary>
    public static void WriteJson(IReadOnlyList<FoundQuote> quotes, QuoteQuery query, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(output);
        ResultJson.Write(output, json =>
        {
            json.WriteStartObject();
            WriteQuery(json, query);
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
                json.WriteString("relayedBy", quote.RelayedBy);
                json.WriteString("text", quote.Text);
                json.WriteNumber("start", quote.Span.Start);
                json.WriteNumber("length", quote.Span.Length);
                json.WriteNumber("sentence", quote.SentenceIndex);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
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
                article.Id, article.Outlet, Date(article.PublishedAt), article.Title, ReportNames.Speaker(quote), found.SourceText, quote.Cue,
                ReportNames.Reported(quote.Reports), ReportNames.Kind(quote.Kind), quote.Venue, quote.Text,
                quote.Span.Start.ToString(CultureInfo.InvariantCulture), quote.Span.Length.ToString(CultureInfo.InvariantCulture),
            ]);
        }
    }

    private static readonly string[] SpeakerCsvHeader =
    [
        "speaker", "resolved", "quotes", "articles", "outlets", "speech", "belief", "intent", "act", "first", "last", "names",
    ];

    /// <summary>
    /// Writes speakers (see <see cref="SpeakerTally.Count"/>) as a text table, JSON
    /// (<c>{"query":{…},"count","speakers":[{"speaker","resolved","quotes","articles","outlets","reports":{"speech",…},
    /// "first","last","names":[…]}]}</c>), CSV (<c>speaker,resolved,quotes,articles,outlets,speech,belief,intent,act,
    /// first,last,names</c>, names ";"-separated) or Markdown.
    /// </summary>
    public static void WriteSpeakers(IReadOnlyList<SpeakerTally> speakers, QuoteQuery query, string format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(output);
        var reports = Enum.GetValues<Attribution.Reported>();
        switch (format)
        {
            case "json":
                ResultJson.Write(output, json =>
                {
                    json.WriteStartObject();
                    WriteQuery(json, query);
                    json.WriteNumber("count", speakers.Count);
                    json.WriteStartArray("speakers");
                    foreach (var tally in speakers)
                    {
                        json.WriteStartObject();
                        json.WriteString("speaker", tally.Speaker);
                        json.WriteBoolean("resolved", tally.Resolved);
                        json.WriteNumber("quotes", tally.Quotes);
                        json.WriteNumber("articles", tally.Articles);
                        json.WriteNumber("outlets", tally.Outlets);
                        json.WriteStartObject("reports");
                        foreach (var reported in reports)
                        {
                            json.WriteNumber(ReportNames.Reported(reported), tally.ByReport[(int)reported]);
                        }
                        json.WriteEndObject();
                        json.WriteString("first", ReportNames.IsoDate(tally.First));
                        json.WriteString("last", ReportNames.IsoDate(tally.Last));
                        json.WriteStartArray("names");
                        foreach (var name in tally.Names)
                        {
                            json.WriteStringValue(name);
                        }
                        json.WriteEndArray();
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
            case "csv":
                Csv.WriteRow(output, SpeakerCsvHeader);
                foreach (var tally in speakers)
                {
                    Csv.WriteRow(output,
                    [
                        tally.Speaker, tally.Resolved ? "yes" : "no", Number(tally.Quotes), Number(tally.Articles), Number(tally.Outlets),
                        .. reports.Select(r => Number(tally.ByReport[(int)r])),
                        Date(tally.First), Date(tally.Last), string.Join(';', tally.Names),
                    ]);
                }
                break;
            case "md":
                output.Write("| Speaker | Quotes | Articles | Outlets | Speech | Belief | Intent | Act | First | Last |\n");
                output.Write("|---|---|---|---|---|---|---|---|---|---|\n");
                foreach (var tally in speakers)
                {
                    output.Write($"| {Cell(tally.Resolved || tally.Speaker == SpeakerTally.Unknown ? tally.Speaker : $"“{tally.Speaker}”")} | {Number(tally.Quotes)} | {Number(tally.Articles)} | {Number(tally.Outlets)} | ");
                    output.Write($"{string.Join(" | ", reports.Select(r => Number(tally.ByReport[(int)r])))} | {Cell(Date(tally.First))} | {Cell(Date(tally.Last))} |\n");
                }
                break;
            default:
                string Shown(SpeakerTally t) => Flat(t.Resolved || t.Speaker == SpeakerTally.Unknown ? t.Speaker : $"“{t.Speaker}”");
                var width = Math.Clamp(speakers.Count == 0 ? 7 : speakers.Max(t => Shown(t).Length), 7, 40);
                output.WriteLine($"{"speaker".PadRight(width)}  quotes  articles  outlets  first       last");
                foreach (var tally in speakers)
                {
                    var name = Shown(tally);
                    name = name.Length > width ? name[..(width - 1)] + "…" : name.PadRight(width);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name}  {tally.Quotes,6}  {tally.Articles,8}  {tally.Outlets,7}  {Date(tally.First) ?? "-",-10}  {Date(tally.Last) ?? "-"}"));
                }
                output.WriteLine(speakers.Count == 1 ? "1 speaker (unresolved source phrases in quotation marks)." :
                    $"{speakers.Count.ToString(CultureInfo.InvariantCulture)} speakers (unresolved source phrases in quotation marks).");
                break;
        }
    }

    private static void WriteQuery(Utf8JsonWriter json, QuoteQuery query)
    {
        json.WriteStartObject("query");
        json.WriteString("speaker", query.Speaker);
        WriteNames(json, "reports", query.Reports, ReportNames.Reported);
        WriteNames(json, "kinds", query.Kinds, ReportNames.Kind);
        // Dates as the analysis JSON writes them (ISO 8601, UTC), or null.
        json.WriteString("since", ReportNames.IsoDate(query.Since));
        json.WriteEndObject();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

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
                $"{i + 1}. {ReportNames.Speaker(quote) ?? quotes[i].SourceText ?? "(unknown)"} [{quote.Cue ?? ReportNames.Kind(quote.Kind)}{venue}; {ReportNames.Kind(quote.Kind)}, {ReportNames.Reported(quote.Reports)}]"));
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
            output.Write($"| {Cell(ReportNames.Speaker(quote) ?? found.SourceText)} | {Cell(quote.Cue)} | {ReportNames.Reported(quote.Reports)} | {ReportNames.Kind(quote.Kind)} | ");
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
