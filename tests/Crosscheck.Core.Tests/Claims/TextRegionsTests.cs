using Crosscheck.Claims;

namespace Crosscheck.Core.Tests.Claims;

public sealed class TextRegionsTests
{
    [Theory]
    [InlineData("Mara said \"we stay\" and left.", "we stay")]
    [InlineData("Mara said \u201Cwe stay\u201D and left.", "we stay")]
    [InlineData("Mara said \u201Cwe stay\" and left.", "we stay")]
    [InlineData("Mara said \u00ABwe stay\u00BB and left.", "we stay")]
    [InlineData("Mara said \u201Ewe stay\u201C and left.", "we stay")]
    [InlineData("Mara said \u201Ewe stay\u201D and left.", "we stay")]
    public void Finds_text_between_each_style_of_double_quotation_marks(string text, string expected)
    {
        var regions = TextRegions.QuotationMarkRegions(text);

        Assert.Equal([expected], regions.Select(r => r.Substring(text)));
    }

    [Fact]
    public void An_unclosed_quote_ends_at_the_paragraph_break_and_the_next_one_opens_afresh()
    {
        const string text = "Ilse Varga said \u201Cthe port stays open.\n\nThe council met. She added \"no cuts\" later. \u201CAnd then";

        var regions = TextRegions.QuotationMarkRegions(text);

        Assert.Equal(["the port stays open.", "no cuts", "And then"], regions.Select(r => r.Substring(text)));
    }

    [Fact]
    public void A_single_line_break_does_not_end_a_quote()
    {
        const string text = "He said \"first line\nsecond line\" and went.";

        var regions = TextRegions.QuotationMarkRegions(text);

        Assert.Equal(["first line\nsecond line"], regions.Select(r => r.Substring(text)));
    }
}
