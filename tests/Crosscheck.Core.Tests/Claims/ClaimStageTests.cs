using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Claims;

public sealed class ClaimStageTests
{
    private static Article Article(string text) => new() { Id = "t", Source = "t", Text = text };

    /// <summary>Runs only the text stage, so the test controls what attribution and entities "found".</summary>
    private static AnalyzedArticle TextOnly(string text) => new TextStage().Process(new AnalyzedArticle(Article(text)), default);

    private static TextSpan SpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length);

    [Fact]
    public void Keeps_factual_sentences_and_drops_opinion_at_the_default_threshold()
    {
        // Given a factual sentence and an opinion
        const string text = "The Kelm council approved 14 new bus routes on Monday. I think that is wonderful news.";

        // When analysed with default options
        var claims = AnalysisPipeline.Default.Analyze(Article(text)).Claims;

        // Then only the factual sentence is a claim, with its span and sentence index
        var claim = Assert.Single(claims);
        Assert.Equal("The Kelm council approved 14 new bus routes on Monday.", claim.Text);
        Assert.Equal(claim.Text, claim.Span.Substring(text));
        Assert.Equal(0, claim.SentenceIndex);
        Assert.Equal(["14"], claim.Numbers);
    }

    [Fact]
    public void Keeps_polarity_when_a_hedge_wins_the_modality()
    {
        // Given a hedged denial
        const string text = "The minister reportedly did not attend the Ostrava summit on Friday.";

        // When analysed
        var claim = Assert.Single(AnalysisPipeline.Default.Analyze(Article(text)).Claims);

        // Then the hedge sets the modality and the negation is still recorded
        Assert.Equal(Modality.Hedged, claim.Modality);
        Assert.True(claim.HasNegation);
        Assert.Equal(["reportedly"], claim.ModalityCues.Select(c => c.Substring(text)));
    }

    [Fact]
    public void Reads_may_the_month_as_a_time_not_a_modal()
    {
        // Given a sentence naming the month of May
        const string text = "The port handled 12,000 containers in May 2024.";

        // When analysed
        var claim = Assert.Single(AnalysisPipeline.Default.Analyze(Article(text)).Claims);

        // Then the claim is asserted, not speculative
        Assert.Equal(Modality.Asserted, claim.Modality);
        Assert.Empty(claim.ModalityCues);
    }

    [Fact]
    public void Uses_an_attribution_quote_for_the_voice()
    {
        // Given indirect speech found by the attribution stage (no quotation marks in the text)
        const string text = "Feld said the refinery had lost 300 jobs since January.";
        var document = TextOnly(text) with
        {
            Quotes = [new Quote(SpanOf(text, "the refinery had lost 300 jobs since January"), "the refinery had lost 300 jobs since January", QuoteKind.Indirect) { Cue = "said", Speaker = "Jonas Feld" }],
        };

        // When the claims stage runs
        var claim = Assert.Single(new ClaimStage(ClaimOptions.Default).Process(document, default).Claims);

        // Then the claim is in the quoted voice
        Assert.Equal(ClaimVoice.Quoted, claim.Voice);
    }

    [Fact]
    public void Uses_an_according_to_quote_or_a_citation_for_the_cited_voice()
    {
        // Given an "according to" attribution and a separate citation
        const string text = "According to the Daily Ledger, the refinery lost 300 jobs in March. The plant closed 2 units in 2021, the Kelm Courier reported.";
        var content = "the refinery lost 300 jobs in March";
        var document = TextOnly(text) with
        {
            Quotes = [new Quote(SpanOf(text, content), content, QuoteKind.Indirect) { Cue = "According to", Speaker = "Daily Ledger", SentenceIndex = 0 }],
            Citations = [new Citation(SpanOf(text, "the Kelm Courier reported"), "the Kelm Courier reported", "Kelm Courier", false) { SentenceIndex = 1 }],
        };

        // When the claims stage runs
        var claims = new ClaimStage(ClaimOptions.Default).Process(document, default).Claims;

        // Then both claims are in the cited voice
        Assert.Equal(2, claims.Count);
        Assert.All(claims, claim => Assert.Equal(ClaimVoice.Cited, claim.Voice));
    }

    [Fact]
    public void Lists_the_keys_of_entity_mentions_inside_the_claim()
    {
        // Given mentions found by the entity stage, one of them in another sentence
        const string text = "Vesk met Prandt in Ostrava on Tuesday. He left.";
        var document = TextOnly(text) with
        {
            Mentions =
            [
                new Mention(SpanOf(text, "Vesk"), "Vesk", EntityKind.Person, "Arno Vesk", MentionForm.Alias),
                new Mention(SpanOf(text, "Prandt"), "Prandt", EntityKind.Person, "Elsa Prandt", MentionForm.Alias),
                new Mention(SpanOf(text, "Ostrava"), "Ostrava", EntityKind.Place, "Ostrava"),
                new Mention(SpanOf(text, "He"), "He", EntityKind.Person, "Arno Vesk", MentionForm.Pronoun),
            ],
        };

        // When the claims stage runs
        var claims = new ClaimStage(ClaimOptions.Default).Process(document, default).Claims;

        // Then the first claim lists its three entities once each
        Assert.Equal(["Arno Vesk", "Elsa Prandt", "Ostrava"], claims[0].Entities);
    }

    [Fact]
    public void Gives_the_same_claims_and_signals_when_articles_run_in_parallel()
    {
        // Given one pipeline and several different articles
        string[] texts =
        [
            "The Kelm council reportedly approved 14 new bus routes on Monday.",
            "BOMBSHELL: the minister slammed the 40 percent pay rise. Is anyone in charge?",
            "\u201cWe did not sell the port,\u201d Feld told the Daily Ledger on Friday.",
        ];
        var expected = texts.Select(t => Summary(AnalysisPipeline.Default.Analyze(Article(t)))).ToArray();

        // When they are analysed many times on many threads
        var results = new string[texts.Length * 50];
        Parallel.For(0, results.Length, i => results[i] = Summary(AnalysisPipeline.Default.Analyze(Article(texts[i % texts.Length]))));

        // Then every run matches the sequential one
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    private static string Summary(AnalyzedArticle document) =>
        string.Join("|", document.Claims.Select(c => $"{c.Span}{c.Modality}{c.Voice}{c.CheckWorthiness}"))
        + string.Join("|", document.Signals.Select(s => $"{s.Span}{s.Technique}{s.Weight}"))
        + document.Scores.Sensationalism;

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void Rejects_a_threshold_outside_zero_to_one_at_construction(double threshold)
    {
        // Given options with an impossible threshold
        var options = new ClaimOptions { MinimumCheckWorthiness = threshold };

        // When the stage is built / Then it fails at once
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimStage(options));
    }

    [Fact]
    public void Finds_no_claims_in_an_empty_article()
    {
        // Given an empty text
        // When analysed
        var document = AnalysisPipeline.Default.Analyze(Article(""));

        // Then there are no claims
        Assert.Empty(document.Claims);
    }
}
