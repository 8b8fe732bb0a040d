using System.Text;
using Crosscheck.Attribution;
using Crosscheck.Evaluation.Attribution;

namespace Crosscheck.Core.Tests.Attribution;

public sealed class CueLexiconTrainerTests
{
    // Invented text: "criticized" heads two cues and occurs three times; "vowed" heads one cue with a to-infinitive.
    private const string Text =
        "Ana Ruiz has also criticized the plan. Kovac criticized the delay. The criticized plan failed. Ruiz vowed to resign.";

    private static BratAttributionDocument Annotated()
    {
        var annotation = new StringBuilder();
        var t = 0;
        var e = 0;
        void Relation(string source, string cue, string content, int from)
        {
            var s = Text.IndexOf(source, from, StringComparison.Ordinal);
            var c = Text.IndexOf(cue, s, StringComparison.Ordinal);
            var x = Text.IndexOf(content, c + cue.Length, StringComparison.Ordinal);
            annotation.Append($"T{++t}\tSource {s} {s + source.Length}\t{source}\n");
            annotation.Append($"T{++t}\tCue {c} {c + cue.Length}\t{cue}\n");
            annotation.Append($"T{++t}\tContent {x} {x + content.Length}\t{content}\n");
            annotation.Append($"E{++e}\tAttribution:T{t - 1} Content:T{t} Cue:T{t - 1} Source:T{t - 2}\n");
        }
        Relation("Ana Ruiz", "has also criticized", "the plan", 0);
        Relation("Kovac", "criticized", "the delay", 0);
        Relation("Ruiz", "vowed", "to resign", Text.IndexOf("Ruiz vowed", StringComparison.Ordinal));
        return BratAttributionDocument.Parse("doc", Text, annotation.ToString());
    }

    [Fact]
    public void Keeps_heads_that_are_cues_often_enough_with_their_counts()
    {
        // Given an annotated article / When the lexicon is learned with the default thresholds
        var lexicon = CueLexiconTrainer.Train([Annotated()]);

        // Then "criticized" (2 cues of 3 lower-case uses) is kept past the auxiliaries, "vowed" (1 cue) is too rare
        var cue = Assert.Single(lexicon.Cues);
        Assert.Equal(new LearnedCue("criticized", Intent: false, Cues: 2, Occurrences: 3), cue);
        Assert.Equal(3, lexicon.GoldCues);
    }

    [Fact]
    public void Marks_a_head_whose_content_starts_with_to_as_an_intent()
    {
        // Given the same article / When single cues are enough
        var lexicon = CueLexiconTrainer.Train([Annotated()], new CueLexiconTrainingOptions { MinCues = 1, MinPrecision = 0.5 });

        // Then "vowed" is an intent cue, and the written file lists both with class and counts
        Assert.Contains(new LearnedCue("vowed", Intent: true, Cues: 1, Occurrences: 1), lexicon.Cues);
        using var writer = new StringWriter();
        lexicon.Write(writer);
        Assert.Contains("criticized = speech 2 3", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("vowed = intent 1 1", writer.ToString(), StringComparison.Ordinal);
    }
}
