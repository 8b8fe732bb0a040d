using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Signals;

public sealed class SegmentScorerTests
{
    private static readonly string[] Plain =
    [
        "The Kelm council met on Tuesday to discuss the harbour budget.",
        "Ferries to Drelsk will run twice a day from March.",
        "The mayor, Ilse Varga, opened the new library on Friday.",
        "Rainfall was close to the seasonal average, the weather office said.",
    ];

    // A model trained on an invented corpus where "grotesque" and "rotten" are loaded; trained once for the tests that
    // read it (training takes a second or two).
    private static readonly Lazy<SignalModel> LoadedWordModel = new(() =>
    {
        var documents = new List<PropagandaDocument>();
        for (var i = 0; i < 30; i++)
        {
            var word = i % 2 == 0 ? "grotesque" : "rotten";
            var text = Plain[i % Plain.Length] + "\n" + $"Critics called the {word} deal a disgrace for Varnholt." + "\n" + Plain[(i + 1) % Plain.Length];
            var start = text.IndexOf(word, StringComparison.Ordinal);
            documents.Add(new PropagandaDocument($"doc{i}", text, [new PropagandaSpan(new TextSpan(start, word.Length), "Loaded_Language")]));
        }
        return PropagandaTrainer.Train(documents);
    });

    private static TokenFeatures Features(string text) => TokenFeatures.Build(text, Tokenizer.Tokenize(text), SentenceSplitter.Split(text));

    private static float[] Vector(int kind)
    {
        var x = new float[SegmentScorer.Count];
        x[kind] = 1;
        return x;
    }

    [Fact]
    public void Candidates_are_clauses_clause_pairs_sentences_and_token_runs()
    {
        // Given one sentence of two clauses, with the tagger confident on one word of the second
        const string text = "The port closed, and the shameless officials hid.";
        var features = Features(text);
        var clauses = features.Clauses();
        var tokens = new double[features.Count];
        var shameless = features.Tokens.ToList().FindIndex(t => t.Span.Substring(text) == "shameless");
        tokens[shameless] = 0.9;

        // When the candidates are listed
        var vectors = new List<float>();
        var candidates = SegmentScorer.Candidates(features, clauses, [0.1, 0.6], tokens, tokens, vectors);
        string Text((int First, int End, int Kind) c) => TextSpan.FromBounds(features.Tokens[c.First].Span.Start, features.Tokens[c.End - 1].Span.End).Substring(text);

        // Then each clause, the pair, the whole sentence and the run of the confident word are there, with one vector each
        Assert.Contains(candidates, c => c.Kind == SegmentScorer.Clause && Text(c) == "The port closed");
        Assert.Contains(candidates, c => c.Kind == SegmentScorer.Clause && Text(c) == "and the shameless officials hid");
        Assert.Contains(candidates, c => c.Kind == SegmentScorer.ClausePair && Text(c) == "The port closed, and the shameless officials hid");
        Assert.Contains(candidates, c => c.Kind == SegmentScorer.Sentence && Text(c) == "The port closed, and the shameless officials hid");
        Assert.Single(candidates, c => c.Kind == SegmentScorer.Run && Text(c) == "shameless");
        Assert.Equal(candidates.Count * SegmentScorer.Count, vectors.Count);
    }

    [Fact]
    public void Words_with_high_log_odds_are_run_candidates_where_the_tagger_is_unsure()
    {
        // Given a sentence where the tagger scores nothing, one rare word with log-odds 2.4, two adjacent words at 1.2 and
        // 1.1, and a word at 0.6
        const string text = "The grasping moneylenders met the venal clerk near the quay.";
        var features = Features(text);
        var odds = new double[features.Count];
        int Index(string word) => features.Tokens.ToList().FindIndex(t => t.Span.Substring(text) == word);
        odds[Index("grasping")] = 1.2;
        odds[Index("moneylenders")] = 1.1;
        odds[Index("venal")] = 2.4;
        odds[Index("quay")] = 0.6;
        var tokens = new double[features.Count];

        // When the candidates are listed with the word odds
        var vectors = new List<float>();
        var candidates = SegmentScorer.Candidates(features, features.Clauses(), [0.1], tokens, tokens, vectors, wordOdds: odds);
        string Text((int First, int End, int Kind) c) => TextSpan.FromBounds(features.Tokens[c.First].Span.Start, features.Tokens[c.End - 1].Span.End).Substring(text);

        // Then each run of words at 1 or more is a run candidate, and the word under 1 is not
        Assert.Equal(["grasping moneylenders", "venal"], candidates.Where(c => c.Kind == SegmentScorer.Run).Select(Text).ToList());
        Assert.Equal(candidates.Count * SegmentScorer.Count, vectors.Count);
    }

    [Fact]
    public void Decoding_keeps_the_best_segments_that_do_not_overlap()
    {
        // Given a scorer that trusts clauses (weight 2) more than token runs (weight 1)
        var weights = new float[SegmentScorer.Count];
        weights[SegmentScorer.Clause] = 2;
        weights[SegmentScorer.Run] = 1;
        var scorer = new SegmentScorer(weights, threshold: 0.5, alpha: 0);
        List<(int First, int End, int Kind)> candidates = [(0, 5, SegmentScorer.Clause), (1, 3, SegmentScorer.Run), (6, 8, SegmentScorer.Run)];
        var vectors = candidates.SelectMany(c => Vector(c.Kind)).ToList();

        // When decoded
        var spans = scorer.Decode(candidates, vectors, threshold: 0.5);

        // Then the clause wins over the run inside it, and the separate run is kept too
        Assert.Equal([(0, 5, true), (6, 8, false)], spans.Select(s => (s.First, s.End, s.IsClause)).ToList());
        Assert.Equal(1 / (1 + Math.Exp(-2)), spans[0].Probability, 6);
    }

    [Fact]
    public void Decoding_prefers_two_clauses_to_the_sentence_holding_them_when_their_gains_add_up_to_more()
    {
        // Given a sentence (tokens 0-9) valued 0.62 and its two clauses (0-4, 5-9) valued 0.57 each, at threshold 0.35
        var weights = new float[SegmentScorer.Count];
        weights[SegmentScorer.Sentence] = (float)Math.Log(0.62 / 0.38);
        weights[SegmentScorer.Clause] = (float)Math.Log(0.57 / 0.43);
        var scorer = new SegmentScorer(weights, threshold: 0.35, alpha: 0);
        List<(int First, int End, int Kind)> candidates = [(0, 10, SegmentScorer.Sentence), (0, 4, SegmentScorer.Clause), (5, 10, SegmentScorer.Clause)];
        var vectors = candidates.SelectMany(c => Vector(c.Kind)).ToList();

        // When decoded
        var spans = scorer.Decode(candidates, vectors, threshold: 0.35);

        // Then the two clauses are kept (gain 0.22 + 0.22), not the sentence (0.27), though the sentence scores best alone
        Assert.Equal([(0, 4), (5, 10)], spans.Select(s => (s.First, s.End)).ToList());
    }

    [Fact]
    public void Decoding_keeps_the_sentence_when_one_clause_alone_is_worth_less()
    {
        // Given the same sentence (0.62), but only one of its clauses over the threshold (0.57; the other 0.2)
        var weights = new float[SegmentScorer.Count];
        weights[SegmentScorer.Sentence] = (float)Math.Log(0.62 / 0.38);
        weights[SegmentScorer.Clause] = (float)Math.Log(0.57 / 0.43);
        weights[SegmentScorer.Run] = (float)Math.Log(0.2 / 0.8);
        var scorer = new SegmentScorer(weights, threshold: 0.35, alpha: 0);
        List<(int First, int End, int Kind)> candidates = [(0, 10, SegmentScorer.Sentence), (0, 4, SegmentScorer.Clause), (5, 10, SegmentScorer.Run)];
        var vectors = candidates.SelectMany(c => Vector(c.Kind)).ToList();

        // When decoded
        var spans = scorer.Decode(candidates, vectors, threshold: 0.35);

        // Then the sentence is kept alone
        Assert.Equal([(0, 10)], spans.Select(s => (s.First, s.End)).ToList());
    }

    [Fact]
    public void Decoding_drops_segments_under_the_threshold()
    {
        // Given a scorer under which every candidate scores 0.5
        var scorer = new SegmentScorer(new float[SegmentScorer.Count], threshold: 0.6, alpha: 0);
        List<(int First, int End, int Kind)> candidates = [(0, 5, SegmentScorer.Clause)];

        // When decoded at 0.6 and at 0.4
        var strict = scorer.Decode(candidates, [.. Vector(SegmentScorer.Clause)], threshold: 0.6);
        var loose = scorer.Decode(candidates, [.. Vector(SegmentScorer.Clause)], threshold: 0.4);

        // Then only the looser threshold keeps it
        Assert.Empty(strict);
        Assert.Single(loose);
    }

    [Fact]
    public void Gold_recall_sums_the_share_of_each_gold_span_the_segment_covers()
    {
        // Given "Critics called it rotten." with two gold spans: "rotten" (6 characters) and "Critics called" (14)
        const string text = "Critics called it rotten.";
        var features = Features(text);
        var inverse = new float[text.Length];
        var rotten = text.IndexOf("rotten", StringComparison.Ordinal);
        Array.Fill(inverse, 1f / 6, rotten, 6);
        Array.Fill(inverse, 1f / 14, 0, 14);

        // When the recall credit of "it rotten" (tokens 2-3) and of "called it rotten" (tokens 1-3) is taken
        var short_ = SegmentScorer.GoldRecall(features, 2, 4, inverse);
        var longer = SegmentScorer.GoldRecall(features, 1, 4, inverse);

        // Then each covers all of "rotten" (the second also 6 of the 14 characters of "Critics called", but credit stops at 1)
        Assert.Equal(1f, short_, 4);
        Assert.Equal(1f, longer, 4);
        Assert.Equal(6f / 14f, SegmentScorer.GoldRecall(features, 1, 2, inverse), 4);
    }

    [Fact]
    public void Gold_recall_with_a_cap_of_two_pays_a_segment_covering_two_gold_spans_twice_as_much()
    {
        // Given "Critics called it rotten." with two gold spans: "rotten" (6 characters) and "Critics called" (14)
        const string text = "Critics called it rotten.";
        var features = Features(text);
        var inverse = new float[text.Length];
        Array.Fill(inverse, 1f / 6, text.IndexOf("rotten", StringComparison.Ordinal), 6);
        Array.Fill(inverse, 1f / 14, 0, 14);

        // When the credit of the whole sentence (both spans) and of "it rotten" (one) is taken with a cap of 2
        var both = SegmentScorer.GoldRecall(features, 0, 4, inverse, cap: 2);
        var one = SegmentScorer.GoldRecall(features, 2, 4, inverse, cap: 2);

        // Then the credit is the summed share over the cap: 2 / 2 and 1 / 2
        Assert.Equal(1f, both, 4);
        Assert.Equal(0.5f, one, 4);
    }

    [Fact]
    public void Decoding_with_a_recall_head_prefers_the_segment_covering_more_of_a_span()
    {
        // Given a clause and a run inside it: the share head scores the run higher (0.73 against 0.5), the recall head the
        // clause (0.88 against 0.12)
        var share = new float[SegmentScorer.Count];
        share[SegmentScorer.Run] = 1;
        var recall = new float[SegmentScorer.Count];
        recall[SegmentScorer.Clause] = 2;
        recall[SegmentScorer.Run] = -2;
        List<(int First, int End, int Kind)> candidates = [(0, 5, SegmentScorer.Clause), (1, 3, SegmentScorer.Run)];
        var vectors = candidates.SelectMany(c => Vector(c.Kind)).ToList();
        var shareOnly = new SegmentScorer(share, threshold: 0.3, alpha: 0);
        var withRecall = new SegmentScorer(share, threshold: 0.3, alpha: 0, recall, beta: 0.5);

        // When each decodes the two
        var byShare = shareOnly.Decode(candidates, vectors, threshold: 0.3);
        var byValue = withRecall.Decode(candidates, vectors, threshold: 0.3);

        // Then share alone keeps the run; share + 0.5 x recall keeps the clause
        Assert.Equal([(1, 3)], byShare.Select(s => (s.First, s.End)).ToList());
        Assert.Equal([(0, 5)], byValue.Select(s => (s.First, s.End)).ToList());
    }

    [Fact]
    public void Gold_share_counts_the_characters_inside_gold_spans()
    {
        // Given a clause of which one word is gold
        const string text = "Critics called it rotten.";
        var features = Features(text);
        var gold = new bool[text.Length];
        var start = text.IndexOf("rotten", StringComparison.Ordinal);
        Array.Fill(gold, true, start, "rotten".Length);

        // When the share of the first four tokens ("Critics called it rotten") is taken
        var share = SegmentScorer.GoldShare(features, 0, 4, gold);

        // Then it is 6 of 24 characters
        Assert.Equal(6f / 24f, share, 5);
    }

    [Fact]
    public void Segment_model_marks_the_charged_clause_of_a_new_text()
    {
        // Given a model trained on an invented corpus where "grotesque" and "rotten" are loaded, with its segment scorer
        var model = LoadedWordModel.Value;
        Assert.NotNull(model.SegmentThreshold);
        var stage = new SignalStage(SignalOptions.Default with { Model = model, SegmentThreshold = null, CandidateGate = 0, KeepOverlappingModelSpans = true });
        const string article = "The ferry timetable starts in March. Residents said the rotten scheme should be scrapped.";

        // When a new text is analysed
        var signals = stage.Process(new AnalyzedArticle(new Article { Id = "t", Source = "t", Text = article }), CancellationToken.None).Signals;

        // Then a model signal covers the loaded word, and none covers the plain sentence
        var rotten = article.IndexOf("rotten", StringComparison.Ordinal);
        var modelSignals = signals.Where(s => s.Reason.Contains("(model ", StringComparison.Ordinal)).ToList();
        Assert.Contains(modelSignals, s => s.Span.Start <= rotten && s.Span.End >= rotten + "rotten".Length);
        Assert.DoesNotContain(modelSignals, s => s.Span.Start < article.IndexOf(" Residents", StringComparison.Ordinal));
    }

    [Fact]
    public void Cascade_skips_gated_sentences_without_a_charged_word_and_keeps_the_others()
    {
        // Given three sentences, the first two holding a clause at the gate (active), the third not; the first has a word
        // with log-odds 1.8, the second none above 1.1, the third a word at 2.5
        const string text = "The venal clerks stole the harbour funds. The council met on Tuesday. Ferries thrive on scandal.";
        var features = Features(text);
        int Index(string word) => features.Tokens.ToList().FindIndex(t => t.Span.Substring(text) == word);
        var odds = new double[features.Count];
        odds[Index("venal")] = 1.8;
        odds[Index("council")] = 1.1;
        odds[Index("scandal")] = 2.5;
        bool[] active = [true, true, false];

        // When the cascade runs at odds 1.5
        var skipped = SignalModel.SkipUncharged(features, active, odds, 1.5);

        // Then the second sentence is skipped (made inactive, its odds zeroed), the first stays, and the inactive third is
        // neither skipped nor touched
        Assert.NotNull(skipped);
        Assert.Equal([false, true, false], skipped.AsSpan(0, 3).ToArray());
        Assert.Equal([true, false, false], active);
        Assert.Equal(0, odds[Index("council")]);
        Assert.Equal(1.8, odds[Index("venal")]);
        Assert.Equal(2.5, odds[Index("scandal")]);
    }

    [Fact]
    public void Cascade_with_no_charged_active_sentence_leaves_nothing()
    {
        // Given one active sentence whose best word odds are 1.2
        const string text = "The council met on Tuesday. Ferries run twice a day.";
        var features = Features(text);
        var odds = new double[features.Count];
        odds[features.Tokens.ToList().FindIndex(t => t.Span.Substring(text) == "council")] = 1.2;
        bool[] active = [true, false];

        // When the cascade runs at odds 1.5, then no active sentence is left (the model pass can stop)
        Assert.Null(SignalModel.SkipUncharged(features, active, odds, 1.5));
    }

    [Fact]
    public void Sentence_odds_gate_keeps_the_model_signal_of_a_charged_sentence_and_drops_the_rest()
    {
        // Given a model trained on an invented corpus where "rotten" is loaded (so its word odds are high), and an article
        // where it stands in one sentence and another sentence holds no charged word
        var model = LoadedWordModel.Value;
        const string article = "The ferry timetable starts in March. Residents said the rotten scheme should be scrapped.";
        var document = new AnalyzedArticle(new Article { Id = "t", Source = "t", Text = article });
        var rotten = article.IndexOf("rotten", StringComparison.Ordinal);
        var second = article.IndexOf("Residents", StringComparison.Ordinal);
        List<Signal> ModelSignals(double oddsGate) => [.. new SignalStage(SignalOptions.Default with
            {
                Model = model, SegmentThreshold = null, CandidateGate = 0.01, SentenceOddsGate = oddsGate, KeepOverlappingModelSpans = true,
            }).Process(document, CancellationToken.None).Signals.Where(s => s.Reason.Contains("(model ", StringComparison.Ordinal))];

        // When it is analysed without the cascade, with it at odds 1, and with a gate no word reaches
        var without = ModelSignals(0);
        var with = ModelSignals(1);
        var none = ModelSignals(100);

        // Then the signal on the loaded word is shown with the cascade as without it, and nothing when no word is charged enough
        Assert.Contains(without, s => s.Span.Start <= rotten && s.Span.End >= rotten + "rotten".Length);
        Assert.Equal(without.Where(s => s.Span.Start >= second).Select(s => s.Span), with.Where(s => s.Span.Start >= second).Select(s => s.Span));
        Assert.Empty(none);
    }
}
