using System.Text;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Tests.Warc;

public sealed class WarcArticleReaderTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private const string FirstText = "The Elmsley ferry will sail twice a day from Monday, the harbour office said.";
    private const string SecondText = "Councillor Ada Brennick said the new timetable had been agreed after months of talks.";

    [Fact]
    public void Reads_html_responses_and_skips_other_records()
    {
        // Given
        var warc = Concat(
            WarcBuilder.Record("warcinfo", "software: test\r\n"u8.ToArray(), contentType: "application/warc-fields"),
            WarcBuilder.Record("request", "GET / HTTP/1.1\r\nHost: a.example\r\n\r\n"u8.ToArray(), "https://a.example/", "application/http; msgtype=request"),
            WarcBuilder.Response("https://a.example/ferry", WarcBuilder.Page(FirstText)),
            WarcBuilder.Response("https://a.example/logo.png", "not really a png", "image/png"),
            WarcBuilder.Response("https://a.example/gone", WarcBuilder.Page("Not found page text."), status: 404),
            WarcBuilder.Record("metadata", "via: x\r\n"u8.ToArray(), "https://a.example/ferry", "application/warc-fields"));
        var path = _directory.Write("crawl.warc", warc);

        // When
        var results = ArticleReader.Default.Read([path]).ToList();

        // Then
        var article = Assert.Single(results).Article!;
        Assert.Equal(FirstText, article.Text);
        Assert.Equal("https://a.example/ferry", article.Url);
        Assert.StartsWith($"{path}@", article.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Http_charset_is_honoured_over_the_default()
    {
        // Given: a windows-1252 page whose only charset declaration is the HTTP header.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var latin = Encoding.GetEncoding(1252);
        var warc = WarcBuilder.Response("https://b.example/cafe", WarcBuilder.Page("Le café de Zoë ouvre à Brévanne, a déclaré le maire."), "text/html; charset=windows-1252", encoding: latin);
        var path = _directory.Write("latin.warc", warc);

        // When
        var article = Assert.Single(ArticleReader.Default.Read([path])).Article!;

        // Then
        Assert.Equal("Le café de Zoë ouvre à Brévanne, a déclaré le maire.", article.Text);
    }

    [Fact]
    public void Multi_member_gzip_is_read_to_the_end()
    {
        // Given: one gzip member per record, as crawlers write them.
        var path = _directory.Write("crawl.warc.gz", WarcBuilder.Gzip(
            WarcBuilder.Record("warcinfo", "software: test\r\n"u8.ToArray(), contentType: "application/warc-fields"),
            WarcBuilder.Response("https://a.example/1", WarcBuilder.Page(FirstText)),
            WarcBuilder.Response("https://a.example/2", WarcBuilder.Page(SecondText))));

        // When
        var texts = ArticleReader.Default.Read([path]).Select(r => r.Article?.Text).ToList();

        // Then
        Assert.Equal([FirstText, SecondText], texts);
    }

    [Fact]
    public void Short_content_length_gives_one_error_and_later_records_are_read()
    {
        // Given
        var first = WarcBuilder.Response("https://a.example/1", WarcBuilder.Page(FirstText));
        var lying = WarcBuilder.Response("https://a.example/lie", WarcBuilder.Page("Lying record text here."), lyingLength: 40);
        var third = WarcBuilder.Response("https://a.example/3", WarcBuilder.Page(SecondText));
        var path = _directory.Write("lying.warc", Concat(first, lying, third));

        // When
        var results = ArticleReader.Default.Read([path]).ToList();

        // Then
        Assert.Equal(3, results.Count);
        Assert.Equal(FirstText, results[0].Article!.Text);
        Assert.Equal(new IngestError($"{path}@{first.Length}", $"record at byte {first.Length}: Content-Length 40 does not end at the record boundary"), results[1].Error);
        Assert.Equal(SecondText, results[2].Article!.Text);
    }

    [Fact]
    public void Content_length_past_the_end_keeps_the_records_before_it()
    {
        // Given
        var first = WarcBuilder.Response("https://a.example/1", WarcBuilder.Page(FirstText));
        var lying = WarcBuilder.Response("https://a.example/lie", WarcBuilder.Page(SecondText), lyingLength: 1_000_000);
        var path = _directory.Write("overrun.warc.gz", WarcBuilder.Gzip(first, lying));

        // When
        var results = ArticleReader.Default.Read([path]).ToList();

        // Then
        Assert.Equal(2, results.Count);
        Assert.Equal(FirstText, results[0].Article!.Text);
        Assert.Equal($"{path}@{first.Length}", results[1].Error!.Source);
        Assert.Contains("truncated: Content-Length 1000000", results[1].Error!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunked_and_gzip_encoded_bodies_are_decoded()
    {
        // Given
        var html = WarcBuilder.Gzip(Encoding.UTF8.GetBytes(WarcBuilder.Page(FirstText)));
        var chunked = Concat(Encoding.ASCII.GetBytes($"{html.Length:x}\r\n"), html, "\r\n0\r\n\r\n"u8.ToArray());
        var http = Concat("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"u8.ToArray(), chunked);
        var path = _directory.Write("encoded.warc", WarcBuilder.Record("response", http, "https://a.example/z"));

        // When
        var article = Assert.Single(ArticleReader.Default.Read([path])).Article!;

        // Then
        Assert.Equal(FirstText, article.Text);
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
