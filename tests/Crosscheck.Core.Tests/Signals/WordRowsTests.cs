using Crosscheck.Claims;
using Crosscheck.Signals;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Signals;

public sealed class WordRowsTests
{
    // Invented: charged words the model knows, names and made-up words it cannot ("Zorvath", "glimberish"), a non-ASCII
    // word, numbers, a quotation, repeats, a question and an exclamation.
    private const string Charged =
        "Critics called the rotten Zorvath scheme a disgrace, and furious residents of Kelm say the so-called reform will bring " +
        "chaos. \u201cThis glimberish plan is a catastrophe,\u201d the Zürich-born mayor said of the 2031 budget! Who will pay " +
        "for this outrageous betrayal, and when? The shameful, corrupt elite lied again and again, and the Zorvath deal " +
        "will destroy the ferry service that 40,000 people use. Glimberish officials refused to answer.";

    [Fact]
    public void Rows_hold_the_filled_columns_of_their_words_and_no_row_for_others()
    {
        // Given rows for a thousand invented word hashes, each column filled from its word
        var words = Enumerable.Range(1, 1000).Select(i => FeatureHash.Of("word" + i)).ToList();
        var rows = new WordRows(words, (hash, row) =>
        {
            for (var c = WordRows.ClauseContext; c <= WordRows.Affect; c++)
            {
                row[c] = (float)((int)(hash % 1000) + c);
            }
        });

        // When the words and a few others are found, in batches
        var asked = words.Concat(Enumerable.Range(1, 50).Select(i => FeatureHash.Of("other" + i))).Append(0UL).ToArray();
        var found = new int[asked.Length];
        for (var at = 0; at < asked.Length; at += 64)
        {
            var count = Math.Min(64, asked.Length - at);
            rows.Find(asked.AsSpan(at, count), found.AsSpan(at, count));
        }

        // Then each word's row holds its columns, rows do not share places, and the others (and hash 0) have none
        for (var k = 0; k < words.Count; k++)
        {
            Assert.True(found[k] >= 0);
            for (var c = WordRows.ClauseContext; c <= WordRows.Affect; c++)
            {
                Assert.Equal((float)((int)(words[k] % 1000) + c), rows.Values[found[k] + c]);
            }
        }
        Assert.Equal(words.Count, found.Take(words.Count).Distinct().Count());
        Assert.All(found.Skip(words.Count), row => Assert.Equal(-1, row));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_model_finds_the_same_segments_with_word_rows_as_by_looking_each_weight_up(bool reused)
    {
        // Given an invented charged article, with words the embedded model's rows hold and words they do not
        var model = SignalModel.Embedded;
        Assert.NotNull(model);
        var tokens = Tokenizer.Tokenize(Charged);
        var without = Features(Charged, tokens, SignalScratch.Fresh, rows: null);
        // (its arrays fresh, or from a scratch a longer article left dirty, rows and all)
        var scratch = reused ? DirtyScratch(model) : SignalScratch.Fresh;
        var with = Features(Charged, tokens, scratch, model.Rows);
        var typed = Enumerable.Range(0, tokens.Count).Select(with.TypeOf).Where(t => t >= 0).Distinct().ToList();
        Assert.Contains(typed, t => with.RowOf(t) >= 0);
        Assert.Contains(typed, t => with.RowOf(t) < 0);

        // When the model finds its segments at a low threshold, ungated, at the analysis gate, and with the analysis cascade
        // (which reads the word odds), and classifies each
        foreach (var (gate, odds) in ((double, double)[])[(0, 0), (0.6, 0), (0.3, 1.5)])
        {
            var expected = model.FindSegments(without, 0.05, gate, odds);
            var actual = model.FindSegments(with, 0.05, gate, odds);

            // Then they are the same segments with the same probabilities to the bit, and there are some
            Assert.Equal(expected, actual);
            Assert.NotEmpty(actual);
            Assert.Equal(expected.Select(s => model.Classify(without, s.First, s.End)), actual.Select(s => model.Classify(with, s.First, s.End)));
        }
        // And every token's valence code, which the rows give too, is the one the valence table gives
        var probe = new ValenceSink();
        var fromRows = new ValenceSink();
        for (var i = 0; i < tokens.Count; i++)
        {
            without.EmitOwn(i, ref probe);
            with.EmitOwn(i, ref fromRows);
        }
        Assert.Equal(probe.Keys, fromRows.Keys);
    }

    [Fact]
    public void Features_without_their_model_rows_are_not_read_through_another_models_rows()
    {
        // Given features built with rows the model did not build (another model's, here one without weights)
        var model = SignalModel.Embedded;
        Assert.NotNull(model);
        var tokens = Tokenizer.Tokenize(Charged);
        var none = new FeatureTable<float>([]);
        var foreign = TokenFeatures.BuildRows(none, none, none, null, ["w=rotten", "sw=disgrace", "f=critics"]);
        var with = Features(Charged, tokens, SignalScratch.Fresh, foreign);
        var without = Features(Charged, tokens, SignalScratch.Fresh, rows: null);

        // When the model scores them, Then it looks every weight up: the same segments as without rows
        Assert.Equal(model.FindSegments(without, 0.05, 0), model.FindSegments(with, 0.05, 0));
    }

    [Fact]
    public void The_lexicon_walk_finds_the_same_phrases_with_the_root_answers_read_from_the_rows()
    {
        // Given the embedded model's rows and an invented text whose phrase-opening words recur in several cases, with
        // curly and straight apostrophes, a non-ASCII word and words without a row
        var model = SignalModel.Embedded;
        Assert.NotNull(model);
        const string text = "Some say the so-called reform is a disgrace. SOME officials said it could spark chaos, and some " +
            "experts say the plan will never work. It is what it is. The people know the truth, the Kelm council said. " +
            "Act before it\u2019s too late, the Zürich mayor wrote; BEFORE IT'S TOO LATE, his Zorvath poster said. " + Charged;
        var tokens = Tokenizer.Tokenize(text);

        // When the walk runs token by token, and with the word types after their rows were found (dirty scratch too)
        var plain = new List<PhraseMatch<SignalEntry>>();
        SignalLexicons.FindAll(text, tokens, plain);
        foreach (var scratch in new[] { SignalScratch.Fresh, DirtyScratch(model) })
        {
            var words = new WordTypes(text, tokens, scratch);
            var rowOf = words.RowOf(model.Rows, scratch);
            var fromRows = new List<PhraseMatch<SignalEntry>>();
            SignalLexicons.FindAll(text, tokens, fromRows, words);

            // Then it finds the same phrases in the same order, and the rows did answer the root ("the" has a row, which
            // says a phrase starts there)
            Assert.NotEmpty(plain);
            Assert.Equal(plain.Select(m => (m.Span, m.Value.Technique)), fromRows.Select(m => (m.Span, m.Value.Technique)));
            var the = tokens.ToList().FindIndex(t => t.Span.Substring(text) == "the");
            Assert.True(rowOf[words.TypeOf(the)] >= 0);
            Assert.True(BitConverter.SingleToInt32Bits(model.Rows.Values[rowOf[words.TypeOf(the)] + WordRows.LexiconRoot]) > 0);
        }
    }

    private static TokenFeatures Features(string text, IReadOnlyList<Token> tokens, SignalScratch scratch, WordRows? rows)
    {
        var words = new WordTypes(text, tokens, scratch);
        var matches = new List<PhraseMatch<SignalEntry>>();
        SignalLexicons.FindAll(text, tokens, matches, words);
        return new TokenFeatures(text, tokens, SentenceSplitter.Split(text), matches, new SpanIndex(TextRegions.QuotationMarkRegions(text)), words,
            scratch, rows);
    }

    /// <summary>A scratch on which a longer, different article's features were built with the model's rows and scored.</summary>
    private static SignalScratch DirtyScratch(SignalModel model)
    {
        var scratch = SignalScratch.Kept();
        var longer = string.Join(" ", Enumerable.Repeat("\"Shameful!\" they SCREAMED, and the outrageous, rotten elite lied again about Quennick. " +
            "Will the furious voters ever forgive this catastrophe?", 40));
        var dirty = Features(longer, Tokenizer.Tokenize(longer), scratch, model.Rows);
        model.FindSegments(dirty, 0.1, 0, 1.5);
        return scratch;
    }

    /// <summary>Collects the keys of every feature emitted (the valence codes among them).</summary>
    private struct ValenceSink() : IFeatureSink
    {
        public List<ulong> Keys { get; } = [];

        public readonly bool NeedsNames => false;

        public readonly void Add(ulong key, FeatureName name) => Keys.Add(key);
    }
}
