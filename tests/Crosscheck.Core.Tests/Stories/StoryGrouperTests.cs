using Crosscheck.Stories;

namespace Crosscheck.Core.Tests.Stories;

public sealed class StoryGrouperTests
{
    private static readonly DateTimeOffset Monday = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    private static readonly StoryInput[] Articles =
    [
        new("b1", "Ferry strike halts Orvella crossings", "Crews of the Orvella ferry line walked out on Monday, halting crossings to Talmo island. The union says wages lag inflation.", "Harbour Times", Monday),
        new("p1", "Greywick council approves new tram line", "Greywick council voted to approve a tram line from the station to the university, costing 80 million crowns.", "Greywick Post", Monday.AddHours(1)),
        new("b2", "Orvella ferry crews strike over wages", "Ferry crews at Orvella stopped work, and no boats left for Talmo island. The union wants wages to follow inflation.", "Island Courier", Monday.AddHours(2)),
        new("p2", "Tram line for Greywick wins council vote", "The Greywick tram line to the university won the council vote; the line will cost 80 million crowns.", "Valley Daily", Monday.AddHours(3)),
        new("b3", "Talmo islanders stranded as Orvella ferry strike continues", "Islanders on Talmo were stranded for a second day as the Orvella ferry strike over wages continued.", "Coast Weekly", Monday.AddHours(20)),
    ];

    [Fact]
    public void Groups_articles_about_the_same_event_and_keeps_others_apart()
    {
        // When
        var clusters = Group(Articles);

        // Then
        var a = clusters.Assignments;
        Assert.Equal(a[0], a[2]);
        Assert.Equal(a[0], a[4]);
        Assert.Equal(a[1], a[3]);
        Assert.NotEqual(a[0], a[1]);
        Assert.Contains("orvella", clusters.Labels[a[0]], StringComparison.Ordinal);
    }

    [Fact]
    public void Same_input_order_gives_the_same_stories()
    {
        Assert.Equal(Group(Articles).Assignments, Group(Articles).Assignments);
    }

    [Fact]
    public void Articles_weeks_apart_open_a_new_story()
    {
        // Given: the same words a month later
        var later = Articles[2] with { Id = "b9", PublishedAt = Monday.AddDays(30) };

        // When
        var clusters = Group([.. Articles, later]);

        // Then
        Assert.NotEqual(clusters.Assignments[0], clusters.Assignments[5]);
    }

    [Fact]
    public void Related_events_weeks_apart_share_a_storyline()
    {
        // Given: the ferry strike, and its settlement ten days later (beyond the event window)
        var settled = new StoryInput("b8", "Orvella ferry strike ends with wage deal", "The Orvella ferry union accepted a wage deal, and crossings to Talmo island resume.", "Harbour Times", Monday.AddDays(10));

        // When
        var clusters = Group([.. Articles, settled]);

        // Then
        var strike = clusters.Assignments[0];
        var deal = clusters.Assignments[5];
        Assert.NotEqual(strike, deal);
        Assert.Equal(clusters.Storylines[strike], clusters.Storylines[deal]);
        Assert.NotEqual(clusters.Storylines[strike], clusters.Storylines[clusters.Assignments[1]]);
    }

    [Fact]
    public void A_copy_joins_the_story_of_its_original()
    {
        // Given: an unrelated-looking article forced to the story of b1
        var grouper = new StoryGrouper();
        var first = grouper.Add(Articles[0]);
        grouper.Add(Articles[1]);

        // When
        var copy = grouper.Add(new StoryInput("c", "Something else", "Entirely different words here.", "Other", Monday), sameStoryAs: 0);

        // Then
        Assert.Equal(first, copy);
    }

    private static StoryClusters Group(IEnumerable<StoryInput> articles)
    {
        var grouper = new StoryGrouper();
        foreach (var article in articles)
        {
            grouper.Add(article);
        }
        return grouper.Complete();
    }
}
