using System.Text;
using Crosscheck.Stories;

namespace Crosscheck.Core.Tests.Stories;

/// <summary>The bounded-memory behaviour of the grouper: capped posting lists, the event window, and determinism under centroid pruning.</summary>
public sealed class StoryGrouperMemoryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    private static readonly StoryInput Strike = new("k1", "Dock strike closes Pellmar port",
        "Dockers at Pellmar port walked out over shift rotas, and the harbour master closed the quays to cargo ships.", "Pellmar Herald", Monday);

    private static readonly StoryInput StrikeFollowUp = new("k2", "Pellmar dockers keep port closed",
        "The Pellmar dock strike over shift rotas kept the quays closed to cargo ships, the harbour master said.", "Quay Gazette", Monday.AddHours(5));

    [Fact]
    public void Posting_lists_keep_only_the_most_recent_stories_of_a_term()
    {
        // Given: forty unrelated events that all mention one common word, and a cap of five stories per term
        var options = StoryOptions.Default with { MaxPostingsPerTerm = 5 };
        var grouper = new StoryGrouper(options);
        for (var e = 0; e < 40; e++)
        {
            grouper.Add(new StoryInput("e" + e, Words(e, 6) + " report", "report " + Words(e, 30), "Outlet " + e, Monday.AddHours(e)));
        }

        // When: a follow-up of the latest event arrives
        var latest = grouper.Add(new StoryInput("f", Words(39, 6) + " report", "report " + Words(39, 30), "Another", Monday.AddHours(41)));

        // Then: no term remembers more than five stories, and the follow-up still finds its event through its own words
        Assert.InRange(grouper.LongestPostingList, 1, 5);
        var clusters = grouper.Complete();
        Assert.Equal(clusters.Assignments[39], clusters.Assignments[40]);
        Assert.Equal(40, clusters.Labels.Count);
        Assert.True(latest >= 0);
    }

    [Fact]
    public void A_story_still_takes_articles_inside_its_event_window()
    {
        // Given: slow decay, so only the window decides
        var options = StoryOptions.Default with { DecayDays = 100, EventWindowDays = 7 };
        var late = StrikeFollowUp with { Id = "k3", PublishedAt = Monday.AddDays(6) };

        // When
        var clusters = Group(options, Strike, StrikeFollowUp, late);

        // Then
        Assert.Equal(clusters.Assignments[0], clusters.Assignments[2]);
    }

    [Fact]
    public void A_story_stops_taking_articles_after_its_event_window()
    {
        // Given: the same follow-up eight days after the story's last article
        var options = StoryOptions.Default with { DecayDays = 100, EventWindowDays = 7 };
        var late = StrikeFollowUp with { Id = "k3", PublishedAt = Monday.AddHours(5).AddDays(8) };

        // When
        var clusters = Group(options, Strike, StrikeFollowUp, late);

        // Then: a new event, neither joined nor merged (nor swept) into the old one
        Assert.Equal(clusters.Assignments[0], clusters.Assignments[1]);
        Assert.NotEqual(clusters.Assignments[0], clusters.Assignments[2]);
    }

    [Fact]
    public void Long_streams_with_pruned_centroids_group_the_same_way_twice()
    {
        // Given: long articles (hundreds of distinct words, so centroids are pruned) about a handful of events
        var articles = LongArticles(seed: 11, count: 120);

        // When
        var first = Group(StoryOptions.Default with { MergeInterval = 25 }, [.. articles]);
        var second = Group(StoryOptions.Default with { MergeInterval = 25 }, [.. articles]);

        // Then
        Assert.Equal(first.Assignments, second.Assignments);
        Assert.Equal(first.Labels, second.Labels);
        Assert.Equal(first.Storylines, second.Storylines);
        Assert.InRange(first.Labels.Count, 2, 119);
    }

    private static StoryClusters Group(StoryOptions options, params StoryInput[] articles)
    {
        var grouper = new StoryGrouper(options);
        foreach (var article in articles)
        {
            grouper.Add(article);
        }
        return grouper.Complete();
    }

    /// <summary>Made-up words unique to event <paramref name="e"/>: "zq" + letters of e and the position.</summary>
    private static string Words(int e, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append("zq").Append((char)('a' + e % 26)).Append((char)('a' + e / 26)).Append((char)('a' + i % 26)).Append((char)('a' + i / 26)).Append(' ');
        }
        return text.ToString().TrimEnd();
    }

    private static List<StoryInput> LongArticles(int seed, int count)
    {
        var random = new Random(seed);
        var vocabulary = new string[4000];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            var chars = new char[4 + random.Next(6)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = (char)('a' + random.Next(26));
            }
            vocabulary[i] = new string(chars);
        }
        var articles = new List<StoryInput>(count);
        for (var a = 0; a < count; a++)
        {
            var topic = a / 15;
            var text = new StringBuilder();
            for (var w = 0; w < 500; w++)
            {
                // One word in four from the event's own fifty, the rest from the whole vocabulary.
                var word = random.Next(4) == 0 ? vocabulary[topic * 50 + random.Next(50)] : vocabulary[random.Next(vocabulary.Length)];
                text.Append(word).Append(w % 12 == 11 ? ". " : " ");
            }
            articles.Add(new StoryInput("a" + a, vocabulary[topic * 50] + " " + vocabulary[topic * 50 + 1], text.ToString(), "Outlet " + (a % 9), Monday.AddHours(a)));
        }
        return articles;
    }
}
