using Crosscheck.Claims;

namespace Crosscheck.Core.Tests.Claims;

public sealed class KeyFilterTests
{
    [Theory]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("Said")]
    [InlineData("won't")]
    [InlineData("Won’t")]
    [InlineData("Ægir")]
    public void Never_rules_out_a_key_whatever_its_case_or_apostrophe(string word)
    {
        var filter = new KeyFilter(["Said", "won't", "ægir"]);

        Assert.True(filter.MayContain(word));
    }

    [Fact]
    public void Rules_out_most_other_words()
    {
        var filter = new KeyFilter(["said", "claimed", "according"]);

        var passed = 0;
        for (var i = 0; i < 200; i++)
        {
            passed += filter.MayContain($"q{i}{(char)('a' + i % 26)}z") ? 1 : 0;
        }

        Assert.True(passed < 20, $"{passed} of 200 absent words passed");
        Assert.False(filter.MayContain(""));
    }
}
