using Crosscheck.Attribution;
using Crosscheck.Documents;
using Crosscheck.Pipeline;

namespace Crosscheck.Core.Tests.Attribution;

public sealed class QuoteReportingTests
{
    private static Quote Only(string text, string cue)
    {
        var analysis = AnalysisPipeline.Default.Analyze(new Article { Id = "t", Source = "t", Text = text }, CancellationToken.None);
        return Assert.Single(analysis.Quotes, q => q.Cue == cue);
    }

    [Theory]
    [InlineData("Mayor Ilse Varga said the harbour would reopen in May.", "said", Reported.Speech)]
    [InlineData("Mayor Ilse Varga tweeted that the harbour would reopen in May.", "tweeted", Reported.Speech)]
    [InlineData("Mayor Ilse Varga believes the harbour will reopen in May.", "believes", Reported.Belief)]
    [InlineData("Mayor Ilse Varga plans to reopen the harbour in May.", "plans", Reported.Intent)]
    [InlineData("Mayor Ilse Varga declined to say when the harbour would reopen.", "declined", Reported.Intent)]
    [InlineData("Mayor Ilse Varga ordered the evacuation of the harbour district on Sunday.", "ordered", Reported.Act)]
    [InlineData("Mayor Ilse Varga signed the decree closing the harbour district on Sunday.", "signed", Reported.Act)]
    [InlineData("Mayor Ilse Varga issued a statement on the harbour district on Sunday.", "issued", Reported.Speech)]
    public void An_attribution_says_what_it_reports(string text, string cue, Reported expected)
    {
        // Given one attribution whose cue is a speech verb, a stance, a plan or a deed
        // When the pipeline analyses it
        var quote = Only(text, cue);

        // Then the quote says which of them it reports
        Assert.Equal(expected, quote.Reports);
    }

    [Fact]
    public void Words_in_quotation_marks_are_speech_whatever_the_verb()
    {
        // Given a direct quotation introduced by a verb that would otherwise read as a deed
        var quote = Only("\u201CEveryone leaves the quay tonight,\u201D Mayor Ilse Varga ordered.", "ordered");

        // Then the quote reports speech
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(Reported.Speech, quote.Reports);
    }

    [Theory]
    [InlineData("has long argued", Reported.Speech)]
    [InlineData("don\u2019t like", Reported.Belief)]
    [InlineData("didn't want", Reported.Intent)]
    [InlineData("made it clear", Reported.Speech)]
    [InlineData("made", Reported.Act)]
    [InlineData("called for", Reported.Speech)]
    [InlineData("according to", Reported.Speech)]
    [InlineData("don't", Reported.Belief)]
    [InlineData(":", Reported.Speech)]
    [InlineData("criticism of", Reported.Speech)]
    [InlineData("slammed", Reported.Speech)]
    [InlineData("planning", Reported.Intent)]
    [InlineData("heralded", Reported.Speech)]
    [InlineData("reciting", Reported.Speech)]
    [InlineData("accusations of", Reported.Speech)]
    [InlineData("divided about", Reported.Belief)]
    [InlineData("is adamant", Reported.Belief)]
    public void The_cue_head_decides_after_auxiliaries_negations_and_adverbs(string cue, Reported expected)
    {
        // Given an indirect quote with this cue as written
        var quote = new Quote(new TextSpan(0, 1), "x", QuoteKind.Indirect) { Cue = cue };

        // When its report class is read
        var reported = QuoteReporting.Of(quote, CueModel.Shipped);

        // Then auxiliaries, negations and -ly adverbs are skipped and the head word's class is taken
        Assert.Equal(expected, reported);
    }
}
