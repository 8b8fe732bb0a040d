using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Entities;

public sealed class EntityStageTests
{
    // A made-up report in the shape of a wire story: dateline, titles, aliases, descriptors, outlets and groups.
    private const string Story = """
        Harbour Times: Serbia Says No

        BELGRADE, March 3 - Serbian President Aleksandar Vidric rejected new conditions on Tuesday, telling the Meridian
        Times in an interview that "Serbia will not yield." US Ambassador to Serbia Christopher Hill, 61, said the talks
        would continue. "Why now?" Vidric asked. The Serbian leader later met Prime Minister Ana Brnolic.

        Three Western diplomats said the ambassador had been surprised. A senior official at the Ministry of Foreign
        Affairs disagreed. The 61-year-old declined to comment, according to the news agency Kestrel and Cicero magazine.
        """;

    [Fact]
    public void Mentions_are_sorted_non_overlapping_and_match_the_text()
    {
        // Given a realistic article
        var document = Analyze(Story);

        // When its mentions are inspected
        var mentions = document.Mentions;

        // Then they are in order, disjoint, and each text is what its span covers
        Assert.NotEmpty(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            Assert.Equal(mentions[i].Span.Substring(Story), mentions[i].Text);
            if (i > 0)
            {
                Assert.True(mentions[i - 1].Span.End <= mentions[i].Span.Start, $"{mentions[i - 1]} overlaps {mentions[i]}");
            }
        }
    }

    [Fact]
    public void Aliases_descriptors_and_ages_resolve_to_the_full_names()
    {
        // Given the story
        var mentions = Analyze(Story).Mentions;

        // When the people are looked up by what they are called
        string KeyOf(string text) => Assert.Single(mentions, m => m.Text == text && m.Kind == EntityKind.Person).Key;

        // Then every way of naming them leads to the full name
        Assert.Equal("Aleksandar Vidric", KeyOf("Vidric"));
        Assert.Equal("Aleksandar Vidric", KeyOf("The Serbian leader"));
        Assert.Equal("Christopher Hill", KeyOf("the ambassador"));
        Assert.Equal("Christopher Hill", KeyOf("The 61-year-old"));
        Assert.Equal("Ana Brnolic", KeyOf("Ana Brnolic"));
        Assert.Equal("US Ambassador to Serbia", Assert.Single(mentions, m => m.Text == "Christopher Hill").Title);
    }

    [Fact]
    public void Outlets_organisations_and_groups_are_found_in_the_story()
    {
        // Given the story
        var mentions = Analyze(Story).Mentions;

        // Then outlets, places and the anonymous sources (with where they sit) are all there
        Assert.Contains(mentions, m => m is { Kind: EntityKind.Outlet, Key: "Meridian Times" });
        Assert.Contains(mentions, m => m is { Kind: EntityKind.Outlet, Key: "Kestrel" });
        Assert.Contains(mentions, m => m is { Kind: EntityKind.Outlet, Key: "Cicero" });
        Assert.Contains(mentions, m => m is { Kind: EntityKind.Group, Text: "Three Western diplomats" });
        Assert.Contains(mentions, m => m is { Kind: EntityKind.Group, Key: "A senior official at the Ministry of Foreign Affairs" });
        Assert.Contains(mentions, m => m is { Kind: EntityKind.Place, Key: "Belgrade" });
    }

    [Fact]
    public void Options_turn_groups_and_descriptors_off()
    {
        // Given a stage without groups and descriptors
        var options = new EntityOptions { IncludeGroups = false, ResolveDescriptors = false };

        // When it analyses the story
        var mentions = Analyze(Story, options).Mentions;

        // Then neither appears, while names still do
        Assert.DoesNotContain(mentions, m => m.Kind == EntityKind.Group);
        Assert.DoesNotContain(mentions, m => m.Form == MentionForm.Descriptor);
        Assert.Contains(mentions, m => m.Key == "Aleksandar Vidric");
    }

    [Fact]
    public void Runs_without_the_text_stage_and_on_empty_text()
    {
        // Given documents that the text stage never saw
        var stage = new EntityStage(EntityOptions.Default);
        var empty = new AnalyzedArticle(new Article { Id = "e", Source = "e", Text = "" });
        var bare = new AnalyzedArticle(new Article { Id = "b", Source = "b", Text = "Dr. Mira Kos left." });

        // When the entity stage runs alone
        var none = stage.Process(empty, CancellationToken.None).Mentions;
        var one = stage.Process(bare, CancellationToken.None).Mentions;

        // Then it splits sentences itself
        Assert.Empty(none);
        Assert.Equal("Mira Kos", Assert.Single(one).Key);
    }

    [Fact]
    public void One_stage_analyses_many_articles_in_parallel_with_the_same_results()
    {
        // Given one pipeline and the expected result for the story
        var pipeline = new AnalysisPipelineBuilder().UseText().UseEntities().Build();
        var expected = pipeline.Analyze(Article(Story)).Mentions;

        // When many threads analyse it at once
        var results = new IReadOnlyList<Mention>[32];
        Parallel.For(0, results.Length, i => results[i] = pipeline.Analyze(Article(Story)).Mentions);

        // Then every result equals the sequential one
        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var document = new AnalyzedArticle(Article(Story)) { Sentences = SentenceSplitter.Split(Story) };

        Assert.ThrowsAny<OperationCanceledException>(() => new EntityStage(EntityOptions.Default).Process(document, cancelled.Token));
    }

    [Fact]
    public void Long_articles_are_processed_quickly()
    {
        // Given an article of about 400 KB
        var text = string.Concat(Enumerable.Repeat(Story + "\n\n", 600));

        // When it is analysed
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var mentions = Analyze(text).Mentions;
        watch.Stop();

        // Then it finishes well within a few seconds and finds the names every time
        Assert.True(mentions.Count(m => m.Text == "Aleksandar Vidric") >= 600);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Random_text_never_breaks_the_invariants()
    {
        // Given many random strings made of the characters and words the rules care about
        const string alphabet = "Aa .,'\"\u2019\u201C\u201D\u00AB\u00BB\u201E\u2026?!-()[]:;\n\n0123 Mr. U.S. Dr the The of said Vidric Ana President Times News Ministry 's ";
        var random = new Random(2024);
        var pipeline = new AnalysisPipelineBuilder().UseText().UseEntities().Build();

        for (var run = 0; run < 2000; run++)
        {
            var chars = new char[random.Next(80)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);

            // When each is analysed
            var document = pipeline.Analyze(Article(text));

            // Then sentences are trimmed and mentions ordered, disjoint and true to the text
            foreach (var sentence in document.Sentences)
            {
                Assert.False(char.IsWhiteSpace(text[sentence.Span.Start]) || char.IsWhiteSpace(text[sentence.Span.End - 1]), text);
            }
            for (var m = 0; m < document.Mentions.Count; m++)
            {
                Assert.Equal(document.Mentions[m].Span.Substring(text), document.Mentions[m].Text);
                Assert.True(m == 0 || document.Mentions[m - 1].Span.End <= document.Mentions[m].Span.Start, text);
            }
        }
    }

    private static Article Article(string text) => new() { Id = "t", Source = "t", Text = text };

    private static AnalyzedArticle Analyze(string text, EntityOptions? options = null) =>
        new AnalysisPipelineBuilder().UseText().UseEntities(options).Build().Analyze(Article(text));
}
