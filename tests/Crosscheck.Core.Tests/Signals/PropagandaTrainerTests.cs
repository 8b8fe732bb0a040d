using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;

namespace Crosscheck.Core.Tests.Signals;

public sealed class PropagandaTrainerTests
{
    // A tiny invented corpus: "grotesque" and "rotten" are always labelled loaded, the rest is plain.
    private static readonly string[] Plain =
    [
        "The Kelm council met on Tuesday to discuss the harbour budget.",
        "Ferries to Drelsk will run twice a day from March.",
        "The mayor, Ilse Varga, opened the new library on Friday.",
        "Rainfall was close to the seasonal average, the weather office said.",
    ];

    private static readonly string[] Loaded = ["grotesque", "rotten"];

    private static List<PropagandaDocument> Corpus()
    {
        var documents = new List<PropagandaDocument>();
        for (var i = 0; i < 24; i++)
        {
            var word = Loaded[i % Loaded.Length];
            var charged = $"Critics called the {word} deal a disgrace for Varnholt.";
            var text = Plain[i % Plain.Length] + "\n" + charged + "\n" + Plain[(i + 1) % Plain.Length];
            var start = text.IndexOf(word, StringComparison.Ordinal);
            documents.Add(new PropagandaDocument($"doc{i}", text, [new PropagandaSpan(new TextSpan(start, word.Length), "Loaded_Language")]));
        }
        return documents;
    }

    private static string Serialise(SignalModel model)
    {
        using var writer = new StringWriter();
        model.Write(writer);
        return writer.ToString();
    }

    [Fact]
    public void Training_twice_on_the_same_data_gives_the_same_weights()
    {
        // Given one corpus
        var corpus = Corpus();

        // When trained twice with the default seed
        var first = Serialise(PropagandaTrainer.Train(corpus));
        var second = Serialise(PropagandaTrainer.Train(corpus));

        // Then the model files are identical, segment scorer (both heads), sentence classifier and word odds included
        Assert.Equal(first, second);
        Assert.Contains("si\tw=grotesque\t", first, StringComparison.Ordinal);
        Assert.Contains("segment-threshold\t0.35", first, StringComparison.Ordinal);
        // The recall weight 0.65 times the recall cap 2: the head predicts the credit halved (round 12).
        Assert.Contains("segment-beta\t1.3", first, StringComparison.Ordinal);
        Assert.Contains("sg\tarticle.clause\t", first, StringComparison.Ordinal);
        Assert.Contains("sr\tarticle.clause\t", first, StringComparison.Ordinal);
        Assert.Contains("sg\tsentence.slc\t", first, StringComparison.Ordinal);
        Assert.Contains("sg\todds.max\t", first, StringComparison.Ordinal);
        Assert.Matches(@"\nst\t", first);
        Assert.Matches(@"\nlo\tgrotesque\t\d", first);
    }

    [Fact]
    public void Sentence_classifier_scores_the_charged_sentence_above_the_plain_ones()
    {
        // Given a model trained on the invented corpus, and a new article of one plain and one charged sentence
        var model = PropagandaTrainer.Train(Corpus());
        const string text = "The Kelm council met on Tuesday to discuss the harbour budget.\nCritics called the rotten deal a disgrace for Varnholt.";
        var tokens = Crosscheck.Text.Tokenizer.Tokenize(text);
        var features = TokenFeatures.Build(text, tokens, Crosscheck.Text.SentenceSplitter.Split(text));
        var clauses = features.Clauses();

        // When the sentence classifier scores every sentence, then only the second
        var all = model.SentenceProbabilities(features, clauses);
        var onlySecond = model.SentenceProbabilities(features, clauses, [false, true]);

        // Then the charged sentence scores higher, and a sentence left out is marked unknown (-1)
        Assert.NotNull(all);
        Assert.Equal(2, all.Length);
        Assert.True(all[1] > all[0], $"charged {all[1]:0.000} vs plain {all[0]:0.000}");
        Assert.NotNull(onlySecond);
        Assert.Equal(-1, onlySecond[0]);
        Assert.Equal(all[1], onlySecond[1], 12);
    }

    [Fact]
    public void A_written_model_reads_back_unchanged()
    {
        // Given a trained model written as text
        var text = Serialise(PropagandaTrainer.Train(Corpus()));

        // When read back and written again
        var again = Serialise(SignalModel.Read(new StringReader(text)));

        // Then nothing changed
        Assert.Equal(text, again);
    }

    [Fact]
    public void Model_signal_names_the_word_that_fired_and_its_probability()
    {
        // Given a model trained on the invented corpus without a segment scorer (spans by token and clause thresholds),
        // run by the signals stage with its own token threshold
        var model = PropagandaTrainer.Train(Corpus(), PropagandaTrainingOptions.Default with { SegmentFolds = 0 });
        Assert.Null(model.SegmentThreshold);
        var stage = new SignalStage(SignalOptions.Default with { Model = model, ModelThreshold = null, ClauseThreshold = 0.99, CandidateGate = 0 });
        const string text = "Residents said the rotten scheme should be scrapped.";

        // When a new text with a learnt word is analysed
        var signals = stage.Process(new AnalyzedArticle(new Article { Id = "t", Source = "t", Text = text }), CancellationToken.None).Signals;

        // Then a model signal covers the word, and its reason names it, the technique and the probability
        var signal = Assert.Single(signals, s => s.Reason.Contains("(model ", StringComparison.Ordinal));
        Assert.Contains("rotten", signal.Text, StringComparison.Ordinal);
        Assert.Equal(Technique.LoadedLanguage, signal.Technique);
        Assert.Contains("rotten'", signal.Reason, StringComparison.Ordinal);
        Assert.Matches(@" typical of Loaded_Language \(model 0\.\d\d\)$", signal.Reason);
    }

    [Fact]
    public void Clause_candidates_split_at_commas_and_conjunctions()
    {
        // Given a sentence with a comma and a conjunction
        const string text = "The port closed, the ferries stopped and the town waited.";
        var tokens = Crosscheck.Text.Tokenizer.Tokenize(text);
        var features = TokenFeatures.Build(text, tokens, Crosscheck.Text.SentenceSplitter.Split(text));

        // When cut into clauses
        var clauses = features.Clauses().Select(c => TextSpan.FromBounds(tokens[c.First].Span.Start, tokens[c.End - 1].Span.End).Substring(text)).ToList();

        // Then there are three, without the cutting comma or the final full stop
        Assert.Equal(["The port closed", "the ferries stopped", "and the town waited"], clauses);
    }

    // Two techniques, so the technique classifier has something to tell apart: charged adjectives are loaded language,
    // insults for the rival party name-calling.
    private static List<PropagandaDocument> TwoTechniqueCorpus()
    {
        var documents = Corpus();
        string[] insults = ["crooks", "clowns"];
        for (var i = 0; i < 24; i++)
        {
            var word = insults[i % insults.Length];
            var text = Plain[i % Plain.Length] + "\n" + $"The {word} of the Varnholt party lost the vote again." + "\n" + Plain[(i + 2) % Plain.Length];
            var start = text.IndexOf(word, StringComparison.Ordinal);
            documents.Add(new PropagandaDocument($"nc{i}", text, [new PropagandaSpan(new TextSpan(start, word.Length), "Name_Calling,Labeling")]));
        }
        return documents;
    }

    /// <summary>The technique classifier's weights of one feature, by class name, from a written model.</summary>
    private static Dictionary<string, double> TechniqueRow(string model, string feature)
    {
        var lines = model.Split('\n');
        var classes = lines.Single(l => l.StartsWith("classes\t", StringComparison.Ordinal)).Split('\t')[1..];
        var row = lines.Single(l => l.StartsWith("tc\t" + feature + "\t", StringComparison.Ordinal)).Split('\t')[2..];
        var result = classes.ToDictionary(c => c, _ => 0.0, StringComparer.Ordinal);
        foreach (var pair in row)
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            result[classes[int.Parse(pair[..colon], System.Globalization.CultureInfo.InvariantCulture)]] = double.Parse(pair[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        }
        return result;
    }

    [Fact]
    public void Technique_classifier_averages_the_perceptrons_of_its_bags()
    {
        // Given a corpus of two techniques, and options without the segment scorer (not needed here; faster)
        var corpus = TwoTechniqueCorpus();
        var options = PropagandaTrainingOptions.Default with { SegmentFolds = 0, TechniqueBags = 3 };

        // When trained with three bags, and with one bag at each of the three seeds the bags use
        var bagged = Serialise(PropagandaTrainer.Train(corpus, options));
        var singles = Enumerable.Range(0, 3)
            .Select(b => Serialise(PropagandaTrainer.Train(corpus, options with { TechniqueBags = 1, Seed = options.Seed + b })))
            .ToList();

        // Then the bags learnt different weights for an insult (their shuffles differ), the bagged weights are the mean of
        // the three single runs' (up to their rounding to 0.001), and the insult points to name-calling, away from loaded
        // language
        var row = TechniqueRow(bagged, "w=clowns");
        var singleRows = singles.Select(s => TechniqueRow(s, "w=clowns")).ToList();
        Assert.True(singleRows.Select(r => r["Name_Calling,Labeling"]).Distinct().Count() > 1);
        foreach (var (technique, weight) in row)
        {
            Assert.Equal(singleRows.Average(r => r[technique]), weight, 0.002);
        }
        Assert.True(row["Name_Calling,Labeling"] > 0);
        Assert.True(row["Loaded_Language"] < 0);
    }

    [Fact]
    public void Technique_classifier_needs_at_least_one_bag()
    {
        // Given options with no technique bags
        var options = PropagandaTrainingOptions.Default with { SegmentFolds = 0, TechniqueBags = 0 };

        // When trained, then the options are refused
        Assert.Throws<ArgumentOutOfRangeException>(() => PropagandaTrainer.Train(TwoTechniqueCorpus(), options));
    }
}
