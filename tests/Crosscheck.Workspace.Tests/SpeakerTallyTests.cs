using Crosscheck.Attribution;
using Crosscheck.Documents;

namespace Crosscheck.Workspace.Tests;

public sealed class SpeakerTallyTests
{
    private static int _next;

    // One quote in its own article; the source phrase is the article's whole text.
    private static FoundQuote Quote(string? speaker, string outlet, string date, Reported reports = Reported.Speech, string? source = null)
    {
        var text = source ?? "x";
        var article = new Article
        {
            Id = $"a{Interlocked.Increment(ref _next)}", Source = "t.txt", Outlet = outlet, Text = text,
            PublishedAt = DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        };
        return new FoundQuote(article, new Quote(new TextSpan(0, text.Length), text, QuoteKind.Indirect)
        {
            Speaker = speaker, Reports = reports, SourceSpan = source is null ? null : new TextSpan(0, text.Length),
        });
    }

    [Fact]
    public void Names_are_counted_together_across_spellings_titles_initials_and_surnames()
    {
        // Given
        var quotes = new[]
        {
            Quote("Aleksandar Vidrić", "Daily Ledger", "2026-03-14T09:00:00Z"),
            Quote("Aleksandar Vidric", "Meridian Press", "2026-03-15T09:00:00Z", Reported.Belief),
            Quote("President Aleksandar Vidric", "Daily Ledger", "2026-03-13T09:00:00Z"),
            Quote("Aleksandar J. Vidric", "Evening Blaze", "2026-03-16T09:00:00Z", Reported.Act),
            Quote("Vidric", "Evening Blaze", "2026-03-16T10:00:00Z"),
            // "Kovac" could be either Kovac, so it stays on its own.
            Quote("Marko Kovac", "Daily Ledger", "2026-03-14T09:00:00Z"),
            Quote("Ana Kovac", "Daily Ledger", "2026-03-14T09:00:00Z"),
            Quote("Kovac", "Daily Ledger", "2026-03-14T09:00:00Z"),
            // Unresolved: counted by the source phrase as written, never merged with a name.
            Quote(null, "Daily Ledger", "2026-03-14T09:00:00Z", source: "two officials"),
            Quote(null, "Meridian Press", "2026-03-14T09:00:00Z", source: "Two Officials"),
            Quote(null, "Meridian Press", "2026-03-14T09:00:00Z"),
            // A pronoun the stage could not resolve names no one.
            Quote("We", "Evening Blaze", "2026-03-14T09:00:00Z", source: "We"),
        };

        // When
        var tallies = SpeakerTally.Count(quotes);

        // Then
        var vidric = tallies[0];
        Assert.Equal(("Aleksandar Vidric", true, 5, 5, 3), (vidric.Speaker, vidric.Resolved, vidric.Quotes, vidric.Articles, vidric.Outlets));
        Assert.Equal([3, 1, 0, 1], vidric.ByReport);
        Assert.Equal(DateTimeOffset.Parse("2026-03-13T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture), vidric.First);
        Assert.Equal(DateTimeOffset.Parse("2026-03-16T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), vidric.Last);
        Assert.Equal(5, vidric.Names.Count);
        Assert.Contains(tallies, t => t.Speaker == "Kovac" && t.Quotes == 1);
        Assert.Contains(tallies, t => t.Speaker == "Marko Kovac" && t.Quotes == 1);
        var officials = Assert.Single(tallies, t => !t.Resolved && t.Speaker.Equals("two officials", StringComparison.OrdinalIgnoreCase));
        Assert.Equal((2, 2), (officials.Quotes, officials.Outlets));
        Assert.Contains(tallies, t => t.Speaker == SpeakerTally.Unknown && t.Quotes == 1);
        Assert.Contains(tallies, t => t.Speaker == "We" && !t.Resolved);
        Assert.Equal(quotes.Length, tallies.Sum(t => t.Quotes));
    }
}
