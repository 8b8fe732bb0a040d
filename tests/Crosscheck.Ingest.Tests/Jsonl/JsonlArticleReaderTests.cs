using System.IO.Compression;
using System.Text;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Tests.Jsonl;

public sealed class JsonlArticleReaderTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Reads_news_please_fields()
    {
        // Given
        var path = _directory.Write("dump.jsonl",
            """{"title":"Harbour vote delayed","maintext":"The council of Port Elmsley delayed the vote.\nIt meets again in May.","description":"A short summary.","date_publish":"2024-03-05 10:30:00","source_domain":"elmsley-gazette.example","url":"https://elmsley-gazette.example/vote","language":"en","authors":["Mara Quill","Tobin Reyes"]}""" + "\n");

        // When
        var article = Assert.Single(ArticleReader.Default.Read([path])).Article!;

        // Then
        Assert.Equal("Harbour vote delayed", article.Title);
        Assert.Equal("The council of Port Elmsley delayed the vote.\nIt meets again in May.", article.Text);
        Assert.Equal("elmsley-gazette.example", article.Outlet);
        Assert.Equal("https://elmsley-gazette.example/vote", article.Url);
        Assert.Equal(["Mara Quill", "Tobin Reyes"], article.Authors);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 30, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal("en", article.Language);
        Assert.Equal("jsonl", article.Origin);
        Assert.Equal($"{path}:1", article.Source);
    }

    [Fact]
    public void Reads_crosscheck_export_shape()
    {
        // Given
        var path = _directory.Write("export.ndjson",
            """{"id":"0123456789abcdef","source":"a.txt","url":null,"outlet":"The Lantern","title":"Bridge reopens","authors":[],"publishedAt":"2024-04-01T08:00:00Z","language":"de","text":"Die Brücke ist wieder offen.","entities":[]}""" + "\n");

        // When
        var article = Assert.Single(ArticleReader.Default.Read([path])).Article!;

        // Then
        Assert.Equal("The Lantern", article.Outlet);
        Assert.Equal("Bridge reopens", article.Title);
        Assert.Equal("Die Brücke ist wieder offen.", article.Text);
        Assert.Equal("de", article.Language);
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.Zero), article.PublishedAt);
    }

    [Fact]
    public void Each_bad_line_gives_one_error_and_the_rest_are_read()
    {
        // Given
        var path = _directory.Write("mixed.jsonl", string.Join("\n",
            """{"title":"One","maintext":"First article text."}""",
            """[1, 2, 3]""",
            """{"title": "broken""",
            "",
            """{"title":"No body"}""",
            "\"just a string\"",
            """{"title":"Two","text":"Second article text."}"""));

        // When
        var results = ArticleReader.Default.Read([path]).ToList();

        // Then
        Assert.Equal(["First article text.", "Second article text."], results.Where(r => r.Article is not null).Select(r => r.Article!.Text));
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        Assert.Equal([$"{path}:2", $"{path}:3", $"{path}:5", $"{path}:6"], errors.Select(e => e.Source));
        Assert.StartsWith("not a JSON object (found an array)", errors[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("invalid JSON", errors[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("no text", errors[2].Reason, StringComparison.Ordinal);
        Assert.StartsWith("not a JSON object (found a string)", errors[3].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', errors[1].ToString());
    }

    [Fact]
    public void Standard_input_is_read_as_jsonl()
    {
        // Given
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"From a pipe.\"}\r\n{\"text\":\"Second.\"}"));

        // When
        var results = ArticleReader.Default.ReadStream("-", stdin).ToList();

        // Then
        Assert.Equal(["From a pipe.", "Second."], results.Select(r => r.Article!.Text));
        Assert.Equal("-:2", results[1].Article!.Source);
    }

    [Fact]
    public void Gzipped_jsonl_is_decompressed_while_reading()
    {
        // Given
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("{\"text\":\"Zipped line one.\"}\n{\"text\":\"Zipped line two.\"}\n"));
        }
        var path = _directory.Write("dump.jsonl.gz", compressed.ToArray());

        // When
        var texts = ArticleReader.Default.Read([path]).Select(r => r.Article?.Text).ToList();

        // Then
        Assert.Equal(["Zipped line one.", "Zipped line two."], texts);
    }

    [Fact]
    public void Directory_walk_picks_up_jsonl_files()
    {
        // Given
        _directory.Write("nested/a.jsonl", "{\"text\":\"Walked.\"}\n");

        // When
        var result = Assert.Single(ArticleReader.Default.Read([_directory.Path]));

        // Then
        Assert.Equal("Walked.", result.Article!.Text);
    }
}
