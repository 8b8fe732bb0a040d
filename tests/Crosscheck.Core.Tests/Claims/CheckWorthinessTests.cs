using Crosscheck.Claims;

namespace Crosscheck.Core.Tests.Claims;

public sealed class CheckWorthinessTests
{
    private static readonly string[] Facts =
    [
        "The Kelm council cut the bus budget by 12 percent in 2021.",
        "Unemployment in Drelsk rose to 9 percent last year.",
        "The ministry spent $40 million on the Ostrava bridge.",
        "Governor Prandt signed the port contract in March.",
        "Exports to Varnholt fell by a third after the tariff.",
        "The army moved 3,000 troops to the border in 2019.",
    ];

    private static readonly string[] Filler =
    [
        "Thank you so much for having me tonight.",
        "I think that is a wonderful question.",
        "Let me say something about that.",
        "We are going to keep fighting for you.",
        "It is great to be here with all of you.",
        "Well, I appreciate that very much.",
    ];

    private static List<LabeledSentence> Toy()
    {
        var sentences = new List<LabeledSentence>();
        for (var i = 0; i < Facts.Length; i++)
        {
            sentences.Add(new LabeledSentence($"f{i}", Facts[i], true));
            sentences.Add(new LabeledSentence($"o{i}", Filler[i], false));
        }
        return sentences;
    }

    [Fact]
    public void Binary_score_computes_precision_recall_and_f1_of_the_positive_class()
    {
        // Given 3 gold positives, of which 2 are found, and 1 false alarm among 3 negatives
        bool[] gold = [true, true, true, false, false, false];
        bool[] predicted = [true, true, false, true, false, false];

        // When counted
        var score = BinaryScore.Count(gold, predicted);

        // Then P = 2/3, R = 2/3, F1 = 2/3
        Assert.Equal((2, 1, 1, 2), (score.TruePositives, score.FalsePositives, score.FalseNegatives, score.TrueNegatives));
        Assert.Equal(2.0 / 3, score.Precision, 9);
        Assert.Equal(2.0 / 3, score.Recall, 9);
        Assert.Equal(2.0 / 3, score.F1, 9);
    }

    [Fact]
    public void Binary_score_is_zero_when_nothing_is_predicted()
    {
        var score = BinaryScore.Count([true, false], [false, false]);

        Assert.Equal(0, score.Precision);
        Assert.Equal(0, score.F1);
    }

    [Fact]
    public void Data_reader_unquotes_fields_skips_the_header_and_repairs_a_lost_line_break()
    {
        // Given a header, a quoted text with doubled quotes, and two records run together on one line
        const string content =
            "Sentence_id\tText\tclass_label\n" +
            "7\t\"He said \"\"no\"\", twice.\"\tNo\n" +
            "8\tTaxes rose 4 percent.\tYes12\tWe will win.\tNo\n";

        // When parsed
        var sentences = CheckWorthinessData.Parse(content, "toy.tsv");

        // Then three sentences come out with their labels
        Assert.Equal(3, sentences.Count);
        Assert.Equal(new LabeledSentence("7", "He said \"no\", twice.", false), sentences[0]);
        Assert.Equal(new LabeledSentence("8", "Taxes rose 4 percent.", true), sentences[1]);
        Assert.Equal(new LabeledSentence("12", "We will win.", false), sentences[2]);
    }

    [Fact]
    public void Data_reader_rejects_an_unknown_label()
    {
        Assert.Throws<InvalidDataException>(() => CheckWorthinessData.Parse("1\tText.\tMaybe\n", "bad.tsv"));
    }

    [Fact]
    public void Trainer_is_deterministic_and_separates_facts_from_filler()
    {
        // Given a toy training set and small settings
        var options = new CheckWorthinessTrainingOptions { Bits = 12, Epochs = 20, LearningRate = 0.1, ThresholdFolds = 0 };

        // When trained twice with the same seed
        var first = CheckWorthinessTrainer.Train(Toy(), Toy(), options);
        var second = CheckWorthinessTrainer.Train(Toy(), Toy(), options);

        // Then both runs agree and an unseen fact outscores unseen filler
        Assert.Equal(first.Threshold, second.Threshold);
        Assert.Equal(1.0, first.Training.F1);
        var fact = first.Scorer.Score("The council cut the school budget by 8 percent in 2020.");
        var filler = first.Scorer.Score("Thank you, I think that is great.");
        Assert.Equal(fact, second.Scorer.Score("The council cut the school budget by 8 percent in 2020."));
        Assert.True(fact > filler, $"fact {fact} should outscore filler {filler}");
    }

    [Fact]
    public void Cross_validation_reports_one_f1_per_fold_and_scores_merged_dev_out_of_fold()
    {
        // Given a toy training set, a toy dev set, and three folds
        var dev = new List<LabeledSentence>
        {
            new("d1", "The city sold 40 buses to Lemberg in 2018.", true),
            new("d2", "Thanks again for the kind words.", false),
        };
        var options = new CheckWorthinessTrainingOptions { Bits = 12, Epochs = 20, LearningRate = 0.1, ThresholdFolds = 3, Seeds = 2 };

        // When trained with the dev set merged in, twice
        var first = CheckWorthinessTrainer.Train(Toy(), dev, options);
        var second = CheckWorthinessTrainer.Train(Toy(), dev, options);

        // Then dev counts as training data, is scored by out-of-fold predictions, and the figures repeat exactly
        Assert.True(first.DevTrainedOn);
        Assert.Equal(Toy().Count + dev.Count, first.TrainingSentences);
        Assert.NotNull(first.Dev);
        Assert.Equal(dev.Count, first.Dev.TruePositives + first.Dev.FalsePositives + first.Dev.FalseNegatives + first.Dev.TrueNegatives);
        var cv = Assert.IsType<CheckWorthinessCrossValidation>(first.CrossValidation);
        Assert.Equal(3, cv.FoldF1.Count);
        Assert.Equal(cv.FoldF1, second.CrossValidation!.FoldF1);
        Assert.Equal(first.Threshold, second.Threshold);
        Assert.InRange(cv.Mean, 0, 1);
    }

    [Fact]
    public void Without_merging_dev_is_scored_by_the_final_model_and_not_trained_on()
    {
        var options = new CheckWorthinessTrainingOptions { Bits = 12, ThresholdFolds = 3, Seeds = 1, MergeDev = false };

        var training = CheckWorthinessTrainer.Train(Toy(), Toy(), options);

        Assert.False(training.DevTrainedOn);
        Assert.Equal(Toy().Count, training.TrainingSentences);
    }

    [Fact]
    public void Without_folds_dev_chooses_the_threshold_and_is_not_merged()
    {
        var options = new CheckWorthinessTrainingOptions { Bits = 12, ThresholdFolds = 0, Seeds = 1 };

        var training = CheckWorthinessTrainer.Train(Toy(), Toy(), options);

        Assert.False(training.DevTrainedOn);
        Assert.Null(training.CrossValidation);
        Assert.Equal(Toy().Count, training.TrainingSentences);
    }

    [Fact]
    public void Folds_are_blocks_of_consecutive_ids_whatever_the_file_order()
    {
        // Given sentences listed out of id order, as in the shuffled CheckThat! training file
        long[] ids = [907, 12, 405, 3, 660, 118, 29, 801, 350];
        var sentences = new List<LabeledSentence>();
        foreach (var id in ids)
        {
            sentences.Add(new LabeledSentence(id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Text.", false));
        }

        // When cut into three folds
        var folds = CheckWorthinessTrainer.GroupedFolds(sentences, 3);

        // Then the three smallest ids form fold 0, the next three fold 1, the largest three fold 2
        var expected = new Dictionary<long, int> { [3] = 0, [12] = 0, [29] = 0, [118] = 1, [350] = 1, [405] = 1, [660] = 2, [801] = 2, [907] = 2 };
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(expected[ids[i]], folds[i]);
        }
    }

    [Fact]
    public void Cross_validation_spread_is_the_sample_standard_deviation_of_the_folds()
    {
        var cv = new CheckWorthinessCrossValidation([0.6, 0.7, 0.8], new BinaryScore(1, 1, 1, 1));

        Assert.Equal(0.7, cv.Mean, 9);
        Assert.Equal(0.1, cv.StandardDeviation, 9);
    }

    [Fact]
    public void Average_precision_is_the_mean_precision_at_each_yes_rank_within_the_subset()
    {
        // Given four scored sentences, ranked Yes, No, Yes, No, and a fifth outside the subset that would rank first
        double[] scores = [0.9, 0.8, 0.7, 0.6, 0.95];
        bool[] labels = [true, false, true, false, false];

        // When the first four are ranked
        var precision = CheckWorthinessCrossValidation.AveragePrecision(scores, labels, [0, 1, 2, 3]);

        // Then the Yes at rank 1 has precision 1 and the Yes at rank 3 has 2/3; the fifth sentence does not count
        Assert.Equal((1.0 + 2.0 / 3.0) / 2, precision, 9);
        Assert.Equal(0.0, CheckWorthinessCrossValidation.AveragePrecision(scores, labels, [1, 3, 4]));
    }

    [Fact]
    public void Average_precision_breaks_ties_by_position()
    {
        // Two equal scores: the earlier index ranks first, so a Yes listed second is at rank 2
        var precision = CheckWorthinessCrossValidation.AveragePrecision([0.5, 0.5], [false, true], [0, 1]);

        Assert.Equal(0.5, precision, 9);
    }

    [Fact]
    public void Cross_validation_reports_average_precision_per_fold_in_the_summary()
    {
        var options = new CheckWorthinessTrainingOptions { Bits = 12, Epochs = 20, LearningRate = 0.1, ThresholdFolds = 3, Seeds = 1 };

        var training = CheckWorthinessTrainer.Train(Toy(), null, options);

        var cv = Assert.IsType<CheckWorthinessCrossValidation>(training.CrossValidation);
        Assert.Equal(3, cv.FoldAveragePrecision.Count);
        Assert.All(cv.FoldAveragePrecision, ap => Assert.InRange(ap, 0, 1));
        Assert.InRange(cv.PooledAveragePrecision, 0, 1);
        Assert.Contains("average precision", training.CrossValidationSummary(cv), StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_model_was_trained_with_the_default_hash_size()
    {
        // The shipped file must be what `crosscheck train checkworthiness` writes with the default options.
        Assert.Equal(CheckWorthinessTrainingOptions.Default.Bits, EmbeddedModelValue("bits"));
    }

    [Fact]
    public void Embedded_model_was_trained_with_the_default_length_power()
    {
        Assert.Equal(CheckWorthinessTrainingOptions.Default.LengthPower, EmbeddedModelValue("length-power"));
    }

    /// <summary>The number on the embedded model's <c>key=</c> line; 0 when it has none.</summary>
    private static double EmbeddedModelValue(string key)
    {
        foreach (var line in Crosscheck.Lexicons.Lexicon.Lines(CheckWorthinessScorer.ModelLexicon))
        {
            if (line.StartsWith(key + "=", StringComparison.Ordinal))
            {
                return double.Parse(line[(key.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return 0;
    }

    [Theory]
    [InlineData(60, 0.76)]
    [InlineData(120, 0.76)]
    [InlineData(30, 0.76)]
    public void Length_power_one_makes_the_word_part_of_the_margin_independent_of_length(int words, double margin)
    {
        // Every weight 0.01: the word features sum to 0.01 × words, scaled by 60 / words, so 0.6 at any length; the
        // 16 rule features add 0.16 unscaled.
        var model = new CheckWorthinessModel(10, Enumerable.Repeat(0.01f, 1 << 10).ToArray(), 0, lengthPower: 1);
        var features = Enumerable.Range(0, words + CheckWorthinessFeaturizer.RuleFeatureCount).ToList();

        Assert.Equal(1 / (1 + Math.Exp(-margin)), model.Score(features), 6);
    }

    [Fact]
    public void Without_length_power_the_margin_is_the_plain_sum()
    {
        var model = new CheckWorthinessModel(10, Enumerable.Repeat(0.01f, 1 << 10).ToArray(), 0);
        var features = Enumerable.Range(0, 120 + CheckWorthinessFeaturizer.RuleFeatureCount).ToList();

        Assert.Equal(1 / (1 + Math.Exp(-1.36)), model.Score(features), 6);
    }

    [Fact]
    public void A_model_file_without_a_length_power_reads_as_unscaled_and_one_with_it_keeps_it()
    {
        foreach (var power in new[] { 0.0, 0.75 })
        {
            var model = new CheckWorthinessModel(10, new float[1 << 10], 0.5, power);
            var writer = new StringWriter();
            model.Write(writer, []);
            var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            Assert.Equal(power != 0, lines.Any(l => l.StartsWith("length-power=", StringComparison.Ordinal)));
            Assert.Equal(power, CheckWorthinessModel.Parse(lines).LengthPower);
        }
    }

    [Fact]
    public void A_model_read_from_its_file_scores_bit_for_bit_as_its_weights_held_as_floats()
    {
        // Given a model read from its text, which keeps its 16-bit weights and the step, and the same weights as floats
        var weights = new float[1 << 10];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (i * 37 % 201 - 100) / 37f;
        }
        var writer = new StringWriter();
        new CheckWorthinessModel(10, weights, 0.25, 0.75).Write(writer, []);
        var read = CheckWorthinessModel.Parse(writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var floats = new CheckWorthinessModel(10, read.Weights, read.Bias, read.LengthPower);
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var features = new List<int>();
            for (var f = random.Next(CheckWorthinessFeaturizer.RuleFeatureCount, 120); f > 0; f--)
            {
                features.Add(random.Next(1 << 10));
            }

            // Then both give the same score, to the bit
            Assert.Equal(floats.Score(features), read.Score(features));
        }
    }

    [Fact]
    public void Written_model_loads_back_with_the_same_scores()
    {
        // Given a trained toy model written to a file
        var training = CheckWorthinessTrainer.Train(Toy(), null, new CheckWorthinessTrainingOptions { Bits = 12, ThresholdFolds = 3 });
        var path = Path.Combine(Path.GetTempPath(), $"cw-{Guid.NewGuid():N}.txt");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                training.Write(writer, "toy.tsv", null);
            }

            // When loaded back
            var loaded = CheckWorthinessScorer.Load(path);

            // Then scores agree up to the 16-bit quantisation
            foreach (var sentence in Toy())
            {
                Assert.Equal(training.Scorer.Score(sentence.Text), loaded.Score(sentence.Text), 2);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Embedded_model_scores_a_measurable_fact_above_the_boundary_and_small_talk_below()
    {
        var scorer = CheckWorthinessScorer.Default;

        Assert.True(scorer.Score("The refinery spent $2.5 billion on the Kelm pipeline in 2022.") >= 0.5);
        Assert.True(scorer.Score("Thank you all for coming tonight.") < 0.5);
    }

    [Fact]
    public void A_question_scores_lower_than_the_same_statement()
    {
        var scorer = CheckWorthinessScorer.Default;

        var statement = scorer.Score("The strike cost the port 40 percent of its trade.");
        var question = scorer.Score("Did the strike cost the port 40 percent of its trade?");

        Assert.True(question < statement, $"question {question} should score below statement {statement}");
    }
}
