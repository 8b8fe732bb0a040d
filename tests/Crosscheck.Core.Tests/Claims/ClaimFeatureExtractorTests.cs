using Crosscheck.Claims;
using Crosscheck.Lexicons;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Claims;

/// <summary>
/// The extractor counts three phrase lexicons in one walk of a shared trie and reads single-word lists through one
/// flag look-up per token; these tests hold it to what matching each lexicon on its own gives.
/// </summary>
public sealed class ClaimFeatureExtractorTests
{
    public static TheoryData<string> Sentences() =>
    [
        "I think the ministry spent more than 40 million on the bridge, more than in any year before.",
        "In my view the government and the minister were wrong, I believe, and the president agreed.",
        "Officials said exports rose to the highest level since March, at least three times the 2019 figure.",
        "We paid twenty-five thousand crowns on Monday and it didn't arrive until May 4.",
        "Frankly, this is absurd.",
        "The Port Authority of Velmora reported fewer than two-thirds of the ships arrived on time.",
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Counts_each_phrase_lexicon_as_if_matched_alone(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var words = new ClaimWord[tokens.Count];
        ClaimLexicons.Lookup(sentence, all, words);

        var features = ClaimFeatureExtractor.Extract(sentence, all, 0, tokens.Count, words, [], entities: 0, Modality.Asserted);

        Assert.Equal(Count("claims-opinion", sentence, tokens), features.Opinion);
        Assert.Equal(Count("claims-actors", sentence, tokens) > 0, features.Actor);
        Assert.Equal(Count("claims-comparatives", sentence, tokens) > 0, features.Comparative);
    }

    [Fact]
    public void The_sentences_above_exercise_every_lexicon()
    {
        // Guards the theory against passing vacuously on sentences no lexicon matches.
        var opinion = 0;
        var actors = 0;
        var comparatives = 0;
        foreach (string sentence in Sentences())
        {
            var tokens = Tokenizer.Tokenize(sentence);
            opinion += Count("claims-opinion", sentence, tokens);
            actors += Count("claims-actors", sentence, tokens);
            comparatives += Count("claims-comparatives", sentence, tokens);
        }
        Assert.True(opinion >= 2 && actors >= 2 && comparatives >= 2, $"{opinion} {actors} {comparatives}");
    }

    [Theory]
    [InlineData("spent")]
    [InlineData("March")]
    [InlineData("MONDAY")]
    [InlineData("twenty")]
    [InlineData("said")]
    [InlineData("took")]
    [InlineData("Velmora")]
    public void Looks_a_word_up_in_every_single_word_list_at_once(string word)
    {
        var flags = ClaimLexicons.Lookup(word);

        Assert.Equal(ClaimLexicons.TimeWords.Contains(word), (flags & ClaimWord.Time) != 0);
        Assert.Equal(ClaimLexicons.NumberWords.Contains(word), (flags & ClaimWord.NumberWord) != 0);
        Assert.Equal(ClaimLexicons.FrameVerbs.Contains(word), (flags & ClaimWord.Frame) != 0);
        Assert.Equal(ClaimLexicons.FactualVerbs.Contains(word), (flags & ClaimWord.Factual) != 0);
        Assert.Equal(ClaimLexicons.IrregularPast.Contains(word), (flags & ClaimWord.IrregularPast) != 0);
    }

    private static int Count(string lexicon, string sentence, List<Token> tokens)
    {
        var matcher = new PhraseMatcher<bool>(Lexicon.Lines(lexicon).Select(line => new KeyValuePair<string, bool>(line, true)));
        var found = new List<PhraseMatch<bool>>();
        matcher.FindAll(sentence, tokens, 0, tokens.Count, found);
        return found.Count;
    }
}
