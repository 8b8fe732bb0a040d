using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Text;

public sealed class WordMapTests
{
    [Fact]
    public void Word_fold_hashes_equal_words_alike()
    {
        Assert.Equal(WordFold.Hash("Don’t"), WordFold.Hash("DON'T"));
        Assert.Equal(WordFold.Hash("ÆGIR"), WordFold.Hash("ægir"));
        Assert.True(WordFold.Equal("Ægir", "æGIR"));
        Assert.False(WordFold.Equal("said", "sail"));
        Assert.NotEqual(WordFold.Hash("said"), WordFold.Hash("sail"));
        Assert.False(WordFold.Equal("don’t", "don't", apostrophes: false));
    }

    [Fact]
    public void By_default_ignores_case_and_apostrophe_style_and_keeps_the_first_value()
    {
        var map = new WordMap<int>([new("Halvard", 1), new("o'neill", 2), new("HALVARD", 3)]);

        Assert.True(map.TryGetValue("halvard", out var first));
        Assert.Equal(1, first);
        Assert.True(map.TryGetValue("O’Neill", out var second));
        Assert.Equal(2, second);
        Assert.False(map.TryGetValue("Halvar", out _));
        Assert.False(map.ContainsKey(""));
    }

    [Fact]
    public void Ignore_case_compares_as_ordinal_ignore_case_does()
    {
        var words = new[] { "Kestrel", "o'neill", "Ærø" };
        var map = new WordMap<bool>(words.Select(w => new KeyValuePair<string, bool>(w, true)), WordComparison.IgnoreCase);

        foreach (var probe in new[] { "KESTREL", "kestrel", "O'NEILL", "o’neill", "æRØ", "Kestrels", "Ærö" })
        {
            var expected = words.Any(w => string.Equals(w, probe, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(expected, map.ContainsKey(probe));
        }
    }

    [Fact]
    public void Ordinal_compares_character_for_character()
    {
        var map = new WordMap<string>([new("May", "month"), new("may", "verb")], WordComparison.Ordinal);

        Assert.True(map.TryGetValue("May", out var month));
        Assert.Equal("month", month);
        Assert.True(map.TryGetValue("may", out var verb));
        Assert.Equal("verb", verb);
        Assert.False(map.ContainsKey("MAY"));
    }

    [Fact]
    public void Holds_many_words_without_losing_any()
    {
        var words = Enumerable.Range(0, 5000).Select(i => $"word{i}x").ToArray();
        var map = new WordMap<int>(words.Select((w, i) => new KeyValuePair<string, int>(w, i)), WordComparison.IgnoreCase);

        for (var i = 0; i < words.Length; i++)
        {
            Assert.True(map.TryGetValue(words[i].ToUpperInvariant(), out var value));
            Assert.Equal(i, value);
        }
        Assert.False(map.ContainsKey("word5000x"));
    }
}
