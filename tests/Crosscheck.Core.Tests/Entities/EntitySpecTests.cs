using System.Text;
using Crosscheck.Core.Tests.Text;
using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Entities;

public sealed class EntitySpecTests
{
    [Fact]
    public void Every_case_in_the_entity_spec_yields_exactly_the_listed_mentions()
    {
        // Given the cases of Specs/entities.md
        var cases = SpecFile.Load("entities.md");
        Assert.True(cases.Count >= 25, $"only {cases.Count} cases were read");
        var failures = new StringBuilder();

        foreach (var spec in cases)
        {
            // When the text and entity stages run over each input
            var mentions = Analyze(spec.Input).Mentions;
            var actual = mentions.Select(Format).ToList();

            // Then the mentions are exactly the listed ones
            if (!actual.SequenceEqual(spec.Expected))
            {
                failures.AppendLine($"{spec}:");
                foreach (var line in actual)
                {
                    failures.AppendLine($"  got  - {line}");
                }
                foreach (var line in spec.Expected)
                {
                    failures.AppendLine($"  want - {line}");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    internal static AnalyzedArticle Analyze(string text)
    {
        var article = new Article { Id = "spec", Source = "spec", Text = text };
        var pipeline = new AnalysisPipelineBuilder().UseText().UseEntities().Build();
        return pipeline.Analyze(article);
    }

    internal static string Format(Mention mention) =>
        $"{mention.Kind} \"{mention.Text}\" -> {mention.Key} ({mention.Form})" + (mention.Title is null ? "" : $" [{mention.Title}]");
}
