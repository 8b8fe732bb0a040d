using Crosscheck.Attribution;
using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Attribution;

public sealed class AttributionStageTests
{
    private static readonly AttributionStage Stage = new(AttributionOptions.Default);

    private static AnalyzedArticle TextOnly(string text) =>
        new TextStage().Process(new AnalyzedArticle(new Article { Id = "t", Source = "t", Text = text }), CancellationToken.None);

    [Fact]
    public void Finds_speaker_without_entity_mentions()
    {
        // Given an article with tokens and sentences only
        var document = TextOnly("Foreign Minister Ana Petrovic spoke first.\n\n\u201CWe stay,\u201D the minister said.");

        // When the attribution stage runs alone
        var quote = Assert.Single(Stage.Process(document, CancellationToken.None).Quotes);

        // Then the descriptor resolves through the title it found itself
        Assert.Equal("Ana Petrovic", quote.Speaker);
        Assert.Equal("the minister", quote.SpeakerSpan!.Value.Substring(document.Article.Text));
    }

    [Fact]
    public void Uses_entity_mention_key_as_speaker()
    {
        // Given a mention whose key differs from its text
        var text = "\u201CWe stay,\u201D said the Vodena strongman.";
        var document = TextOnly(text);
        var start = text.IndexOf("the Vodena strongman", StringComparison.Ordinal);
        var mention = new Mention(new TextSpan(start, "the Vodena strongman".Length), "the Vodena strongman", EntityKind.Person, "Dragan Kovac", MentionForm.Descriptor);
        document = document with { Mentions = [mention] };

        // When the stage runs
        var quote = Assert.Single(Stage.Process(document, CancellationToken.None).Quotes);

        // Then the speaker is the mention's key and the speaker span is the mention
        Assert.Equal("Dragan Kovac", quote.Speaker);
        Assert.Equal(mention.Span, quote.SpeakerSpan);
    }

    [Fact]
    public void Resolves_pronoun_to_last_quoted_speaker_in_paragraph()
    {
        // Given a paragraph where another person is named between the quote and the pronoun
        var document = TextOnly("\u201CWe wait,\u201D Ana Petrovic said after meeting Milan Jovic. \u201CIt is their turn,\u201D she added.");

        // When the stage runs
        var quotes = Stage.Process(document, CancellationToken.None).Quotes;

        // Then the pronoun takes the last quoted speaker
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Ana Petrovic", quotes[1].Speaker);
        Assert.Equal("added", quotes[1].Cue);
    }

    [Fact]
    public void Apostrophes_do_not_open_quotes()
    {
        // Given possessives and contractions but no quotation
        var document = TextOnly("The farmers' union didn't meet. The Serbs' leaders weren't there either, it's said.");

        // When the stage runs
        var quotes = Stage.Process(document, CancellationToken.None).Quotes;

        // Then no direct quote is made from apostrophes
        Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void Spans_point_at_the_text_they_name()
    {
        // Given a quote with a cue, a speaker and a venue
        var text = "\u201CThe talks are over,\u201D Milan Jovic told the Evening Courier.";
        var document = TextOnly(text);

        // When the stage runs
        var result = Stage.Process(document, CancellationToken.None);
        var quote = Assert.Single(result.Quotes);

        // Then every span slices the article text to the value it reports
        Assert.Equal(quote.Text, quote.Span.Substring(text));
        Assert.Equal("told", quote.CueSpan!.Value.Substring(text));
        Assert.Equal("Milan Jovic", quote.SpeakerSpan!.Value.Substring(text));
        Assert.Equal("Evening Courier", quote.VenueSpan!.Value.Substring(text));
        var citation = Assert.Single(result.Citations);
        Assert.Equal("Evening Courier", citation.SourceSpan!.Value.Substring(text));
        Assert.Equal(citation.Text, citation.Span.Substring(text));
    }

    [Fact]
    public void Unattributed_quote_length_threshold_is_an_option()
    {
        // Given a three-word quote nobody is said to have spoken
        var document = TextOnly("The banner read \u201Cnever again, friends\u201D in red letters.");

        // When analysed with the default and with a lower threshold
        var byDefault = Stage.Process(document, CancellationToken.None).Quotes;
        var lenient = new AttributionStage(AttributionOptions.Default with { MinUnattributedQuoteWords = 2 }).Process(document, CancellationToken.None).Quotes;

        // Then only the lenient stage keeps it
        Assert.Empty(byDefault);
        Assert.Equal("never again, friends", Assert.Single(lenient).Text);
    }

    [Theory]
    [InlineData("   \n\n  ")]
    [InlineData("\"")]
    [InlineData("\u00AB \u201C '")]
    [InlineData("said.")]
    [InlineData("according to")]
    [InlineData("\u201CUnclosed quote that never ends, he said")]
    [InlineData("He said: \u201C")]
    [InlineData("2010 said the plan was \"dead.\"\n\nKovac aides ")]
    public void Odd_input_does_not_throw(string text)
    {
        // Given odd or truncated text / When the whole pipeline analyses it
        var analyzed = AnalysisPipeline.Default.Analyze(new Article { Id = "t", Source = "t", Text = text });

        // Then every span it reports lies inside the text
        foreach (var quote in analyzed.Quotes)
        {
            Assert.True(quote.Span.End <= text.Length);
        }
    }
}
