using Crosscheck.Signals;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Signals;

public sealed class WordOddsTests
{
    private static (TokenFeatures Features, bool[] Inside) Document(string text, params string[] insideWords)
    {
        var tokens = Tokenizer.Tokenize(text);
        var features = TokenFeatures.Build(text, tokens, SentenceSplitter.Split(text));
        var inside = new bool[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            inside[t] = insideWords.Contains(features.LowerOf(t));
        }
        return (features, inside);
    }

    private static double OddsOf(WordOdds odds, string word)
    {
        foreach (var (name, value) in odds.Entries)
        {
            if (name == word)
            {
                return value;
            }
        }
        return 0;
    }

    [Fact]
    public void A_word_seen_inside_spans_gets_positive_odds_and_a_word_seen_outside_negative()
    {
        // Given articles where "vile" is always inside a span and "harbour" never is
        var documents = Enumerable.Range(0, 6)
            .Select(i => Document($"The vile plan for the harbour failed in week {i}. The harbour reopened later.", "vile", "plan"))
            .ToList();

        // When the odds are counted
        var odds = WordOdds.Count(documents);

        // Then "vile" scores above zero and "harbour" below, and the entries are sorted by word
        Assert.True(OddsOf(odds, "vile") > 1, $"vile {OddsOf(odds, "vile")}");
        Assert.True(OddsOf(odds, "harbour") < -0.3, $"harbour {OddsOf(odds, "harbour")}");
        var words = odds.Entries.Select(e => e.Key).ToList();
        Assert.Equal(words.Order(StringComparer.Ordinal), words);
    }

    [Fact]
    public void Smoothing_trusts_a_word_seen_once_less_than_one_seen_often()
    {
        // Given "vile" inside a span six times and "odious" inside a span once, in otherwise plain text
        var documents = Enumerable.Range(0, 6)
            .Select(i => Document(i == 0 ? "The vile and odious plan failed. The harbour reopened." : "The vile plan failed. The harbour reopened.", "vile", "odious"))
            .ToList();

        // When the odds are counted
        var odds = WordOdds.Count(documents);

        // Then both are positive, the rare word less so
        Assert.True(OddsOf(odds, "odious") > 0);
        Assert.True(OddsOf(odds, "vile") > OddsOf(odds, "odious"));
    }

    [Fact]
    public void Fill_gives_each_word_token_its_odds_and_zero_elsewhere_or_outside_the_mask()
    {
        // Given odds learnt from articles where "vile" is inside spans
        var odds = WordOdds.Count(Enumerable.Range(0, 4).Select(_ => Document("The vile plan failed. The harbour reopened.", "vile")).ToList());
        var (features, _) = Document("Vile, vile plan.");

        // When filled for every token, then only for the first two
        var all = new double[features.Count];
        odds.Fill(features, all);
        var masked = new double[features.Count];
        var mask = new bool[features.Count];
        mask[0] = mask[1] = true;
        odds.Fill(features, masked, mask);

        // Then both uses of the word (any case) get its odds, punctuation zero, and the mask keeps only its tokens
        Assert.Equal(OddsOf(odds, "vile"), all[0], 6);
        Assert.Equal(all[0], all[2]);
        Assert.Equal(0, all[1]);
        Assert.Equal(all[0], masked[0]);
        Assert.Equal(0, masked[2]);
    }
}
