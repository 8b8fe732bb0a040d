using Crosscheck.Claims;
using Crosscheck.CrossCheck;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Stories;

namespace Crosscheck.Core.Tests.CrossCheck;

/// <summary>The provenance graph: copies, citations, and independent origins of aligned items.</summary>
public sealed class ProvenanceTests
{
    private const string Line = "We will not sign a contract that leaves the harbour workers without pay";

    private static AnalyzedArticle Article(string id, string outlet, string published, string text, string? venue = null) =>
        new ArticleBuilder(id, outlet, published, text).Quote(Line, "Ana Petrovic", "said", venue).Build();

    private static readonly ComparerOptions NoCopies = new() { Copies = [] };

    [Fact]
    public void Counts_a_wire_copy_and_its_syndication_as_one_origin_with_the_path()
    {
        // Given an interview, a wire story citing it, a syndicated copy of the wire, and an independent outlet
        var ledger = Article("ledger", "The Daily Ledger", "2026-03-14T09:00:00Z", $"“{Line},” Petrovic said.");
        var wire = Article("wire", "Meridian Press Agency", "2026-03-14T10:00:00Z",
            $"“{Line},” Petrovic told the Daily Ledger.", venue: "Daily Ledger");
        var herald = Article("herald", "Coastline Herald", "2026-03-14T11:00:00Z",
            $"“{Line},” Petrovic told the Daily Ledger. Supplied by Meridian.", venue: "Daily Ledger");
        var blaze = Article("blaze", "The Evening Blaze", "2026-03-14T12:00:00Z", $"“{Line},” Petrovic said at the quay.");
        var options = new ComparerOptions
        {
            Copies = [new ProvenanceLink("herald", "wire", ProvenanceRelation.CopyOf, "near copy, Jaccard 0.93")],
        };

        // When
        var report = Comparer.Compare([ledger, wire, herald, blaze], options);

        // Then
        var item = Assert.Single(report.Alignments);
        Assert.Equal(2, item.IndependentOrigins);
        var first = item.Origins[0];
        Assert.Equal("ledger", first.ArticleId);
        Assert.Equal(["ledger", "wire", "herald"], first.Members.Select(m => m.ArticleId));
        var heraldPath = first.Members[2].Steps;
        Assert.Equal([ProvenanceRelation.CopyOf, ProvenanceRelation.Cites], heraldPath.Select(s => s.Relation));
        Assert.Equal(["wire", "ledger"], heraldPath.Select(s => s.SourceId));
        Assert.Equal("blaze", item.Origins[1].ArticleId);
        Assert.Contains(report.Provenance.Links, l => l is { ArticleId: "wire", SourceId: "ledger", Relation: ProvenanceRelation.Cites });
        Assert.Equal(["ledger", "wire", "herald", "blaze"], report.Provenance.Order);
    }

    [Fact]
    public void Finds_copies_by_minhash_when_no_copies_are_given()
    {
        // Given two long, identical texts from different outlets and a third written independently
        var body = string.Join(' ', Enumerable.Range(0, 12).Select(i =>
            $"Paragraph {i} of the harbour story says the inspectors counted {i * 7} cranes at berth {i} on the northern quay."));
        var original = Article("a", "The Daily Ledger", "2026-03-14T09:00:00Z", $"“{Line},” Petrovic said. {body}");
        var copy = Article("b", "Coastline Herald", "2026-03-14T10:00:00Z", $"“{Line},” Petrovic said. {body}");
        var other = Article("c", "Northgate Observer", "2026-03-14T11:00:00Z", $"At the quay, “{Line},” Petrovic said.");

        // When
        var report = Comparer.Compare([original, copy, other]);

        // Then
        Assert.Contains(report.Provenance.Links, l => l is { ArticleId: "b", SourceId: "a", Relation: ProvenanceRelation.CopyOf });
        Assert.Equal(2, Assert.Single(report.Alignments).IndependentOrigins);
    }

    [Fact]
    public void Resolves_the_paper_to_the_outlet_cited_before_and_initials_to_the_outlet()
    {
        // Given a follow-up that names the Ledger once, then says "the paper"; and one that cites "the FT"
        var ledger = Article("ledger", "The Daily Ledger", "2026-03-14T09:00:00Z", $"“{Line},” Petrovic said.");
        var ft = Article("ft", "Financial Tribune", "2026-03-14T09:30:00Z", $"“{Line},” Petrovic said on the quay.");
        var follow = new ArticleBuilder("follow", "Northgate Observer", "2026-03-14T12:00:00Z",
                $"As the Daily Ledger reported, talks stalled. “{Line},” Petrovic told the paper.")
            .Citation("As the Daily Ledger reported", "Daily Ledger")
            .Quote(Line, "Ana Petrovic", "told", "the paper")
            .Build();
        var initials = Article("init", "Weekly Clarion", "2026-03-14T13:00:00Z", $"“{Line},” Petrovic told the FT.", venue: "FT");

        // When
        var report = Comparer.Compare([ledger, ft, follow, initials], NoCopies);

        // Then the follow-up derives from the Ledger, the initials from the Financial Tribune: two origins
        var item = Assert.Single(report.Alignments);
        Assert.Equal(2, item.IndependentOrigins);
        Assert.Equal(["ledger", "follow"], item.Origins[0].Members.Select(m => m.ArticleId));
        Assert.Equal(["ft", "init"], item.Origins[1].Members.Select(m => m.ArticleId));
    }

    [Fact]
    public void Two_articles_citing_the_same_outside_outlet_are_one_origin()
    {
        // Given two outlets that both credit an interview with a magazine not among the articles
        var a = new ArticleBuilder("a", "Northgate Observer", "2026-03-14T09:00:00Z", $"“{Line},” Petrovic told Harbour Monthly.")
            .Quote(Line, "Ana Petrovic", "told", "Harbour Monthly").Mention("Harbour Monthly", EntityKind.Outlet).Build();
        var b = new ArticleBuilder("b", "Weekly Clarion", "2026-03-14T10:00:00Z", $"“{Line},” Petrovic told Harbour Monthly.")
            .Quote(Line, "Ana Petrovic", "told", "Harbour Monthly").Mention("Harbour Monthly", EntityKind.Outlet).Build();

        // When
        var item = Assert.Single(Comparer.Compare([a, b], NoCopies).Alignments);

        // Then
        var origin = Assert.Single(item.Origins);
        Assert.Equal("outlet:Harbour Monthly", origin.ArticleId);
        Assert.Equal("Harbour Monthly", origin.Source);
    }

    [Fact]
    public void An_outlet_quoting_its_own_interview_is_its_own_origin_despite_citing_others_elsewhere()
    {
        // Given a follow-up that cites the Ledger for background but got the quote itself
        var ledger = Article("ledger", "The Daily Ledger", "2026-03-14T09:00:00Z", $"“{Line},” Petrovic said.");
        var own = new ArticleBuilder("own", "Northgate Observer", "2026-03-14T12:00:00Z",
                $"As the Daily Ledger reported, talks stalled. Later, “{Line},” Petrovic told the Northgate Observer.")
            .Citation("As the Daily Ledger reported", "Daily Ledger")
            .Quote(Line, "Ana Petrovic", "told", "Northgate Observer")
            .Build();
        own = own with { Quotes = [own.Quotes[0] with { SentenceIndex = 1 }] };

        // When / Then
        Assert.Equal(2, Assert.Single(Comparer.Compare([ledger, own], NoCopies).Alignments).IndependentOrigins);
    }

    [Fact]
    public void Duplicate_groups_from_story_grouping_become_copy_links()
    {
        // Given a duplicate group as story grouping reports it
        var group = new DuplicateGroup("a", [new DuplicateMember("b", "a", 0.91, 0.95, DuplicateKind.NearCopy)]);

        // When
        var link = Assert.Single(ProvenanceLink.FromDuplicateGroups([group]));

        // Then
        Assert.Equal(new ProvenanceLink("b", "a", ProvenanceRelation.CopyOf, "near copy, Jaccard 0.91"), link);
    }
}

/// <summary>Which version a copy of a copy is compared against, per item.</summary>
public sealed class CopyChainParentTests
{
    private const string Hedged = "The ferry to Tarn island may stay closed for two weeks";
    private const string Stated = "The ferry to Tarn island will stay closed for two weeks";

    private static AnalyzedArticle Article(string id, string outlet, string published, string claim, Modality modality) =>
        new ArticleBuilder(id, outlet, published, $"{claim}, the harbour office said.").Claim(claim, modality).Build();

    [Fact]
    public void A_copy_that_keeps_the_original_wording_is_compared_with_the_original_not_with_an_edited_copy()
    {
        // Given an original, a copy that drops the hedge, and a later copy matched to that copy by its whole text but
        // whose version of this claim repeats the original's hedged words
        var original = Article("a", "Tarn Herald", "2026-05-02T08:00:00Z", Hedged, Modality.Speculative);
        var edited = Article("b", "Island Daily", "2026-05-02T10:00:00Z", Stated, Modality.Asserted);
        var kept = Article("c", "Bay Courier", "2026-05-02T12:00:00Z", Hedged, Modality.Speculative);
        var options = new ComparerOptions
        {
            Copies =
            [
                new ProvenanceLink("b", "a", ProvenanceRelation.CopyOf, "partial copy, Jaccard 0.60"),
                new ProvenanceLink("c", "b", ProvenanceRelation.CopyOf, "partial copy, Jaccard 0.48"),
            ],
        };

        // When
        var item = Assert.Single(Comparer.Compare([original, edited, kept], options).Alignments);

        // Then the edited copy stated the speculation as fact, and the later copy added nothing: it kept the hedge
        var mutation = Assert.Single(item.Mutations);
        Assert.Equal(MutationKind.SpeculationAsFact, mutation.Kind);
        Assert.Equal("b", mutation.To.ArticleId);
        Assert.Equal(1, item.IndependentOrigins);
    }
}

/// <summary>An article that names an earlier outlet only in a sentence attribution did not parse still leans on it.</summary>
public sealed class OutletMentionProvenanceTests
{
    private const string Line = "We will not reopen the pier until engineers say it is safe";

    [Fact]
    public void A_rewrite_naming_the_earlier_outlet_outside_any_parsed_credit_is_not_an_independent_origin()
    {
        // Given the original interview and a rewrite whose only credit ("conceded to the Tarn Herald") was not parsed as
        // a venue or a citation, but whose entities name the Tarn Herald as an outlet
        const string Rewrite = "The pier is wrecked, Mayor Ona Lisk conceded to the Tarn Herald. “" + Line + ",” Lisk said.";
        var original = new ArticleBuilder("a", "Tarn Herald", "2026-05-02T08:00:00Z", $"“{Line},” Mayor Ona Lisk said.")
            .Quote(Line, "Ona Lisk").Build();
        var rewrite = new ArticleBuilder("b", "Evening Blaze", "2026-05-02T12:00:00Z", Rewrite)
            .Quote(Line, "Ona Lisk").Mention("Tarn Herald", EntityKind.Outlet).Build();

        // When
        var report = Comparer.Compare([original, rewrite], new ComparerOptions { Copies = [] });

        // Then the two versions count as one origin, and the rewrite's path names the outlet it leaned on
        var item = Assert.Single(report.Alignments);
        Assert.Equal(1, item.IndependentOrigins);
        var step = Assert.Single(item.Origins[0].Members[1].Steps);
        Assert.Equal(("a", ProvenanceRelation.Cites), (step.SourceId, step.Relation));
    }

    [Fact]
    public void A_rewrite_naming_no_earlier_outlet_stays_an_independent_origin()
    {
        const string Rewrite = "The pier is wrecked, Mayor Ona Lisk conceded on Tarn Radio. “" + Line + ",” Lisk said.";
        var original = new ArticleBuilder("a", "Tarn Herald", "2026-05-02T08:00:00Z", $"“{Line},” Mayor Ona Lisk said.")
            .Quote(Line, "Ona Lisk").Build();
        var rewrite = new ArticleBuilder("b", "Evening Blaze", "2026-05-02T12:00:00Z", Rewrite)
            .Quote(Line, "Ona Lisk").Mention("Tarn Radio", EntityKind.Outlet).Build();

        var report = Comparer.Compare([original, rewrite], new ComparerOptions { Copies = [] });

        Assert.Equal(2, Assert.Single(report.Alignments).IndependentOrigins);
    }
}
