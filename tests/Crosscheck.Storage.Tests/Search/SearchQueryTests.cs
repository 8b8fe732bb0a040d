using Crosscheck.Storage.Search;

namespace Crosscheck.Storage.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("ferry", "\"ferry\"")]
    [InlineData("  ferry   council ", "\"ferry\" \"council\"")]
    [InlineData("\"crews walk out\" union", "\"crews walk out\" \"union\"")]
    [InlineData("light*", "\"light\" *")]
    [InlineData("\"old light\"*", "\"old light\" *")]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"")]
    [InlineData("ferry OR council", "\"ferry\" \"OR\" \"council\"")]
    [InlineData("title:ferry", "\"title:ferry\"")]
    [InlineData("NEAR(a b)", "\"NEAR(a\" \"b)\"")]
    [InlineData("a\"\"b", "\"a\" \"b\"")]
    public void Quotes_every_term_for_fts5(string query, string expected)
    {
        Assert.Equal(expected, SearchQuery.Parse(query).ToFts5());
    }

    [Fact]
    public void Keeps_terms_and_prefix_flags()
    {
        var query = SearchQuery.Parse("\"harbour bridge\" reopen*");

        Assert.Equal([new SearchTerm("harbour bridge", false), new SearchTerm("reopen", true)], query.Terms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("* - ( ) \" \"")]
    public void A_query_without_words_is_refused(string query)
    {
        var error = Assert.Throws<ArgumentException>(() => SearchQuery.Parse(query));

        Assert.StartsWith("the search query has no words to look for", error.Message, StringComparison.Ordinal);
    }
}
