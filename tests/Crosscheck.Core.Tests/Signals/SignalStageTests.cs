using Crosscheck.Attribution;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Signals;

public sealed class SignalStageTests
{
    private const string WireReport =
        "KELM, March 4 - The Kelm city council approved a 212 million euro budget for 2025 on Tuesday, the council's " +
        "press office said. The budget raises spending on public transport by 6 percent and cuts the roads programme " +
        "by 40 million euros, according to documents published by the council. Council leader Mara Ostrow said the " +
        "plan would be reviewed in September. \"We have tried to protect the bus network,\" she told reporters after " +
        "the vote, which passed by 31 votes to 12. Opposition councillors said they would propose amendments in " +
        "April. Officials said the new routes would open in the summer. The regional auditor is expected to publish " +
        "its assessment of the budget next month.";

    private const string TabloidRewrite =
        "BOMBSHELL: Kelm council's budget sent shockwaves through the city on Tuesday. In a startling revelation, " +
        "leader Mara Ostrow slammed the roads programme and tore up 40 million euros of spending. Is anyone in " +
        "charge? Furious drivers say the catastrophic cuts will leave the roads in chaos. The stunning move is " +
        "widely speculated to signal a power grab. Who will pay the price? Sources say the council has never been " +
        "more divided.";

    private static Article Article(string text) => new() { Id = "t", Source = "t", Text = text };

    [Fact]
    public void Scores_a_sober_wire_report_below_0_2()
    {
        // Given a plain wire report with attributions
        // When analysed
        var document = AnalysisPipeline.Default.Analyze(Article(WireReport));

        // Then it scores low
        Assert.InRange(document.Scores.Sensationalism, 0, 0.2);
    }

    [Fact]
    public void Scores_a_tabloid_rewrite_above_0_5()
    {
        // Given a tabloid rewrite of the same story
        // When analysed
        var document = AnalysisPipeline.Default.Analyze(Article(TabloidRewrite));

        // Then it scores high, with sensational, loaded and rhetorical signals among its reasons
        Assert.InRange(document.Scores.Sensationalism, 0.5, 1);
        Assert.Contains(document.Signals, s => s.Technique == Technique.SensationalFraming && s.Text == "sent shockwaves");
        Assert.Contains(document.Signals, s => s.Technique == Technique.LoadedLanguage && s.Text == "slammed");
        Assert.Equal(2, document.Signals.Count(s => s.Technique == Technique.RhetoricalQuestion));
    }

    [Fact]
    public void Gives_a_reason_naming_the_matched_words()
    {
        // Given a sensational word
        const string text = "The memo sent shockwaves through the cabinet.";

        // When analysed
        var signal = Assert.Single(AnalysisPipeline.Default.Analyze(Article(text)).Signals);

        // Then the signal's span, text and reason agree
        Assert.Equal("sent shockwaves", signal.Span.Substring(text));
        Assert.Equal(signal.Text, signal.Span.Substring(text));
        Assert.Contains("'sent shockwaves'", signal.Reason, StringComparison.Ordinal);
        Assert.InRange(signal.Weight, 0.01, 1);
    }

    [Fact]
    public void Weighs_a_loaded_word_inside_a_quotation_less_and_says_so()
    {
        // Given the same loaded word in the outlet's voice and in a quotation
        const string text = "The catastrophic flood hit Drelsk. \"It was catastrophic,\" said Mayor Ilse Varga.";

        // When analysed
        var signals = AnalysisPipeline.Default.Analyze(Article(text)).Signals
            .Where(s => s.Technique == Technique.LoadedLanguage).ToList();

        // Then the quoted one weighs less and its reason mentions the quotation
        Assert.Equal(2, signals.Count);
        Assert.True(signals[1].Weight < signals[0].Weight);
        Assert.Contains("quotation", signals[1].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("quotation", signals[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_whole_words_only()
    {
        // Given words that contain lexicon entries
        const string text = "The doctor changed the regimen after the unshocking results.";

        // When analysed
        var signals = AnalysisPipeline.Default.Analyze(Article(text)).Signals;

        // Then nothing is found
        Assert.Empty(signals);
    }

    [Fact]
    public void Turns_an_anonymous_citation_into_one_signal()
    {
        // Given an anonymous citation found by the attribution stage, over a phrase the lexicon also knows
        const string text = "The deal is close, sources said on Friday.";
        var span = new TextSpan(text.IndexOf("sources said", StringComparison.Ordinal), "sources said".Length);
        var document = new TextStage().Process(new AnalyzedArticle(Article(text)), default) with
        {
            Citations = [new Citation(span, "sources said", "sources", Anonymous: true) { Relation = "said" }],
        };

        // When the signals stage runs
        var signals = new SignalStage(SignalOptions.Default).Process(document, default).Signals;

        // Then one anonymous-sourcing signal covers the citation
        var signal = Assert.Single(signals);
        Assert.Equal(Technique.AnonymousSourcing, signal.Technique);
        Assert.Equal(span, signal.Span);
    }

    [Fact]
    public void Does_not_take_a_question_in_attributed_content_for_a_rhetorical_one()
    {
        // Given a question the attribution stage attributes to a speaker (no quotation marks)
        const string text = "Who will pay for the repairs? That was the question Mayor Varga put to the council.";
        var question = "Who will pay for the repairs?";
        var document = new TextStage().Process(new AnalyzedArticle(Article(text)), default) with
        {
            Quotes = [new Quote(new TextSpan(0, question.Length), question, QuoteKind.Direct) { Speaker = "Ilse Varga" }],
        };

        // When the signals stage runs
        var signals = new SignalStage(SignalOptions.Default).Process(document, default).Signals;

        // Then no rhetorical question is reported
        Assert.DoesNotContain(signals, s => s.Technique == Technique.RhetoricalQuestion);
    }

    [Fact]
    public void Rejects_a_quoted_weight_factor_above_one_at_construction()
    {
        // Given options that would make quoted words weigh more than the outlet's own
        var options = new SignalOptions { QuotedWeightFactor = 2 };

        // When the stage is built / Then it fails at once
        Assert.Throws<ArgumentOutOfRangeException>(() => new SignalStage(options));
    }
}
