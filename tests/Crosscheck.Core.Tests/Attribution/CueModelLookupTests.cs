using Crosscheck.Attribution;

namespace Crosscheck.Core.Tests.Attribution;

/// <summary>
/// The cue model answers the three cue lexicons with one map look-up; these tests hold it to the frozen dictionaries
/// it stands in for, including words with apostrophes, which the dictionaries keep apart by style.
/// </summary>
public sealed class CueModelLookupTests
{
    [Theory]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("point")]
    [InlineData("warned")]
    [InlineData("harbour")]
    [InlineData("don’t")]
    [InlineData("don't")]
    [InlineData("doesn't")]
    [InlineData("doesn’t")]
    public void Agrees_with_each_lexicon_looked_up_on_its_own(string word)
    {
        var model = CueModel.Shipped;

        var found = model.Lookup(word);

        Assert.Equal(AttributionLexicons.PhrasalLookup.TryGetValue(word, out var phrasal) ? phrasal : null, found.Phrasal);
        Assert.Equal(AttributionLexicons.CueLookup.TryGetValue(word, out var hand) ? hand : null, found.Hand);
        Assert.Equal(model.VocabularyLookup.TryGetValue(word, out var learned) ? learned : null, found.Learned);
    }

    [Fact]
    public void The_words_above_reach_every_lexicon()
    {
        // Guards the theory against passing on words no lexicon holds.
        var model = CueModel.Shipped;
        Assert.NotNull(model.Lookup("point").Phrasal);
        Assert.NotNull(model.Lookup("said").Hand);
        Assert.NotNull(model.Lookup("don’t").Learned);
    }
}
