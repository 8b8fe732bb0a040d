using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;

namespace Crosscheck.Core.Tests.Signals;

/// <summary>The propaganda model's features from the earlier stages (quotes, entities, claims): the same in training and analysis.</summary>
public sealed class StageFeatureTests
{
    // An invented article: a politician's direct quote, an indirect one, hedged and questioning sentences, people, a place,
    // an outlet.
    private const string Text =
        "Mayor Tomas Verlo called the ferry deal \u201ca shameless betrayal of every family in Kelm.\u201d " +
        "Critics said the council may have hidden the true costs from voters. " +
        "Is the harbour of Kelm still safe? " +
        "The new timetable starts in March, according to the Kelm Courier. " +
        "\u201cWe will never surrender our harbour to these crooks,\u201d said Ana Ruiz, who leads the Kelm dockers.";

    private sealed class NameSink : IFeatureSink
    {
        public List<string> Names { get; } = [];

        public bool NeedsNames => true;

        public void Add(ulong key, FeatureName name) => Names.Add(name.ToString());
    }

    private struct NameSinkRef(NameSink inner) : IFeatureSink
    {
        public readonly bool NeedsNames => true;

        public readonly void Add(ulong key, FeatureName name) => inner.Add(key, name);
    }

    [Fact]
    public void Training_and_analysis_read_the_same_stage_features_of_an_article()
    {
        // Given the invented article analysed as the default pipeline analyses it (the signals stage reads the article the
        // stages before it leave), and as the trainer prepares it
        var model = SignalModel.Embedded;
        Assert.NotNull(model);
        var analysed = AnalysisPipeline.Default.Analyze(new Article { Id = "kelm", Source = "kelm", Text = Text });
        var analysis = SignalStage.ModelFeatures(model, analysed);
        var training = PropagandaTrainer.FeaturesOf(PropagandaTrainer.Analyze([new PropagandaDocument("kelm", Text, [])])[0]);

        // When every token's, clause's and span's features are emitted by both
        var fromAnalysis = Emitted(analysis);
        var fromTraining = Emitted(training);

        // Then they are the same features, and they include the earlier stages' (quote content, entity, claim modality)
        Assert.Equal(fromTraining, fromAnalysis);
        Assert.Contains(fromAnalysis, f => f.StartsWith("x=", StringComparison.Ordinal));
        Assert.Contains(fromAnalysis, f => f.StartsWith("sx=", StringComparison.Ordinal));
    }

    private static List<string> Emitted(TokenFeatures features)
    {
        var inner = new NameSink();
        var sink = new NameSinkRef(inner);
        for (var i = 0; i < features.Count; i++)
        {
            inner.Names.Add("@token");
            features.EmitToken(i, ref sink);
        }
        foreach (var (first, end) in features.Clauses())
        {
            inner.Names.Add("@clause");
            features.EmitClause(first, end, ref sink);
            inner.Names.Add("@span");
            features.EmitSpan(first, end, ref sink);
            inner.Names.Add("@sentence");
            features.EmitClauseSentence(features.SentenceOf(first), ref sink);
            features.EmitClauseOwn(first, end, ref sink, pairs: true);
        }
        return inner.Names;
    }

    [Fact]
    public void A_model_file_without_the_stage_features_still_loads_and_scores_as_before()
    {
        // Given a model file without any stage feature (the embedded model's, with every stage-feature line taken out, as
        // a file written before them is) and the invented article analysed by the default pipeline
        var written = new StringWriter();
        SignalModel.Embedded!.Write(written);
        var lines = written.ToString().Split('\n').Where(line => line.Split('\t') is not [_, var name, ..]
            || !(name.StartsWith("x=", StringComparison.Ordinal) || name.StartsWith("sx=", StringComparison.Ordinal) || name.StartsWith("cx=", StringComparison.Ordinal)));
        var model = SignalModel.Read(new StringReader(string.Join('\n', lines)));
        var analysed = AnalysisPipeline.Default.Analyze(new Article { Id = "kelm", Source = "kelm", Text = Text });
        var tokens = analysed.Tokens;
        var stage = StageFlags.Of(analysed, tokens, -1, -1);

        // When it finds and classifies segments with every stage flag set, and with none
        var flagged = TokenFeatures.Build(Text, tokens, analysed.Sentences, stage);
        var plain = TokenFeatures.Build(Text, tokens, analysed.Sentences);
        var found = model.FindSegments(flagged, 0.05, 0);

        // Then it finds the same segments with the same techniques, and the article has flags to read
        Assert.Equal(model.FindSegments(plain, 0.05, 0), found);
        Assert.NotEmpty(found);
        Assert.Equal(found.Select(s => model.Classify(plain, s.First, s.End)), found.Select(s => model.Classify(flagged, s.First, s.End)));
        Assert.Contains(stage!.Tokens, f => f != 0);
        Assert.Contains(stage.Sentences, f => f != 0);
    }

    private struct KeySink(List<ulong> keys) : IFeatureSink
    {
        public readonly bool NeedsNames => false;

        public readonly void Add(ulong key, FeatureName name) => keys.Add(key);
    }

    [Fact]
    public void Sums_with_stage_flags_equal_the_weights_of_the_emitted_features()
    {
        // Given the invented article with every stage flag, and model-like weights (four decimals, 0.12 to 2.6) for every
        // key its tokens and clauses emit
        var analysed = AnalysisPipeline.Default.Analyze(new Article { Id = "kelm", Source = "kelm", Text = Text });
        var tokens = analysed.Tokens;
        var features = TokenFeatures.Build(Text, tokens, analysed.Sentences, StageFlags.Of(analysed, tokens, -1, -1));
        var clauses = features.Clauses();
        var keys = new List<ulong>();
        var collect = new KeySink(keys);
        for (var i = 0; i < tokens.Count; i++)
        {
            features.EmitToken(i, ref collect);
        }
        foreach (var (first, end) in clauses)
        {
            features.EmitClause(first, end, ref collect);
            features.EmitClauseOwn(first, end, ref collect, pairs: true);
        }
        var random = new Random(11);
        var table = new FeatureTable<float>(keys.Distinct().Select(k => (k, (float)Math.Round((random.Next(2) == 0 ? -1 : 1) * (0.12 + random.NextDouble() * 2.5), 4))).ToList());
        var emitted = new List<ulong>();
        var emit = new KeySink(emitted);

        // When the tagger's, the clause classifier's and the sentence classifier's sums are taken by the fast paths
        var all = Enumerable.Range(0, tokens.Count).ToArray();
        var own = new double[all.Length];
        features.OwnSums(all, table, new TokenFeatures.OwnConstants(table), own);
        var constants = new TokenFeatures.ClauseConstants(table);
        var clauseSums = new double[clauses.Count];
        features.ClauseSums(clauses, table, constants, clauseSums);
        var ownParts = new double[clauses.Count];
        features.ClauseSums(clauses, table, constants, ownParts, null, ownOnly: true);

        // Then each is the same to the bit as the weights of the features emitted, stage features included
        for (var i = 0; i < all.Length; i++)
        {
            emitted.Clear();
            features.EmitOwn(i, ref emit);
            Assert.Equal(Weighted(emitted, table), own[i]);
        }
        for (var sentence = 0; sentence < features.SentenceCount; sentence++)
        {
            emitted.Clear();
            features.EmitSentence(sentence, ref emit);
            Assert.Equal(Weighted(emitted, table), features.TokenSentenceSum(sentence, constants));
            emitted.Clear();
            features.EmitClauseSentence(sentence, ref emit);
            Assert.Equal(Weighted(emitted, table), features.ClauseSentenceSum(sentence, constants));
        }
        for (var c = 0; c < clauses.Count; c++)
        {
            emitted.Clear();
            features.EmitClause(clauses[c].First, clauses[c].End, ref emit);
            Assert.Equal(Weighted(emitted, table), clauseSums[c]);
            emitted.Clear();
            features.EmitClauseOwn(clauses[c].First, clauses[c].End, ref emit, pairs: true);
            Assert.Equal(Weighted(emitted, table), ownParts[c]);
        }
    }

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
