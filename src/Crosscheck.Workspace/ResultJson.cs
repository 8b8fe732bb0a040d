using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Documents;
using Crosscheck.Storage.Search;

namespace Crosscheck.Workspace;

/// <summary>The JSON shapes of search results and ingest summaries, shared by the CLI and the REST API.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ResultJson
{
    // Relaxed escaping keeps quotes and non-ASCII text readable; the output is JSON, never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <c>{"query","hits":[{"id","title","outlet","source","snippet","rank"}]}</c>.</summary>
    public static void WriteSearch(string query, IReadOnlyList<SearchHit> hits, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(output);
        Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("query", query);
            json.WriteStartArray("hits");
            foreach (var hit in hits)
            {
                json.WriteStartObject();
                json.WriteString("id", hit.ArticleId);
                json.WriteString("title", hit.Title);
                json.WriteString("outlet", hit.Outlet);
                json.WriteString("source", hit.Source);
                json.WriteString("snippet", hit.Snippet);
                json.WriteNumber("rank", Math.Round(hit.Rank, 6));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>Writes <c>{"database","read","added","skipped","failed","seconds","errors":[{"source","reason"}]}</c>.</summary>
    public static void WriteIngestSummary(IngestSummary summary, string database, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("database", database);
            json.WriteNumber("read", summary.Read);
            json.WriteNumber("added", summary.Added);
            json.WriteNumber("skipped", summary.Skipped);
            json.WriteNumber("failed", summary.Failed);
            json.WriteNumber("seconds", Math.Round(summary.Elapsed.TotalSeconds, 3));
            json.WriteStartArray("errors");
            foreach (var error in summary.Errors)
            {
                json.WriteStartObject();
                json.WriteString("source", error.Source);
                json.WriteString("reason", error.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>Writes <c>[{"id","source","url","title","outlet","publishedAt"}]</c>: stored articles without their text.</summary>
    public static void WriteArticleList(IReadOnlyList<Article> articles, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(output);
        Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var article in articles)
            {
                json.WriteStartObject();
                WriteArticleFields(json, article);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    /// <summary>An article's metadata fields, as every listing of articles writes them (the story list adds <c>duplicateOf</c>).</summary>
    internal static void WriteArticleFields(Utf8JsonWriter json, Article article)
    {
        json.WriteString("id", article.Id);
        json.WriteString("source", article.Source);
        json.WriteString("url", article.Url);
        json.WriteString("title", article.Title);
        json.WriteString("outlet", article.Outlet);
        if (article.PublishedAt is { } published)
        {
            json.WriteString("publishedAt", published.ToString("o", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("publishedAt");
        }
    }

    /// <summary>Writes one indented JSON document (relaxed escaping: a file, never inlined in HTML) and a line break.</summary>
    internal static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
