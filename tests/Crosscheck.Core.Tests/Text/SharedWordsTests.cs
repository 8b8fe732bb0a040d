using System.Text;
using System.Text.Json;
using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Text;

public sealed class SharedWordsTests
{
    // Fictional prose: names, titles, outlets, places, cue words, claims words, apostrophes, accents and a long s.
    private const string Prose =
        "Harbour Minister Ilse Varga said on Monday that the Calder Bay ferry tender would be delayed until 2031. "
        + "“We don’t need more time,” Tomas Reyd, director of the port authority, told the Westmarsh Courier. "
        + "According to documents seen by the Courier, three officials said fares may fall 12 percent. "
        + "The mayor's office denied it; Mr. Okafor of the U.S. Senate, 64, warned that Zoë Ferreira-Lund "
        + "had reportedly claimed thousands of jobs would go. ſaid SAID Said sAiD DON'T don’t naïve résumé.";

    private static IEnumerable<string> Variants(string word) =>
        [word, word.ToUpperInvariant(), word.ToLowerInvariant(), word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word];

    [Fact]
    public void A_token_id_answers_as_each_stage_own_look_up()
    {
        // Given every word of the shared vocabulary in four cases, and prose with words outside it
        var text = new StringBuilder(Prose);
        foreach (var word in SharedWords.Words)
        {
            foreach (var variant in Variants(word))
            {
                text.Append(' ').Append(variant);
            }
        }
        var article = text.ToString();
        var tokens = Tokenizer.Tokenize(article);

        // When the tokens are identified
        var ids = new int[tokens.Count];
        SharedWords.Identify(article, TokenList.AsSpan(tokens), ids);

        // Then each token's id gives what each stage's own table gives the token's word
        var withId = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens[t].Span.Slice(article);
            var plain = System.Text.Ascii.IsValid(word) && !word.Contains('\'');
            Assert.Equal(plain, ids[t] != SharedWords.Unknown);
            if (!plain)
            {
                continue;
            }
            withId += ids[t] >= 0 ? 1 : 0;
            var w = word.ToString();
            Assert.True(EntityLexicon.Bits.Of(word) == EntityLexicon.Bits.OfId(ids[t]), $"entity bits of {w}");
            var listBits = AttributionExtractor.ListsOfWord.OfId(ids[t]);
            if (listBits != AttributionExtractor.ListsOfWord.AskTheWord)
            {
                var expected = (AttributionExtractor.ListsOfWord.Lookup.TryGetValue(word, out var bits) ? bits : 0) | 1u << 31;
                Assert.True(expected == listBits, $"list bits of {w}");
            }
            Assert.True(CueModel.Shipped.Lookup(word) == CueModel.Shipped.LookupById(ids[t], word), $"cue lexicons of {w}");
            var claims = new ClaimWord[1];
            ClaimLexicons.Lookup(article, [tokens[t]], [ids[t]], claims);
            Assert.True(ClaimLexicons.Lookup(word) == claims[0] || tokens[t].Kind != TokenKind.Word, $"claims lists of {w}");
        }
        Assert.True(withId > 4 * SharedWords.Words.Length / 2, $"only {withId} tokens had an id");
    }

    [Fact]
    public void The_stages_find_the_same_with_and_without_the_shared_ids()
    {
        // Given an article taken through the text stage, once with its tokens' shared ids and once without them
        var article = new Article { Id = "t", Source = "t", Text = Prose + "\n\n" + Prose.ToUpperInvariant() };
        var withIds = new TextStage().Process(new AnalyzedArticle(article), CancellationToken.None);
        Assert.NotNull(withIds.Words);
        var withoutIds = withIds with { Words = null };

        // When the entity, attribution and claims stages run over each
        var stages = AnalysisPipeline.Default.Stages.Where(s => s is not TextStage).ToArray();
        foreach (var stage in stages)
        {
            withIds = stage.Process(withIds, CancellationToken.None);
            withoutIds = stage.Process(withoutIds, CancellationToken.None);
        }

        // Then they find the same mentions, quotes, citations, claims and signals
        Assert.NotEmpty(withIds.Quotes);
        Assert.Equal(JsonSerializer.Serialize(withoutIds.Mentions), JsonSerializer.Serialize(withIds.Mentions));
        Assert.Equal(JsonSerializer.Serialize(withoutIds.Quotes), JsonSerializer.Serialize(withIds.Quotes));
        Assert.Equal(JsonSerializer.Serialize(withoutIds.Citations), JsonSerializer.Serialize(withIds.Citations));
        Assert.Equal(JsonSerializer.Serialize(withoutIds.Claims), JsonSerializer.Serialize(withIds.Claims));
        Assert.Equal(JsonSerializer.Serialize(withoutIds.Signals), JsonSerializer.Serialize(withIds.Signals));
    }

    [Fact]
    public void The_pipeline_returns_no_ids_with_its_result()
    {
        // Given an article
        var article = new Article { Id = "t", Source = "t", Text = Prose };

        // When the pipeline analyses it
        var analysed = AnalysisPipeline.Default.Analyze(article);

        // Then the rented ids went back to the pool and are not on the result
        Assert.NotEmpty(analysed.Tokens);
        Assert.Null(analysed.Words);
    }
}
