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
    }

    [Fact]
    public void Ignores_case_and_apostrophe_style_and_keeps_the_first_value()
    {
        var map = new WordMap<int>([new("Halvard", 1), new("o'neill", 2), new("HALVARD", 3)]);

        Assert.True(map.TryGetValue("halvard", out var first));
        Assert.Equal(1, first);
        Assert.True(map.TryGetValue("O’Neill", out var second));
        Assert.Equal(2, second);
        Assert.False(map.TryGetValue("Halvar", out _));
        Assert.False(map.TryGetValue("", out _));
    }

    [Fact]
    public void Holds_many_words_without_losing_any()
    {
        var words = Enumerable.Range(0, 5000).Select(i => $"word{i}x").ToArray();
        var map = new WordMap<int>(words.Select((w, i) => new KeyValuePair<string, int>(w, i)));

        for (var i = 0; i < words.Length; i++)
        {
            Assert.True(map.TryGetValue(words[i].ToUpperInvariant(), out var value));
            Assert.Equal(i, value);
        }
        Assert.False(map.TryGetValue("word5000x", out _));
    }
}
