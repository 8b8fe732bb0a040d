using System.Text;
using Crosscheck.Documents;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Tests.Text;

public sealed class PlainTextReaderTests
{
    private static Article Read(string source, byte[] content)
    {
        var result = ArticleReader.Default.ReadContent(source, content);
        Assert.Null(result.Error);
        return result.Article!;
    }

    private static Article Read(string source, string content) => Read(source, Encoding.UTF8.GetBytes(content));

    [Fact]
    public void Reads_every_front_matter_field()
    {
        // Given
        var path = Fixture.PathOf("front-matter.md");

        // When
        var result = ArticleReader.Default.ReadFile(path);

        // Then
        var article = result.Article!;
        Assert.Equal("Minister defends grain plan", article.Title);
        Assert.Equal("Valdoria Herald", article.Outlet);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.FromHours(2)), article.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(2), article.PublishedAt!.Value.Offset);
        Assert.Equal("https://herald.example/grain-plan", article.Url);
        Assert.Equal(["Ada Novak", "Piet Ros"], article.Authors);
        Assert.Equal("en", article.Language);
        Assert.Equal("markdown", article.Origin);
        Assert.Equal(path, article.Source);
        Assert.Equal(ArticleId.Compute(article.Text, article.Url), article.Id);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Front_matter_body_offset_indexes_the_file(string newline)
    {
        // Given
        var file = string.Join(newline, "---", "title: Dam opens", "outlet: River Times", "---", "The dam opened at dawn.", "");

        // When
        var article = Read("dam.md", file);

        // Then
        Assert.Equal("The dam opened at dawn." + newline, article.Text);
        Assert.Equal(file.IndexOf("The dam", StringComparison.Ordinal), article.SourceOffset);
        Assert.Equal(article.Text, file.Substring(article.SourceOffset, article.Text.Length));
        Assert.Equal("Dam opens", article.Title);
    }

    [Fact]
    public void Front_matter_offset_is_after_the_bom()
    {
        // Given
        var file = "---\ntitle: Dam opens\n---\nBody.";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(file)).ToArray();

        // When
        var article = Read("dam.md", bytes);

        // Then: offsets index the decoded file, whose BOM is gone
        Assert.Equal("Body.", article.Text);
        Assert.Equal(file.IndexOf("Body", StringComparison.Ordinal), article.SourceOffset);
    }

    [Theory]
    [InlineData("date: 2026-03-14", "2026-03-14T00:00:00.0000000+00:00")]
    [InlineData("published: 2026-03-14T10:15:00Z", "2026-03-14T10:15:00.0000000+00:00")]
    [InlineData("published: 2026-03-14 10:15", "2026-03-14T10:15:00.0000000+00:00")]
    [InlineData("published: \"2026-03-14T10:15:00.250-05:00\"", "2026-03-14T10:15:00.2500000-05:00")]
    public void Reads_iso_dates_as_utc_unless_an_offset_is_given(string line, string expected)
    {
        var article = Read("a.md", $"---\n{line}\n---\nText.");

        Assert.Equal(expected, article.PublishedAt?.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("published: next Tuesday")]
    [InlineData("published: 14/03/2026")]
    public void Ignores_dates_that_are_not_iso(string line)
    {
        var article = Read("a.md", $"---\n{line}\n---\nText.");

        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void Accepts_a_yaml_list_of_quoted_authors()
    {
        var article = Read("a.md", "---\nauthors: [\"Ada Novak\", 'Piet Ros']\n---\nText.");

        Assert.Equal(["Ada Novak", "Piet Ros"], article.Authors);
    }

    [Fact]
    public void Accepts_a_yaml_block_list_of_authors()
    {
        var article = Read("a.md", "---\nauthors:\n  - Ada Novak\n  - \"Piet Ros\"\ntitle: Grain\n---\nText.");

        Assert.Equal(["Ada Novak", "Piet Ros"], article.Authors);
        Assert.Equal("Grain", article.Title);
    }

    [Fact]
    public void Finds_the_title_in_the_body_when_front_matter_has_none()
    {
        var article = Read("a.md", "---\noutlet: River Times\n---\n# Dam opens\n\nThe dam opened.");

        Assert.Equal("Dam opens", article.Title);
        Assert.Equal("River Times", article.Outlet);
    }

    [Theory]
    [InlineData("---\nnot a key value line\n---\nText.")]
    [InlineData("---\ntitle: Never closed\nText.")]
    public void Treats_an_opening_rule_without_valid_front_matter_as_text(string file)
    {
        var article = Read("a.md", file);

        Assert.Equal(file, article.Text);
        Assert.Equal(0, article.SourceOffset);
        Assert.Equal("", article.Outlet);
    }

    [Fact]
    public void Without_front_matter_keeps_the_whole_file_and_finds_the_title()
    {
        // Given
        var path = Fixture.PathOf("plain.txt");

        // When
        var article = ArticleReader.Default.ReadFile(path).Article!;

        // Then
        Assert.Equal(File.ReadAllText(path), article.Text);
        Assert.Equal("Farmers protest new water levy", article.Title);
        Assert.Equal("", article.Outlet);
        Assert.Null(article.Url);
        Assert.Null(article.PublishedAt);
        Assert.Equal("en", article.Language);
        Assert.Equal("text", article.Origin);
        Assert.Equal(0, article.SourceOffset);
    }

    [Theory]
    [InlineData("Farmers protest levy\n\nBody text.", "Farmers protest levy")]
    [InlineData("\n\n  Farmers protest levy  \r\n\r\nBody text.", "Farmers protest levy")]
    [InlineData("# Farmers protest levy\nBody text.", "Farmers protest levy")]
    [InlineData("# Farmers protest levy #\n\nBody text.", "Farmers protest levy")]
    [InlineData("Will the levy survive?\n\nBody text.", "Will the levy survive?")]
    [InlineData("Farmers protested on Monday.\n\nBody text.", "")]
    [InlineData("Farmers protest levy\nBody text continues on the next line.", "")]
    [InlineData("\"We will not pay,\" the farmers said\n\nBody text.", "")]
    [InlineData("“We will not pay”\n\nBody text.", "")]
    [InlineData("Only one line without a break", "")]
    [InlineData("## Second-level heading\nBody text.", "")]
    public void Takes_the_first_line_as_title_only_when_it_looks_like_one(string text, string title)
    {
        var article = Read("a.md", text);

        Assert.Equal(title, article.Title);
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void Refuses_a_title_longer_than_200_characters()
    {
        var line = new string('x', 201);

        var article = Read("a.txt", line + "\n\nBody.");

        Assert.Equal("", article.Title);
    }

    [Fact]
    public void Strips_a_utf8_bom_and_keeps_the_rest_unchanged()
    {
        var text = "Headline\r\n\r\nBody with é and 😀.\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var article = Read("a.txt", bytes);

        Assert.Equal(text, article.Text);
        Assert.Equal("Headline", article.Title);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Decodes_utf16_with_a_bom(string encodingName)
    {
        // Given: UTF-16 is full of NUL bytes, which must not read as binary
        var encoding = Encoding.GetEncoding(encodingName);
        var text = "Headline\n\nBody with ž.";
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        // When
        var article = Read("a.txt", bytes);

        // Then
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void Rejects_invalid_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("Caf").Concat(new byte[] { 0xE9, (byte)'!' }).ToArray();

        var result = ArticleReader.Default.ReadContent("latin1.txt", bytes);

        Assert.Null(result.Article);
        Assert.Equal(new IngestError("latin1.txt", "not valid UTF-8 text"), result.Error);
    }

    [Theory]
    [InlineData("a.txt", "text")]
    [InlineData("a.text", "text")]
    [InlineData("a.md", "markdown")]
    [InlineData("a.MARKDOWN", "markdown")]
    public void Names_the_origin_by_extension(string source, string origin)
    {
        Assert.Equal(origin, Read(source, "Some text.").Origin);
    }

    [Fact]
    public void Same_text_and_url_give_the_same_id_whatever_the_line_endings()
    {
        var unix = Read("a.txt", "Title\n\nBody line one.\nBody line two.");
        var windows = Read("b.txt", "Title\r\n\r\nBody line one.\r\nBody line two.");

        Assert.Equal(unix.Id, windows.Id);
        Assert.NotEqual(unix.Id, Read("c.txt", "Title\n\nOther body.").Id);
    }

    [Fact]
    public void Front_matter_with_no_body_is_an_error()
    {
        var result = ArticleReader.Default.ReadString("a.md", "---\ntitle: Only metadata\n---\n  \n");

        Assert.NotNull(result.Error);
        Assert.Null(result.Article);
    }
}
