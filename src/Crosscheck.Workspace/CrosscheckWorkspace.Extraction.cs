using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Documents;
using Crosscheck.Ingest.Evaluation;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Workspace;

/// <content>Extraction without analysis (<c>crosscheck extract</c>) and its benchmark (<c>crosscheck eval extraction</c>).</content>
public sealed partial class CrosscheckWorkspace
{
    private static readonly JsonWriterOptions ExtractedJsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads every input into articles without analysing them; streams, so large inputs stay flat in memory.</summary>
    public IEnumerable<IngestResult> Extract(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        Reader.Read(paths, cancellationToken);

    /// <summary>
    /// Scores main-content extraction on a trafilatura-style data directory (<c>evaldata*.json</c> plus <c>html/</c>).
    /// </summary>
    /// <exception cref="InvalidDataException">The directory is not such a data set.</exception>
    public ExtractionEvaluation EvaluateExtraction(string dataDirectory, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var pages = ExtractionScorer.Load(dataDirectory);
        var results = new List<ExtractionPageResult>(pages.Count);
        var total = ExtractionScore.Zero;
        var failed = 0;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = Reader.ReadFile(page.File, cancellationToken);
            var text = read.Article?.Text;
            var score = ExtractionScorer.Score(page, text);
            var normalised = ExtractionScorer.Normalise(text ?? "");
            var missed = page.With.Where(s => !ExtractionScorer.Contains(normalised, s)).ToList();
            var leaked = page.Without.Where(s => ExtractionScorer.Contains(normalised, s)).ToList();
            if (read.Error is not null)
            {
                failed++;
            }
            results.Add(new ExtractionPageResult(page, score, missed, leaked, read.Error?.Reason));
            total += score;
            progress?.Report(new BatchProgress(results.Count, failed, page.File));
        }
        return new ExtractionEvaluation(total, results);
    }

    /// <summary>
    /// Scores main-content extraction on an article-body benchmark (ScrapingHub's layout: <c>ground-truth.json</c> plus
    /// <c>html/ID.html.gz</c>) with its shingle metric; see <see cref="ShingleScorer"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The directory is not such a data set.</exception>
    public ShingleEvaluation EvaluateArticleBodies(string dataDirectory, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var pages = ShingleScorer.Load(dataDirectory);
        var results = new List<ShinglePageResult>(pages.Count);
        var counts = new List<ShingleCounts>(pages.Count);
        var failed = 0;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? text = null;
            string? error;
            try
            {
                // The reader recognises the page by its name, so the ".gz" is left off the name it is given.
                var source = page.File.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? page.File[..^3] : page.File;
                var read = Reader.ReadContent(source, ShingleScorer.ReadPage(page), cancellationToken);
                text = read.Article?.Text;
                error = read.Error?.Reason;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                error = ex.Message;
            }
            if (error is not null)
            {
                failed++;
            }
            var count = ShingleScorer.Match(page.ArticleBody, text);
            counts.Add(count);
            results.Add(new ShinglePageResult(page, count, error));
            progress?.Report(new BatchProgress(results.Count, failed, page.File));
        }
        return new ShingleEvaluation(ShingleScorer.Summarise(counts), results);
    }

    /// <summary>
    /// Times extraction: reads every file into memory, runs one warm-up round, then <paramref name="rounds"/> timed rounds
    /// of <see cref="ArticleReader.ReadContent"/> on one thread.
    /// </summary>
    public ExtractionSpeed MeasureExtraction(IReadOnlyList<string> files, int rounds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var pages = files.Select(f => (Path: f, Bytes: File.ReadAllBytes(f))).ToList();
        var failed = 0;
        long chars = 0;
        void Round()
        {
            failed = 0;
            chars = 0;
            foreach (var (path, bytes) in pages)
            {
                var result = Reader.ReadContent(path, bytes, cancellationToken);
                if (result.Article is { } article)
                {
                    chars += article.Text.Length;
                }
                else
                {
                    failed++;
                }
            }
        }
        Round();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            Round();
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return new ExtractionSpeed("crosscheck", pages.Count, rounds, Math.Round(seconds, 3), Math.Round(pages.Count * rounds / seconds, 1), failed, chars);
    }

    /// <summary>
    /// Writes one extracted article: a JSON object per line (<c>source, url, title, authors, publishedAt, outlet,
    /// language, text</c>) for <paramref name="jsonl"/>, otherwise a readable header and the text.
    /// </summary>
    public static void WriteExtracted(Article article, bool jsonl, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        if (!jsonl)
        {
            output.WriteLine($"# {article.Source}");
            WriteField(output, "url", article.Url);
            WriteField(output, "title", article.Title);
            WriteField(output, "authors", string.Join(", ", article.Authors));
            WriteField(output, "published", article.PublishedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            WriteField(output, "outlet", article.Outlet);
            WriteField(output, "language", article.Language);
            output.WriteLine();
            output.WriteLine(article.Text);
            output.WriteLine();
            return;
        }
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ExtractedJsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("source", article.Source);
            writer.WriteString("url", article.Url);
            writer.WriteString("title", article.Title);
            writer.WriteStartArray("authors");
            foreach (var author in article.Authors)
            {
                writer.WriteStringValue(author);
            }
            writer.WriteEndArray();
            if (article.PublishedAt is { } published)
            {
                writer.WriteString("publishedAt", published);
            }
            else
            {
                writer.WriteNull("publishedAt");
            }
            writer.WriteString("outlet", article.Outlet);
            writer.WriteString("language", article.Language);
            writer.WriteString("text", article.Text);
            writer.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    private static void WriteField(TextWriter output, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            output.WriteLine($"{name}: {value}");
        }
    }
}
