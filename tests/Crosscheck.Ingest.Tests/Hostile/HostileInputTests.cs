using System.Text;
using Crosscheck.Ingest.Reading;
using Crosscheck.Ingest.Tests.Warc;

namespace Crosscheck.Ingest.Tests.Hostile;

/// <summary>Inputs built to break a reader: each must give one clear error (or a sane article) and the batch goes on.</summary>
public sealed class HostileInputTests : IDisposable
{
    private const string GoodText = "The harbour office of Port Elmsley confirmed the new ferry timetable on Monday.";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    // Every hostile file is read in a batch that ends with a good file, which must still be read.
    private List<IngestResult> ReadWithGoodFileAfter(string hostilePath)
    {
        var good = _directory.Write("zz-good.txt", GoodText);
        var results = ArticleReader.Default.Read([hostilePath, good]).ToList();
        Assert.Equal(GoodText, results[^1].Article?.Text);
        return results[..^1];
    }

    private static void AssertOneLineError(IngestError? error)
    {
        Assert.NotNull(error);
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
        Assert.DoesNotContain('\n', error.ToString());
    }

    [Fact]
    public void Truncated_gzip_keeps_what_was_read_and_reports_the_rest()
    {
        // Given: a multi-member WARC.gz cut in the middle of its second member.
        var first = WarcBuilder.Gzip(WarcBuilder.Response("https://a.example/1", WarcBuilder.Page(GoodText)));
        var second = WarcBuilder.Gzip(WarcBuilder.Response("https://a.example/2", WarcBuilder.Page(new string('x', 5000) + " end.")));
        var path = _directory.Write("cut.warc.gz", [.. first, .. second.AsSpan(0, second.Length / 2)]);

        // When
        var results = ReadWithGoodFileAfter(path);

        // Then
        Assert.Equal(2, results.Count);
        Assert.Equal(GoodText, results[0].Article?.Text);
        AssertOneLineError(results[1].Error);
        Assert.StartsWith($"{path}@", results[1].Error!.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_gzip_jsonl_reports_the_broken_line()
    {
        // Given
        var lines = string.Join("\n", Enumerable.Range(1, 200).Select(i => $"{{\"text\":\"Line number {i} of the dump, with some words to compress.\"}}"));
        var gzip = WarcBuilder.Gzip(Encoding.UTF8.GetBytes(lines));
        var path = _directory.Write("cut.jsonl.gz", gzip.AsSpan(0, gzip.Length * 2 / 3).ToArray());

        // When
        var results = ReadWithGoodFileAfter(path);

        // Then
        Assert.Contains(results, r => r.Article is not null);
        var errors = results.Where(r => r.Error is not null).ToList();
        var error = Assert.Single(errors).Error;
        AssertOneLineError(error);
        Assert.True(results.Count < 200);
    }

    [Fact]
    public void Warc_with_lying_content_length_gives_one_error_naming_the_offset()
    {
        // Given
        var first = WarcBuilder.Response("https://a.example/1", WarcBuilder.Page(GoodText));
        var lying = WarcBuilder.Response("https://a.example/2", WarcBuilder.Page("Lying."), lyingLength: 7);
        var path = _directory.Write("lying.warc", [.. first, .. lying]);

        // When
        var results = ReadWithGoodFileAfter(path);

        // Then
        Assert.Equal(2, results.Count);
        Assert.Equal(GoodText, results[0].Article?.Text);
        AssertOneLineError(results[1].Error);
        Assert.Contains($"record at byte {first.Length}", results[1].Error!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_100k_deep_does_not_exhaust_the_stack()
    {
        // Given
        const int depth = 100_000;
        var html = new StringBuilder("<!doctype html><html><body>");
        html.Insert(html.Length, "<div>", depth).Append("<p>").Append(GoodText).Append("</p>").Insert(html.Length, "</div>", depth).Append("</body></html>");
        var path = _directory.Write("deep.html", html.ToString());

        // When
        var result = Assert.Single(ReadWithGoodFileAfter(path));

        // Then: either the text survives or one clear error says why not; no crash either way.
        if (result.Article is { } article)
        {
            Assert.Contains("Port Elmsley", article.Text, StringComparison.Ordinal);
        }
        else
        {
            AssertOneLineError(result.Error);
        }
    }

    [Fact]
    public void Fifty_megabyte_text_node_is_refused_with_one_error()
    {
        // Given: generated here, never committed.
        var path = Path.Combine(_directory.Path, "huge.html");
        using (var file = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            file.Write("<!doctype html><html><body><p>");
            var chunk = new string('a', 1024 * 1024);
            for (var i = 0; i < 50; i++)
            {
                file.Write(chunk);
            }
            file.Write("</p></body></html>");
        }

        // When
        var result = Assert.Single(ReadWithGoodFileAfter(path));

        // Then
        AssertOneLineError(result.Error);
        Assert.Contains("too large", result.Error!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_text_node_under_the_limit_is_read()
    {
        // Given: a 5 MB single text node.
        var node = string.Concat(Enumerable.Repeat("Word ", 1_000_000));
        var path = _directory.Write("big.html", $"<!doctype html><html><body><p>{node}</p></body></html>");

        // When
        var result = Assert.Single(ReadWithGoodFileAfter(path));

        // Then
        Assert.Equal(node.Length - 1, result.Article!.Text.Length);
    }

    [Fact]
    public void Invalid_utf8_text_file_gives_one_error()
    {
        // Given
        var path = _directory.Write("bad.txt", [.. "Caf"u8, 0xC3, 0x28, .. " ouvert."u8]);

        // When
        var result = Assert.Single(ReadWithGoodFileAfter(path));

        // Then
        AssertOneLineError(result.Error);
        Assert.Equal("not valid UTF-8 text", result.Error!.Reason);
    }

    [Fact]
    public void Invalid_utf8_jsonl_line_gives_one_error_and_the_next_line_is_read()
    {
        // Given
        var path = _directory.Write("bad.jsonl", [.. "{\"text\":\"Caf"u8, 0xFF, 0xFE, .. "\"}\n{\"text\":\"Fine line.\"}\n"u8]);

        // When
        var results = ReadWithGoodFileAfter(path);

        // Then
        Assert.Equal(new IngestError($"{path}:1", "not valid UTF-8"), results[0].Error);
        Assert.Equal("Fine line.", results[1].Article?.Text);
    }

    [Fact]
    public void Invalid_utf8_html_is_decoded_with_replacement_characters()
    {
        // Given: browsers replace bad bytes rather than refuse the page.
        var path = _directory.Write("bad.html", [.. "<!doctype html><html><body><p>Caf"u8, 0xC3, 0x28, .. " ouvert \u00e0 tous.</p></body></html>"u8]);

        // When
        var result = Assert.Single(ReadWithGoodFileAfter(path));

        // Then
        Assert.Contains('\uFFFD', result.Article!.Text);
    }

    [Fact]
    public void Billion_laughs_feed_is_refused()
    {
        // Given
        var path = _directory.Write("laughs.rss", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>T</title><item><title>x</title><description>&lol9;</description></item></channel></rss>
            """);

        // When
        var result = Assert.Single(ReadWithGoodFileAfter(path));

        // Then
        AssertOneLineError(result.Error);
        Assert.Contains("DTD", result.Error!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void External_entity_is_never_resolved()
    {
        // Given: an entity pointing at a local secret file.
        var secret = _directory.Write("secret.txt", "TOP-SECRET-VALUE");
        var path = _directory.Write("xxe.atom", $"""
            <?xml version="1.0"?>
            <!DOCTYPE feed [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>x</title><summary>&xxe;</summary></entry></feed>
            """);

        // When
        var result = Assert.Single(ReadWithGoodFileAfter(path));

        // Then
        AssertOneLineError(result.Error);
        Assert.DoesNotContain("TOP-SECRET", result.Error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_entity_without_dtd_is_an_xml_error()
    {
        // Given
        var path = _directory.Write("entity.rss", "<rss><channel><title>T</title><item><description>&xxe;</description></item></channel></rss>");

        // When
        var result = Assert.Single(ReadWithGoodFileAfter(path));

        // Then
        AssertOneLineError(result.Error);
        Assert.StartsWith("invalid XML", result.Error!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", "not a JSON object (found a number)")]
    [InlineData("null", "not a JSON object (found null)")]
    [InlineData("[{\"text\":\"in an array\"}]", "not a JSON object (found an array)")]
    [InlineData("true", "not a JSON object (found a boolean)")]
    public void Jsonl_line_that_is_not_an_object_gives_one_error(string line, string reason)
    {
        // Given
        var path = _directory.Write("values.jsonl", line + "\n{\"text\":\"After the bad line.\"}\n");

        // When
        var results = ReadWithGoodFileAfter(path);

        // Then
        Assert.Equal(new IngestError($"{path}:1", reason), results[0].Error);
        Assert.Equal("After the bad line.", results[1].Article?.Text);
    }

    [Fact]
    public void Deeply_nested_json_line_gives_one_error()
    {
        // Given
        var path = _directory.Write("deep.jsonl", new string('[', 10_000) + new string(']', 10_000) + "\n");

        // When
        var result = Assert.Single(ReadWithGoodFileAfter(path));

        // Then
        AssertOneLineError(result.Error);
        Assert.Equal($"{path}:1", result.Error!.Source);
    }
}
