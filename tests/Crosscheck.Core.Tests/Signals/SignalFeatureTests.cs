using Crosscheck.Claims;
using Crosscheck.Signals;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Signals;

public sealed class SignalFeatureTests
{
    private const string Text =
        "Critics called the rotten scheme a disgrace, and furious residents say the so-called reform will bring chaos. " +
        "Is anyone in charge? The Kelm council said the new ferry timetable starts in March.";

    private sealed class NameSink : IFeatureSink
    {
        public List<(ulong Key, string Name)> Features { get; } = [];

        public bool NeedsNames => true;

        public void Add(ulong key, FeatureName name) => Features.Add((key, name.ToString()));
    }

    private struct NameSinkRef(NameSink inner) : IFeatureSink
    {
        public readonly bool NeedsNames => true;

        public readonly void Add(ulong key, FeatureName name) => inner.Add(key, name);
    }

    [Fact]
    public void Every_feature_name_hashes_back_to_the_key_scoring_uses()
    {
        // Given the features of an invented article, with their names
        var tokens = Tokenizer.Tokenize(Text);
        var features = TokenFeatures.Build(Text, tokens, SentenceSplitter.Split(Text));
        var names = new NameSink();
        var sink = new NameSinkRef(names);
        for (var i = 0; i < tokens.Count; i++)
        {
            features.EmitToken(i, ref sink);
        }
        foreach (var (first, end) in features.Clauses())
        {
            features.EmitClause(first, end, ref sink);
            features.EmitSpan(first, end, ref sink);
        }

        // When each name is hashed the way a model file is read
        // Then it gives the key the scorer looks up, so a weight written by name is found again
        Assert.NotEmpty(names.Features);
        Assert.All(names.Features, f => Assert.Equal(f.Key, FeatureHash.OfName(f.Name)));
        Assert.Contains(names.Features, f => f.Name == "bl=the rotten");
        Assert.Contains(names.Features, f => f.Name == "w=rotten");
    }

    [Fact]
    public void A_span_said_again_word_for_word_tells_the_technique_classifier_so()
    {
        // Given an invented article that says "never surrender" three times and "the harbour" once
        const string text = "The mayor told the crowd: never surrender. The ferry crews chanted never surrender at the harbour. " +
            "Never surrender, the banners read.";
        var tokens = Tokenizer.Tokenize(text);
        var features = TokenFeatures.Build(text, tokens, SentenceSplitter.Split(text));
        int Index(string word, int from = 0) => tokens.ToList().FindIndex(from, t => t.Span.Substring(text) == word);
        var never = Index("never");
        var harbour = Index("harbour");

        // When the technique features of the first "never surrender" and of "harbour" are listed
        List<string> Names(int first, int end)
        {
            var names = new NameSink();
            var sink = new NameSinkRef(names);
            features.EmitSpan(first, end, ref sink);
            return [.. names.Features.Select(f => f.Name)];
        }

        // Then the phrase recurs twice more (case aside), and the harbour not at all
        Assert.Contains("recurs=2", Names(never, never + 2));
        Assert.DoesNotContain(Names(harbour, harbour + 1), n => n.StartsWith("recurs=", StringComparison.Ordinal));
    }

    [Fact]
    public void Recurrences_count_whole_phrases_said_before_or_after_at_most_twice()
    {
        // Given an invented article where "never again" opens it, "never surrender" comes twice, "never" also starts other
        // phrases, and "the pier" ends the text after one earlier use
        const string text = "Never again, said Ollen. The pier crews said never surrender and never give way, never surrender. " +
            "Never again! Never again. They met at the pier";
        var tokens = Tokenizer.Tokenize(text);
        var features = TokenFeatures.Build(text, tokens, SentenceSplitter.Split(text));
        var words = tokens.Select(t => t.Span.Substring(text)).ToList();
        int At(int nth, string first, string second) => Enumerable.Range(0, words.Count - 1)
            .Where(i => string.Equals(words[i], first, StringComparison.OrdinalIgnoreCase) && words[i + 1] == second).ElementAt(nth);
        string? Recurs(int first, int end)
        {
            var names = new NameSink();
            var sink = new NameSinkRef(names);
            features.EmitSpan(first, end, ref sink);
            return names.Features.Select(f => f.Name).SingleOrDefault(n => n.StartsWith("recurs=", StringComparison.Ordinal));
        }

        // When the spans' recurrence features are listed
        // Then a phrase said three times counts two others from any of them, twice one, once none (however often its
        // first word opens other phrases), and a span that ends the text is counted too
        Assert.Equal("recurs=2", Recurs(At(0, "never", "again"), At(0, "never", "again") + 2));
        Assert.Equal("recurs=2", Recurs(At(2, "never", "again"), At(2, "never", "again") + 2));
        Assert.Equal("recurs=1", Recurs(At(1, "never", "surrender"), At(1, "never", "surrender") + 2));
        Assert.Null(Recurs(At(0, "never", "give"), At(0, "never", "give") + 3));
        Assert.Equal("recurs=1", Recurs(words.Count - 2, words.Count));
        Assert.Equal("recurs=1", Recurs(At(0, "The", "pier"), At(0, "The", "pier") + 2));
        Assert.Equal("recurs=1", Recurs(At(0, "The", "pier") + 1, At(0, "The", "pier") + 2));
    }

    [Fact]
    public void A_charged_word_brings_its_valence_bucket_to_itself_its_neighbours_and_its_clause()
    {
        // Given an invented sentence with one strongly negative word ("horrific", -3.4 in the valence lexicon) and one
        // plain word
        const string text = "Residents of Kelm called the horrific ferry plan late.";
        var tokens = Tokenizer.Tokenize(text);
        var features = TokenFeatures.Build(text, tokens, SentenceSplitter.Split(text));
        var index = tokens.ToList().FindIndex(t => t.Span.Substring(text) == "horrific");

        // When the features of the word, the words either side, a plain word and the clause are listed
        List<string> Names(Action<NameSinkRef> emit)
        {
            var names = new NameSink();
            emit(new NameSinkRef(names));
            return [.. names.Features.Select(f => f.Name)];
        }
        var word = Names(sink => features.EmitToken(index, ref sink));
        var before = Names(sink => features.EmitToken(index - 1, ref sink));
        var after = Names(sink => features.EmitToken(index + 1, ref sink));
        var plain = Names(sink => features.EmitToken(0, ref sink));
        var clause = Names(sink => features.EmitClause(0, tokens.Count - 1, ref sink));

        // Then the word is strongly negative, its neighbours see it, a plain word has no valence, and the clause counts it
        Assert.Contains("a=n3", word);
        Assert.Contains("ar=n3", before);
        Assert.Contains("al=n3", after);
        Assert.DoesNotContain(plain, n => n.StartsWith("a=", StringComparison.Ordinal));
        Assert.Contains("a=n3", clause);
        Assert.Contains("sa=1", clause);
    }

    [Fact]
    public void Clause_features_split_into_sentence_and_own_parts_are_the_clause_features()
    {
        // Given the clauses of an invented article
        var tokens = Tokenizer.Tokenize(Text);
        var features = TokenFeatures.Build(Text, tokens, SentenceSplitter.Split(Text));
        var clauses = features.Clauses();
        Assert.True(clauses.Count >= 4);

        foreach (var (first, end) in clauses)
        {
            // When each clause's features are emitted whole, and as its sentence's part plus its own (as scoring sums them)
            var whole = new NameSink();
            var wholeSink = new NameSinkRef(whole);
            features.EmitClauseCore(first, end, ref wholeSink);
            var split = new NameSink();
            var splitSink = new NameSinkRef(split);
            features.EmitClauseSentence(features.SentenceOf(first), ref splitSink);
            features.EmitClauseOwn(first, end, ref splitSink, pairs: false);
            // and the sentence classifier's own part, which adds the clause's word pairs
            var paired = new NameSink();
            var pairedSink = new NameSinkRef(paired);
            features.EmitClauseSentence(features.SentenceOf(first), ref pairedSink);
            features.EmitClauseOwn(first, end, ref pairedSink, pairs: true);

            // Then the split gives the clause classifier's features, without any word pair
            Assert.Equal(whole.Features.Select(f => f.Name).Order(StringComparer.Ordinal), split.Features.Select(f => f.Name).Order(StringComparer.Ordinal));
            Assert.DoesNotContain(whole.Features, f => f.Name.StartsWith("bg=", StringComparison.Ordinal));
            // and the sentence classifier's part is the same plus one pair per adjacent two tokens
            Assert.Equal(end - first - 1, paired.Features.Count(f => f.Name.StartsWith("bg=", StringComparison.Ordinal)));
            Assert.Equal(whole.Features.Select(f => f.Name).Order(StringComparer.Ordinal),
                paired.Features.Select(f => f.Name).Where(n => !n.StartsWith("bg=", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void One_trie_for_all_lexicons_finds_what_a_trie_per_lexicon_finds()
    {
        // Given every signals lexicon as its own matcher, and the combined index the stage uses
        var files = new[]
        {
            "signals-sensational", "signals-loaded", "signals-speculation", "signals-anonymous", "signals-name-calling",
            "signals-exaggeration", "signals-doubt", "signals-fear", "signals-flag-waving", "signals-slogans",
            "signals-cliches", "signals-bandwagon", "signals-causal", "signals-black-and-white", "signals-authority",
            "signals-whataboutism",
        };
        var tokens = Tokenizer.Tokenize(Text);

        // When both search the same text
        var combined = new List<PhraseMatch<SignalEntry>>();
        SignalLexicons.FindAll(Text, tokens, combined);
        var separate = new List<PhraseMatch<SignalEntry>>();
        foreach (var file in files)
        {
            new PhraseMatcher<SignalEntry>(SignalLexicons.Entries(file)).FindAll(Text, tokens, 0, tokens.Count, separate);
        }

        // Then they find the same phrases, in the same order
        Assert.NotEmpty(combined);
        Assert.Equal(separate.Select(m => (m.Span, m.Value.Technique)), combined.Select(m => (m.Span, m.Value.Technique)));
    }

    [Theory]
    [InlineData("\u2019")]
    [InlineData("\u201CQuennick\u201D")]
    [InlineData("Zürich")]
    [InlineData("ÉCOLE")]
    [InlineData("\u0130stanbul")]
    [InlineData("\u03A3\u039F\u03A6\u0399\u0391")]
    [InlineData("\u041C\u041E\u0421\u041A\u0412\u0410")]
    [InlineData("\u212Aelvin")]
    [InlineData("\uD801\uDC00x")]
    [InlineData("a\uD83D\uDE00")]
    public void A_non_ASCII_word_hashes_as_its_lower_cased_string(string word)
    {
        // Given an invented non-ASCII word (curly marks, accents, a dotted capital I, Greek and Cyrillic capitals, the
        // Kelvin sign, a surrogate pair with a lower-case form and an emoji)
        // When it is hashed without building strings, Then the hash is that of the whole string lower-cased
        Assert.Equal(FeatureHash.Of(word.ToLowerInvariant()), WordTypes.NonAsciiHash(word));
    }

    [Fact]
    public void The_lexicon_walk_finds_the_same_phrases_when_it_remembers_each_trie_edge_per_word_type()
    {
        // Given an invented text where phrase-opening words ("the", "some", "it") recur in several cases and contexts
        const string text = "Some say the so-called reform is a disgrace. SOME officials said it could spark chaos, " +
            "and some experts say the plan will never work. It is what it is. The people know the truth, the Kelm council said. " +
            "Act before it\u2019s too late, the mayor wrote; BEFORE IT'S TOO LATE, his poster said.";
        var tokens = Tokenizer.Tokenize(text);

        // When the combined index searches it token by token and with the word types
        var plain = new List<PhraseMatch<SignalEntry>>();
        SignalLexicons.FindAll(text, tokens, plain);
        var typed = new List<PhraseMatch<SignalEntry>>();
        SignalLexicons.FindAll(text, tokens, typed, new WordTypes(text, tokens));

        // Then both find the same phrases, in the same order (a later word of a phrase matched whatever its case and
        // apostrophe)
        Assert.NotEmpty(plain);
        Assert.Equal(2, typed.Count(m => m.Span.Substring(text).Replace('\u2019', '\'').Equals("before it's too late", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(plain.Select(m => (m.Span, m.Value.Technique)), typed.Select(m => (m.Span, m.Value.Technique)));
    }

    [Fact]
    public void Feature_table_finds_each_key_and_misses_others()
    {
        // Given a table of a thousand keyed weights
        var entries = Enumerable.Range(1, 1000).Select(i => (FeatureHash.OfName("w=word" + i), (float)i)).ToList();
        var table = new FeatureTable<float>(entries);

        // When looking up present and absent keys
        // Then present keys give their weight and absent ones nothing
        Assert.All(entries, e => Assert.True(table.TryGet(e.Item1, out var w) && w == e.Item2));
        Assert.False(table.TryGet(FeatureHash.OfName("w=absent"), out _));
    }

    [Fact]
    public void A_sketched_table_answers_exactly_as_an_unsketched_one()
    {
        // Given the same thousand keyed weights, with and without the sketch in front
        var entries = Enumerable.Range(1, 1000).Select(i => (FeatureHash.OfName("w=word" + i), (float)i)).ToList();
        var plain = new FeatureTable<float>(entries);
        var sketched = new FeatureTable<float>(entries, sketch: true);

        // When looking up the present keys and ten thousand absent ones
        var absent = Enumerable.Range(1, 10_000).Select(i => FeatureHash.OfName("w=other" + i)).ToList();

        // Then both give the same answer every time
        Assert.All(entries, e => Assert.True(sketched.TryGet(e.Item1, out var w) && w == e.Item2));
        Assert.All(absent, key => Assert.Equal(plain.TryGet(key, out var a), sketched.TryGet(key, out var b) && a == b));
    }

    [Fact]
    public void Tokens_with_the_same_lower_cased_word_share_a_type_and_others_do_not()
    {
        // Given an invented text where "The", "the" and "THE" recur, and "council" twice
        const string text = "The council met. the council voted, THE end.";
        var tokens = Tokenizer.Tokenize(text);
        var features = TokenFeatures.Build(text, tokens, SentenceSplitter.Split(text));
        int At(int nth, string word) => Enumerable.Range(0, tokens.Count)
            .Where(i => string.Equals(tokens[i].Span.Substring(text), word, StringComparison.OrdinalIgnoreCase)).ElementAt(nth);

        // Then every "the" has one type, "council" another, and types are numbered within TypeCount
        Assert.Equal(features.TypeOf(At(0, "the")), features.TypeOf(At(1, "the")));
        Assert.Equal(features.TypeOf(At(0, "the")), features.TypeOf(At(2, "the")));
        Assert.Equal(features.TypeOf(At(0, "council")), features.TypeOf(At(1, "council")));
        Assert.NotEqual(features.TypeOf(At(0, "the")), features.TypeOf(At(0, "council")));
        Assert.All(Enumerable.Range(0, tokens.Count), i => Assert.InRange(features.TypeOf(i), 0, features.TypeCount - 1));
        Assert.True(features.TypeCount < tokens.Count);
    }
    private struct KeyListSink(List<ulong> keys) : IFeatureSink
    {
        public readonly bool NeedsNames => false;

        public readonly void Add(ulong key, FeatureName name) => keys.Add(key);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Own_sums_by_word_type_equal_the_weights_of_the_emitted_token_features(bool reused)
    {
        // Given an invented article with quotes, lexicon hits, charged words, repeated words, a non-ASCII word and one
        // sentence longer than the 256 tokens a sentence holds for these features
        var text = Text + " \u201cThis disgrace is a catastrophe,\u201d the Kelm mayor said of the Zürich plan. " +
            string.Join(" ", Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? "outrageous" : "ferry" + (i % 13))) + ".";
        var tokens = Tokenizer.Tokenize(text);
        // (its arrays fresh, or from a scratch a longer article left dirty)
        var features = reused ? Dirty(text) : TokenFeatures.Build(text, tokens, SentenceSplitter.Split(text));
        // and weights for every key the tokens emit, with a few left out, as a model's are (four decimals, 0.12 to 2.6)
        var keys = new List<ulong>();
        var collect = new KeyListSink(keys);
        for (var i = 0; i < tokens.Count; i++)
        {
            features.EmitOwn(i, ref collect);
        }
        for (var sentence = 0; sentence < features.SentenceCount; sentence++)
        {
            features.EmitSentence(sentence, ref collect);
        }
        foreach (var dropped in (int[])[0, 3])
        {
            var table = ModelLikeWeights(keys, dropped, seed: 5);

            // When every other token's own features (and the last 40 tokens') are summed by emitting them, and by the
            // per-type caches
            var tagged = Enumerable.Range(0, tokens.Count).Where(i => i % 2 == 0 || i > tokens.Count - 40).ToArray();
            var fast = new double[tagged.Length];
            features.OwnSums(tagged, table, new TokenFeatures.OwnConstants(table), fast);

            // Then each sum is the same to the bit, with every key weighted and with three in ten missing, and the same
            // as with fresh arrays
            var fresh = new double[tagged.Length];
            TokenFeatures.Build(text, tokens, SentenceSplitter.Split(text)).OwnSums(tagged, table, new TokenFeatures.OwnConstants(table), fresh);
            Assert.Equal(fresh, fast);
            // (and each sentence's shared part is the same to the bit as emitting it, from the constants)
            var sentenceConstants = new TokenFeatures.ClauseConstants(table);
            var shared = new List<ulong>();
            var emitShared = new KeyListSink(shared);
            for (var sentence = 0; sentence < features.SentenceCount; sentence++)
            {
                shared.Clear();
                features.EmitSentence(sentence, ref emitShared);
                Assert.Equal(Weighted(shared, table), features.TokenSentenceSum(sentence, sentenceConstants));
            }
            var own = new List<ulong>();
            var emit = new KeyListSink(own);
            for (var k = 0; k < tagged.Length; k++)
            {
                own.Clear();
                features.EmitOwn(tagged[k], ref emit);
                var slow = Weighted(own, table);
                Assert.Equal(slow, fast[k]);
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Clause_sums_by_word_type_equal_the_weights_of_the_emitted_clause_features(bool reused)
    {
        // Given an invented article with quotes, capitals, lexicon hits, charged words, repeated words, a question, an
        // exclamation, a non-ASCII word and one sentence longer than the 256 tokens a sentence holds for these features
        var text = Text + " \u201cThis disgrace is a catastrophe,\u201d the Kelm mayor said of the Zürich plan, which NATO never saw! " +
            "Who pays for it, and when? " +
            string.Join(" ", Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? "outrageous" : i % 11 == 0 ? "and" : "ferry" + (i % 13))) + ".";
        var tokens = Tokenizer.Tokenize(text);
        // (its arrays fresh, or from a scratch a longer article left dirty)
        var features = reused ? Dirty(text) : TokenFeatures.Build(text, tokens, SentenceSplitter.Split(text));
        var clauses = features.Clauses();
        var freshFeatures = TokenFeatures.Build(text, tokens, SentenceSplitter.Split(text));
        // and weights for every key the clauses emit, with a few left out, as a model's are (four decimals, 0.12 to 2.6)
        var keys = new List<ulong>();
        var collect = new KeyListSink(keys);
        foreach (var (first, end) in clauses)
        {
            features.EmitClause(first, end, ref collect);
        }
        foreach (var dropped in (int[])[0, 3])
        {
            var table = ModelLikeWeights(keys, dropped, seed: 7);

            // When every clause is summed by emitting its features, and by the per-type caches and constants
            var fast = new double[clauses.Count];
            features.ClauseSums(clauses, table, new TokenFeatures.ClauseConstants(table), fast);

            // Then each sum is the same to the bit, with every key weighted and with three in ten missing, and the same
            // as with fresh arrays
            var fresh = new double[clauses.Count];
            freshFeatures.ClauseSums(clauses, table, new TokenFeatures.ClauseConstants(table), fresh);
            Assert.Equal(fresh, fast);
            var own = new List<ulong>();
            var emit = new KeyListSink(own);
            for (var c = 0; c < clauses.Count; c++)
            {
                own.Clear();
                features.EmitClause(clauses[c].First, clauses[c].End, ref emit);
                var slow = Weighted(own, table);
                Assert.Equal(slow, fast[c]);
            }

            // And the sentence classifier's parts (each clause's own features, each sentence's wide cues), for every
            // other sentence, are the same to the bit as emitting them; the other sentences' clauses are left alone
            var active = Enumerable.Range(0, features.SentenceCount).Select(s => s % 2 == 0).ToArray();
            var parts = Enumerable.Repeat(-7.0, clauses.Count).ToArray();
            var constants = new TokenFeatures.ClauseConstants(table);
            features.ClauseSums(clauses, table, constants, parts, active, ownOnly: true);
            var freshParts = Enumerable.Repeat(-7.0, clauses.Count).ToArray();
            freshFeatures.ClauseSums(clauses, table, constants, freshParts, active, ownOnly: true);
            Assert.Equal(freshParts, parts);
            for (var c = 0; c < clauses.Count; c++)
            {
                var sentence = features.SentenceOf(clauses[c].First);
                own.Clear();
                features.EmitClauseOwn(clauses[c].First, clauses[c].End, ref emit, pairs: true);
                var slow = Weighted(own, table);
                Assert.Equal(active[sentence] ? slow : -7.0, parts[c]);
                own.Clear();
                features.EmitClauseSentence(sentence, ref emit);
                Assert.Equal(Weighted(own, table), features.ClauseSentenceSum(sentence, constants));
            }
        }
        Assert.True(clauses.Count > 20);
        Assert.True(features.SentenceCount > 4);
    }
    /// <summary>
    /// Weights for <paramref name="keys"/> as a trained model's are (four decimals, magnitudes 0.12 to 2.6), with
    /// <paramref name="dropped"/> in ten keys left out.
    /// </summary>
    private static FeatureTable<float> ModelLikeWeights(IEnumerable<ulong> keys, int dropped, int seed)
    {
        var random = new Random(seed);
        return new FeatureTable<float>(keys.Distinct().Where(_ => random.Next(10) >= dropped)
            .Select(k => (k, (float)Math.Round((random.Next(2) == 0 ? -1 : 1) * (0.12 + random.NextDouble() * 2.5), 4))).ToList());
    }

    [Fact]
    public void The_model_finds_the_same_segments_on_reused_arrays_as_on_fresh_ones()
    {
        // Given an invented charged article, its features on fresh arrays and on arrays a longer article left dirty
        var text = Text + " \u201cThis disgrace is a catastrophe,\u201d the Kelm mayor said. The shameful, rotten deal will destroy " +
            "the ferry service, and the furious residents know it! Who will pay for this outrageous betrayal?";
        var tokens = Tokenizer.Tokenize(text);
        var fresh = TokenFeatures.Build(text, tokens, SentenceSplitter.Split(text));
        var reused = Dirty(text);
        var model = SignalModel.Embedded;
        Assert.NotNull(model);

        // When the embedded model finds its segments, at the analysis gate and ungated, at a low threshold
        foreach (var gate in (double[])[0.6, 0])
        {
            var expected = model.FindSegments(fresh, 0.05, gate);
            var actual = model.FindSegments(reused, 0.05, gate);

            // Then they are the same segments with the same probabilities, and there are some
            Assert.Equal(expected, actual);
            Assert.NotEmpty(actual);
        }
    }

    /// <summary>
    /// The features of <paramref name="text"/> on a scratch that served a longer, different article first (its features
    /// built, the embedded model's spans found): every array it hands out is dirty and longer than asked.
    /// </summary>
    internal static TokenFeatures Dirty(string text)
    {
        var scratch = SignalScratch.Kept();
        var longer = string.Join(" ", Enumerable.Repeat("\"Shameful!\" they SCREAMED, and the outrageous, rotten elite lied again. " +
            "Will the furious voters ever forgive this catastrophe?", 60));
        var longerTokens = Tokenizer.Tokenize(longer);
        var dirty = OnScratch(longer, longerTokens, scratch);
        SignalModel.Embedded?.FindSegments(dirty, 0.1, 0);
        dirty.ClauseSums(dirty.Clauses(), new FeatureTable<float>([]), new TokenFeatures.ClauseConstants(new FeatureTable<float>([])), new double[longerTokens.Count]);
        Assert.True(longerTokens.Count > 2 * Tokenizer.Tokenize(text).Count);
        return OnScratch(text, Tokenizer.Tokenize(text), scratch);
    }

    private static TokenFeatures OnScratch(string text, IReadOnlyList<Token> tokens, SignalScratch scratch)
    {
        var words = new WordTypes(text, tokens, scratch);
        var matches = new List<PhraseMatch<SignalEntry>>();
        SignalLexicons.FindAll(text, tokens, matches, words);
        return new TokenFeatures(text, tokens, SentenceSplitter.Split(text), matches, words: words, scratch: scratch);
    }

    /// <summary>The emitted keys' weights summed in emission order, as the slow path scores them.</summary>
    private static double Weighted(List<ulong> keys, FeatureTable<float> table)
    {
        var sum = 0.0;
        foreach (var key in keys)
        {
            sum += table.TryGet(key, out var weight) ? weight : 0;
        }
        return sum;
    }
}
