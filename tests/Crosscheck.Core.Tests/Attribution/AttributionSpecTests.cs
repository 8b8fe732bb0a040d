using System.Text;
using Crosscheck.Attribution;
using Crosscheck.Documents;
using Crosscheck.Pipeline;

namespace Crosscheck.Core.Tests.Attribution;

/// <summary>Runs every case of <c>Specs/attribution.md</c> through the default pipeline and reports all failures at once.</summary>
public sealed class AttributionSpecTests
{
    [Fact]
    public void Spec_cases_hold()
    {
        // Given the spec cases
        var cases = AttributionSpec.Load(Path.Combine(AppContext.BaseDirectory, "Specs", "attribution.md"));
        Assert.True(cases.Count >= 20, $"expected at least 20 cases, found {cases.Count}");
        var failures = new StringBuilder();

        foreach (var spec in cases)
        {
            // When each input is analysed by the whole default pipeline
            var article = new Article { Id = "spec", Source = "spec", Text = spec.Input };
            var analyzed = AnalysisPipeline.Default.Analyze(article);

            // Then its quotes and citations are exactly the expected ones
            var problems = AttributionSpec.Compare(spec, analyzed);
            if (problems.Count > 0)
            {
                failures.Append("## ").AppendLine(spec.Name);
                foreach (var problem in problems)
                {
                    failures.Append("  - ").AppendLine(problem);
                }
                failures.AppendLine("  found:");
                foreach (var quote in analyzed.Quotes)
                {
                    failures.Append("    quote: ").AppendLine(AttributionSpec.Describe(quote, spec.Input));
                }
                foreach (var citation in analyzed.Citations)
                {
                    failures.Append("    citation: ").AppendLine(AttributionSpec.Describe(citation));
                }
            }
        }
        Assert.True(failures.Length == 0, "\n" + failures);
    }

    [Fact]
    public void Quotes_are_sorted_by_span_start()
    {
        // Given an article with an indirect quote after a direct one
        var text = "\u201CWe will not give up,\u201D Ana Petrovic said. Later Marko Ilic said the plan was finished.";

        // When analysed
        var quotes = AnalysisPipeline.Default.Analyze(new Article { Id = "t", Source = "t", Text = text }).Quotes;

        // Then the quotes come in text order
        Assert.Equal(2, quotes.Count);
        Assert.True(quotes[0].Span.Start < quotes[1].Span.Start);
    }

    [Fact]
    public void Interrupted_quote_keeps_both_parts()
    {
        // Given a quote split by its cue
        var text = "\u201CWe will not,\u201D Ana Petrovic said, \u201Cgive up.\u201D";

        // When analysed
        var quote = Assert.Single(AnalysisPipeline.Default.Analyze(new Article { Id = "t", Source = "t", Text = text }).Quotes);

        // Then the span covers both parts and the parts are listed
        Assert.Equal(2, quote.Parts.Count);
        Assert.Equal("We will not,", quote.Parts[0].Substring(text));
        Assert.Equal("give up.", quote.Parts[1].Substring(text));
        Assert.Equal(quote.Parts[0].Start, quote.Span.Start);
        Assert.Equal(quote.Parts[1].End, quote.Span.End);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void Empty_article_has_no_quotes()
    {
        // Given an empty article / When analysed
        var analyzed = new AttributionStage(AttributionOptions.Default).Process(new AnalyzedArticle(new Article { Id = "t", Source = "t", Text = "" }), CancellationToken.None);

        // Then nothing is found
        Assert.Empty(analyzed.Quotes);
        Assert.Empty(analyzed.Citations);
    }
}
