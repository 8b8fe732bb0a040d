using System.Text;
using Crosscheck.Attribution;
using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Evaluation.Attribution;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Attribution;

public sealed class CueModelTrainerTests
{
    // Invented text: "slammed" heads a cue when a plan or a proposal follows, never when a door or a gate does. Each
    // speaker slams as often the one as the other, so only the object tells them apart.
    private static readonly string[] Sentences =
    [
        "Ana Ruiz slammed the plan.", "Kovac slammed the door.", "Lena Horvat slammed the proposal.",
        "Marta Kollar slammed the gate.", "Tom Kell slammed the plan.", "Ivo Darby slammed the door.",
        "Nina Bell slammed the proposal.", "Ana Ruiz slammed the gate.", "Kovac slammed the plan.", "Tom Kell slammed the gate.",
        "Marta Kollar slammed the proposal.", "Lena Horvat slammed the door.", "Ivo Darby slammed the plan.",
        "Nina Bell slammed the gate.", "Ana Ruiz slammed the proposal.", "Ana Ruiz slammed the door.",
    ];

    private static BratAttributionDocument Annotated()
    {
        var text = string.Join(" ", Sentences);
        var annotation = new StringBuilder();
        var t = 0;
        var e = 0;
        var from = 0;
        foreach (var sentence in Sentences)
        {
            var start = text.IndexOf(sentence, from, StringComparison.Ordinal);
            from = start + sentence.Length;
            if (sentence.Contains("door", StringComparison.Ordinal) || sentence.Contains("gate", StringComparison.Ordinal))
            {
                continue;
            }
            var cue = text.IndexOf("slammed", start, StringComparison.Ordinal);
            var content = cue + "slammed ".Length;
            var end = start + sentence.Length - 1;
            annotation.Append($"T{++t}\tSource {start} {cue - 1}\t{text[start..(cue - 1)]}\n");
            annotation.Append($"T{++t}\tCue {cue} {cue + 7}\tslammed\n");
            annotation.Append($"T{++t}\tContent {content} {end}\t{text[content..end]}\n");
            annotation.Append($"E{++e}\tAttribution:T{t - 1} Content:T{t} Cue:T{t - 1} Source:T{t - 2}\n");
        }
        return BratAttributionDocument.Parse("fixture", text, annotation.ToString());
    }

    private static readonly CueModelTrainingOptions Options = new() { MinFeatureCount = 1, Epochs = 5, Seed = 7 };

    private static string Written(CueModel model)
    {
        using var writer = new StringWriter();
        writer.NewLine = "\n";
        model.Vocabulary.Write(writer);
        model.WriteWeights(writer, "fixture");
        return writer.ToString();
    }

    [Fact]
    public void Training_twice_on_the_same_data_writes_identical_files()
    {
        // Given a small annotated fixture / When the model is trained twice with the same settings
        var first = Written(CueModelTrainer.Train([Annotated()], Options));
        var second = Written(CueModelTrainer.Train([Annotated()], Options));

        // Then both runs write the same bytes, with the candidate word and its features
        Assert.Equal(first, second);
        Assert.Contains("slammed = speech 8 16", first, StringComparison.Ordinal);
        Assert.Contains("\nw=slammed\t", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_weights_read_back_to_the_same_model()
    {
        // Given a trained model
        var model = CueModelTrainer.Train([Annotated()], Options);

        // When its weights are written and parsed again
        using var writer = new StringWriter();
        model.WriteWeights(writer, "fixture");
        var parsed = CueModel.ParseWeights(writer.ToString().Split('\n'));

        // Then every weight survives with its name
        Assert.Equal(model.Weights, parsed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Trained_model_tells_a_cue_from_the_same_word_in_another_context(int seed)
    {
        // Given a model trained on the fixture with any of several seeds (a single perceptron, Models = 1, fails with
        // seed 7 here: on so few examples its weights follow the order it saw them in), used by the attribution stage
        var model = CueModelTrainer.Train([Annotated()], Options with { Seed = seed });
        var pipeline = new AnalysisPipelineBuilder().UseText().UseEntities()
            .UseAttribution(new AttributionOptions { CueModel = model, CueThreshold = 0, FallbackSubjectScore = float.PositiveInfinity }).Build();

        // When a new speaker slams a proposal and another slams a gate
        var proposal = pipeline.Analyze(new Article { Id = "a", Source = "a", Text = "Petra Lind slammed the proposal." });
        var gate = pipeline.Analyze(new Article { Id = "b", Source = "b", Text = "Petra Lind slammed the gate." });

        // Then only the first is an attribution
        var quote = Assert.Single(proposal.Quotes);
        Assert.Equal("slammed", quote.Cue);
        Assert.Equal("the proposal", quote.Text);
        Assert.Empty(gate.Quotes);
    }

    [Fact]
    public void Shipped_model_loads_with_its_vocabulary()
    {
        // Given the model shipped in the lexicons / Then it holds weights and the candidate words it was trained on
        var model = CueModel.Shipped;
        Assert.True(model.Weights.Count > 1000, $"only {model.Weights.Count} weights");
        Assert.Contains(model.Vocabulary.Cues, static cue => cue.Form == "criticized");
    }
}
