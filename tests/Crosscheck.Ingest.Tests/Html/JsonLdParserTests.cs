using Crosscheck.Ingest.Html;

namespace Crosscheck.Ingest.Tests.Html;

public sealed class JsonLdParserTests
{
    [Theory]
    [InlineData("""{"@type":"NewsArticle","headline":"Plain"}""", "Plain")]
    [InlineData("""<!-- {"@type":"NewsArticle","headline":"In a comment"} -->""", "In a comment")]
    [InlineData("//<![CDATA[\n{\"@type\":\"NewsArticle\",\"headline\":\"In CDATA\",}\n//]]>", "In CDATA")]
    [InlineData("""[{"@type":"Article","headline":"Generic"},{"@type":"NewsArticle","headline":"News wins"}]""", "News wins")]
    [InlineData("""{"@type":["WebPage","BlogPosting"],"name":"Named post"}""", "Named post")]
    public void Finds_the_article_headline(string json, string headline)
    {
        Assert.Equal(headline, JsonLdParser.Parse(json)?.Headline);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"@type":"NewsArticle","headline":""")]
    [InlineData("""{"@type":"Organization","name":"Not an article"}""")]
    [InlineData("42")]
    public void Yields_nothing_for_broken_or_unrelated_blocks(string json)
    {
        Assert.Null(JsonLdParser.Parse(json));
    }

    [Fact]
    public void Reads_authors_in_every_shape_once_each()
    {
        var article = JsonLdParser.Parse("""
            {"@type":"NewsArticle","author":["Ana Bell",{"@type":"Person","name":"Ivo Kraus"},{"name":"Ana Bell"},7],
             "publisher":{"name":"Coastline Daily"},"mainEntityOfPage":{"@id":"https://coastline.example/a"}}
            """);

        Assert.Equal(["Ana Bell", "Ivo Kraus"], article!.Authors);
        Assert.Equal("Coastline Daily", article.Publisher);
        Assert.Equal("https://coastline.example/a", article.Url);
    }
}
