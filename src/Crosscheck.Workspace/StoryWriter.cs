using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Crosscheck.Reports;

namespace Crosscheck.Workspace;

/// <summary>Renders story lists and single stories (with their cross-check) as text, JSON, Markdown, HTML or CSV.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class StoryWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>
    /// Writes the list of stories: label, time range, counts and copies (text), the JSON array of the contract, or CSV
    /// with one row per article of each story.
    /// </summary>
    public static void WriteList(IReadOnlyList<StoryView> stories, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(output);
        if (format == ReportFormat.Csv)
        {
            WriteListCsv(stories, output);
            return;
        }
        if (format == ReportFormat.Json)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, Indented))
            {
                json.WriteStartArray();
                foreach (var story in stories)
                {
                    WriteStoryJson(json, story);
                }
                json.WriteEndArray();
            }
            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
            return;
        }
        output.WriteLine($"{stories.Count} stories");
        foreach (var view in stories)
        {
            var story = view.Story;
            output.WriteLine();
            output.WriteLine($"{story.Id}  {story.Label}");
            output.WriteLine($"  {Range(story.From, story.To)} · {story.Members.Count} article(s) from {story.OutletCount} outlet(s)" +
                (story.StorylineId != story.Id ? $" · storyline {story.StorylineId}" : ""));
            for (var i = 0; i < view.Articles.Count; i++)
            {
                var article = view.Articles[i];
                var copy = story.Members[i].DuplicateOf is { } original ? $"  [copy of {original}]" : "";
                output.WriteLine($"  - {Time(article.PublishedAt)}  {Outlet(article.Outlet)}: {article.Title}{copy}");
            }
        }
    }

    /// <summary>Writes one story: its articles and copies, then the cross-check of its articles in the same format.</summary>
    public static void WriteDetail(StoryDetail detail, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Json:
                WriteDetailJson(detail, output);
                break;
            case ReportFormat.Markdown:
                WriteDetailMarkdown(detail, output);
                ReportWriter.WriteComparison(detail.Comparison, format, output);
                break;
            case ReportFormat.Html:
                WriteDetailHtml(detail, output);
                break;
            case ReportFormat.Csv:
                // One table only: the cross-check, whose rows name their articles; the story's own list is `stories --format csv`.
                ReportWriter.WriteComparison(detail.Comparison, format, output);
                break;
            default:
                WriteList([detail.View], ReportFormat.Text, output);
                WriteCopies(detail.View, output, "  ");
                output.WriteLine();
                ReportWriter.WriteComparison(detail.Comparison, ReportFormat.Text, output);
                break;
        }
    }

    private static readonly string[] ListCsvHeader =
    [
        "story", "label", "storyline", "from", "to", "articleCount", "outletCount", "article", "published", "outlet", "title", "copyOf",
    ];

    private static void WriteListCsv(IReadOnlyList<StoryView> stories, TextWriter output)
    {
        Csv.WriteRow(output, ListCsvHeader);
        foreach (var view in stories)
        {
            var story = view.Story;
            var (articleCount, outletCount) = (story.Members.Count.ToString(CultureInfo.InvariantCulture), story.OutletCount.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < view.Articles.Count; i++)
            {
                var article = view.Articles[i];
                Csv.WriteRow(output,
                [
                    story.Id, story.Label, story.StorylineId, ReportNames.IsoDate(story.From), ReportNames.IsoDate(story.To), articleCount,
                    outletCount, article.Id, ReportNames.IsoDate(article.PublishedAt), article.Outlet, article.Title, story.Members[i].DuplicateOf,
                ]);
            }
        }
    }

    private static void WriteCopies(StoryView view, TextWriter output, string indent)
    {
        foreach (var group in view.OwnDuplicates())
        {
            foreach (var copy in group.Copies)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{indent}{copy.ArticleId} copies {copy.MatchedId} ({copy.Kind}: Jaccard {copy.Jaccard:0.00}, containment {copy.Containment:0.00})"));
            }
        }
    }

    private static void WriteDetailMarkdown(StoryDetail detail, TextWriter output)
    {
        var story = detail.View.Story;
        output.WriteLine($"# Story {story.Id}: {story.Label}");
        output.WriteLine();
        output.WriteLine($"{Range(story.From, story.To)} · {story.Members.Count} article(s) from {story.OutletCount} outlet(s)");
        output.WriteLine();
        for (var i = 0; i < detail.View.Articles.Count; i++)
        {
            var article = detail.View.Articles[i];
            var copy = story.Members[i].DuplicateOf is { } original ? $" — *copy of {original}*" : "";
            output.WriteLine($"- {Time(article.PublishedAt)} **{Outlet(article.Outlet)}**: {article.Title}{copy}");
        }
        output.WriteLine();
        WriteCopies(detail.View, output, "- ");
        output.WriteLine();
    }

    /// <summary>The comparison's own HTML page with the story's header inserted at the top of its body.</summary>
    private static void WriteDetailHtml(StoryDetail detail, TextWriter output)
    {
        using var page = new StringWriter();
        ReportWriter.WriteComparison(detail.Comparison, ReportFormat.Html, page);
        var html = page.ToString();
        var story = detail.View.Story;
        var header = new StringBuilder();
        header.Append("<section class=\"story\"><h1>Story ").Append(WebUtility.HtmlEncode(story.Id)).Append(": ")
            .Append(WebUtility.HtmlEncode(story.Label)).Append("</h1><p>").Append(WebUtility.HtmlEncode(Range(story.From, story.To)))
            .Append(" · ").Append(story.Members.Count).Append(" article(s) from ").Append(story.OutletCount).Append(" outlet(s)</p><ul>");
        for (var i = 0; i < detail.View.Articles.Count; i++)
        {
            var article = detail.View.Articles[i];
            header.Append("<li>").Append(WebUtility.HtmlEncode(Time(article.PublishedAt))).Append(" <b>")
                .Append(WebUtility.HtmlEncode(Outlet(article.Outlet))).Append("</b>: ").Append(WebUtility.HtmlEncode(article.Title));
            if (story.Members[i].DuplicateOf is { } original)
            {
                header.Append(" <em>(copy of ").Append(WebUtility.HtmlEncode(original)).Append(")</em>");
            }
            header.Append("</li>");
        }
        header.Append("</ul></section>");
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var insertAt = body < 0 ? -1 : html.IndexOf('>', body);
        if (insertAt < 0)
        {
            output.Write(header.ToString());
            output.Write(html);
            return;
        }
        output.Write(html.AsSpan(0, insertAt + 1));
        output.Write(header.ToString());
        output.Write(html.AsSpan(insertAt + 1));
    }

    private static void WriteDetailJson(StoryDetail detail, TextWriter output)
    {
        using var comparison = new StringWriter();
        ReportWriter.WriteComparison(detail.Comparison, ReportFormat.Json, comparison);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WritePropertyName("story");
            WriteStoryJson(json, detail.View);
            json.WritePropertyName("duplicates");
            json.WriteStartArray();
            foreach (var group in detail.View.OwnDuplicates())
            {
                foreach (var copy in group.Copies)
                {
                    json.WriteStartObject();
                    json.WriteString("id", copy.ArticleId);
                    json.WriteString("original", group.OriginalId);
                    json.WriteString("matched", copy.MatchedId);
                    json.WriteString("kind", copy.Kind == Stories.DuplicateKind.NearCopy ? "near-copy" : "partial-copy");
                    json.WriteNumber("jaccard", Math.Round(copy.Jaccard, 3));
                    json.WriteNumber("containment", Math.Round(copy.Containment, 3));
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
            json.WritePropertyName("comparison");
            json.WriteRawValue(comparison.ToString());
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteStoryJson(Utf8JsonWriter json, StoryView view)
    {
        var story = view.Story;
        json.WriteStartObject();
        json.WriteString("id", story.Id);
        json.WriteString("label", story.Label);
        WriteTime(json, "from", story.From);
        WriteTime(json, "to", story.To);
        json.WriteNumber("outletCount", story.OutletCount);
        json.WriteString("storyline", story.StorylineId);
        json.WriteStartArray("articles");
        for (var i = 0; i < view.Articles.Count; i++)
        {
            json.WriteStartObject();
            ResultJson.WriteArticleFields(json, view.Articles[i]);
            json.WriteString("duplicateOf", story.Members[i].DuplicateOf);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            json.WriteString(name, value.ToString("o", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Range(DateTimeOffset? from, DateTimeOffset? to) =>
        from is null ? "time unknown" : from == to ? Time(from) : $"{Time(from)} – {Time(to)}";

    private static string Time(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "(no date)";

    private static string Outlet(string outlet) => outlet.Length == 0 ? "(unknown outlet)" : outlet;
}
