using Crosscheck.Attribution;
using Crosscheck.CrossCheck;
using Crosscheck.Entities;
using Crosscheck.Pipeline;

namespace Crosscheck.Core.Tests.CrossCheck;

/// <summary>Evidence carried by mutations, fabricated quotes, and speakers that cannot be right.</summary>
public sealed class MutationEvidenceTests
{
    private const string Line = "We will not renew a contract that leaves dock workers waiting for their wages";

    private static readonly ComparerOptions NoCopies = new() { Copies = [] };

    private static AnalyzedArticle Quoting(string id, string outlet, string published, string quote, string speaker = "Lidia Marenko",
        string? venue = null, string text = "") =>
        new ArticleBuilder(id, outlet, published, $"{text}“{quote},” Marenko said.").Quote(quote, speaker, "said", venue).Build();

    [Fact]
    public void Wording_drift_carries_a_word_diff_as_written()
    {
        // Given a reworded quote
        var original = Quoting("a", "The Daily Ledger", "2026-03-14T09:00:00Z", Line);
        var reworded = Quoting("b", "Continental Review", "2026-03-15T09:00:00Z",
            "We will not extend a contract that leaves dockers waiting for their wages");

        // When
        var mutation = Assert.Single(Assert.Single(Comparer.Compare([original, reworded], NoCopies).Alignments).Mutations);

        // Then
        Assert.Equal(MutationKind.WordingDrift, mutation.Kind);
        Assert.Equal(
            [
                new DiffSegment(DiffOperation.Equal, "We will not"),
                new DiffSegment(DiffOperation.Delete, "renew"),
                new DiffSegment(DiffOperation.Insert, "extend"),
                new DiffSegment(DiffOperation.Equal, "a contract that leaves"),
                new DiffSegment(DiffOperation.Delete, "dock workers"),
                new DiffSegment(DiffOperation.Insert, "dockers"),
                new DiffSegment(DiffOperation.Equal, "waiting for their wages"),
            ],
            mutation.Diff);
    }

    [Fact]
    public void Reports_a_quote_credited_to_an_outlet_whose_article_lacks_it()
    {
        // Given the Ledger's interview and a later article crediting the Ledger with words it never printed
        var ledger = Quoting("a", "The Daily Ledger", "2026-03-14T09:00:00Z", Line);
        var invented = new ArticleBuilder("b", "The Evening Blaze", "2026-03-14T18:00:00Z",
                "“Anyone who wants this port will have to fight me first,” Marenko told the Daily Ledger.")
            .Quote("Anyone who wants this port will have to fight me first", "Lidia Marenko", "told", "Daily Ledger")
            .Build();

        // When
        var item = Assert.Single(Comparer.Compare([ledger, invented], NoCopies).Alignments);

        // Then
        var mutation = Assert.Single(item.Mutations);
        Assert.Equal(MutationKind.QuoteFabricated, mutation.Kind);
        Assert.Equal("b", mutation.To.ArticleId);
        Assert.Equal(1, item.IndependentOrigins);
        Assert.StartsWith("quote credited to \"Daily Ledger\", but The Daily Ledger has no such words", mutation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_call_a_quote_fabricated_when_the_credited_article_has_the_words()
    {
        // Given a quote the attribution stage missed in the source but whose words are in its text
        var ledger = new ArticleBuilder("a", "The Daily Ledger", "2026-03-14T09:00:00Z",
            "Marenko was firm: anyone who wants this port will have to fight me first, she said.").Build();
        var faithful = new ArticleBuilder("b", "Weekly Clarion", "2026-03-14T18:00:00Z",
                "“Anyone who wants this port will have to fight me first,” Marenko told the Daily Ledger.")
            .Quote("Anyone who wants this port will have to fight me first", "Lidia Marenko", "told", "Daily Ledger")
            .Build();

        // When / Then
        Assert.Empty(Comparer.Compare([ledger, faithful], NoCopies).Alignments);
    }

    [Fact]
    public void Ignores_a_pronoun_resolved_to_something_that_is_not_a_person()
    {
        // Given "she said" resolved to a place-like name the entity stage does not know as a person
        var original = new ArticleBuilder("a", "The Daily Ledger", "2026-03-14T09:00:00Z", $"Marenko spoke. “{Line},” she said.")
            .Quote(Line, "Kestrel Bay").Mention("Marenko", EntityKind.Person).Build();
        var copy = Quoting("b", "Weekly Clarion", "2026-03-14T12:00:00Z", Line);
        var pronounAt = original.Article.Text.IndexOf("she", StringComparison.Ordinal);
        original = original with
        {
            Quotes = [original.Quotes[0] with { SpeakerSpan = new global::Crosscheck.Documents.TextSpan(pronounAt, 3) }],
        };

        // When
        var item = Assert.Single(Comparer.Compare([original, copy], NoCopies).Alignments);

        // Then
        Assert.Null(item.Members[0].Speaker);
        Assert.Empty(item.Mutations);
    }

    [Fact]
    public void Keeps_a_pronoun_resolved_to_a_surname_another_quote_of_the_article_names_as_its_speaker()
    {
        // Given "Marenko told …" (a lone surname the entity stage does not mark as a person) and then "she added",
        // resolved to Marenko
        const string Second = "I expect an answer from Halvard by the end of the month";
        var original = new ArticleBuilder("a", "Continental Review", "2026-03-15T08:00:00Z",
                $"“{Line},” Marenko told the Daily Ledger. “{Second},” she added.")
            .Quote(Line, "Marenko", "told", "Daily Ledger").Quote(Second, "Marenko", "added")
            .Mention("Daily Ledger", EntityKind.Outlet).Build();
        var pronounAt = original.Article.Text.IndexOf("she", StringComparison.Ordinal);
        original = original with
        {
            Quotes = [original.Quotes[0], original.Quotes[1] with { SpeakerSpan = new global::Crosscheck.Documents.TextSpan(pronounAt, 3) }],
        };
        var copy = new ArticleBuilder("b", "Weekly Clarion", "2026-03-15T12:00:00Z", $"“{Second},” Lidia Marenko said.")
            .Quote(Second, "Lidia Marenko").Build();

        // When
        var item = Assert.Single(Comparer.Compare([original, copy], NoCopies).Alignments, a => a.Members[0].Text.StartsWith("I expect", StringComparison.Ordinal));

        // Then the pronoun's speaker is kept, and a surname and the full name are the same speaker
        Assert.Equal("Marenko", item.Members[0].Speaker);
        Assert.Empty(item.Mutations);
    }

    [Fact]
    public void A_speaker_change_is_measured_against_the_earliest_version_that_names_a_speaker()
    {
        // Given an original without a speaker, a copy naming the minister and a rewrite naming someone else
        var original = Quoting("a", "The Daily Ledger", "2026-03-14T09:00:00Z", Line, speaker: null!);
        var wire = Quoting("b", "Meridian Press Agency", "2026-03-14T10:00:00Z", Line);
        var rewrite = Quoting("c", "The Evening Blaze", "2026-03-14T18:00:00Z", Line, speaker: "Tomas Brezan");

        // When
        var mutation = Assert.Single(Assert.Single(Comparer.Compare([original, wire, rewrite], NoCopies).Alignments).Mutations);

        // Then
        Assert.Equal(MutationKind.SpeakerChanged, mutation.Kind);
        Assert.Equal("b", mutation.From.ArticleId);
        Assert.Equal("c", mutation.To.ArticleId);
    }

    [Fact]
    public void Mixed_quote_kind_is_compared_on_its_quoted_words_only()
    {
        // Given a mixed quote carrying the full line in quotation marks
        var original = Quoting("a", "The Daily Ledger", "2026-03-14T09:00:00Z", Line);
        var mixed = new ArticleBuilder("b", "Weekly Clarion", "2026-03-14T12:00:00Z", $"Marenko said the government \"{Line}\".")
            .Quote($"the government \"{Line}\"", "Lidia Marenko", "said", null, QuoteKind.Mixed).Build();

        // When / Then
        Assert.Empty(Assert.Single(Comparer.Compare([original, mixed], NoCopies).Alignments).Mutations);
    }
}
