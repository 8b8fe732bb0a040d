using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.CrossCheck;
using Crosscheck.Documents;
using Crosscheck.Pipeline;

namespace Crosscheck.Core.Tests.CrossCheck;

public sealed class ComparerTests
{
    private const string Line = "We will not sign a contract that leaves the harbour workers without pay";

    private static AnalyzedArticle Original(string? venue = "Daily Ledger", string speaker = "Ana Petrovic", string cue = "said") =>
        new ArticleBuilder("a", "Daily Ledger", "2026-03-14T09:30:00Z",
                $"“{Line},” Petrovic {cue} in an interview with the Daily Ledger. The weather was mild.")
            .Quote(Line, speaker, cue, venue)
            .Build();

    private static AnalyzedArticle Copy(string id, string outlet, string published, string quote, string? speaker,
        string cue = "said", string? venue = null, QuoteKind kind = QuoteKind.Direct) =>
        new ArticleBuilder(id, outlet, published, $"Earlier, “{quote},” the official {cue}.")
            .Quote(quote, speaker, cue, venue, kind)
            .Build();

    /// <summary>An article of one sentence that is also its one claim, with the given modality.</summary>
    private static AnalyzedArticle ClaimArticle(string id, string outlet, string published, string sentence, Modality modality) =>
        new ArticleBuilder(id, outlet, published, sentence).Claim(sentence, modality).Build();

    private static List<Mutation> MutationsOf(params AnalyzedArticle[] articles)
    {
        var report = Comparer.Compare(articles);
        return [.. Assert.Single(report.Alignments).Mutations];
    }

    [Fact]
    public void Aligns_the_same_direct_quote_across_outlets_without_mutations()
    {
        // Given the same quote, same speaker, no venue in the copy
        var copy = Copy("b", "Wire Service", "2026-03-14T11:00:00Z", Line, "Ana Petrovic");

        // When
        var report = Comparer.Compare([Original(), copy]);

        // Then
        var item = Assert.Single(report.Alignments);
        Assert.Equal(AlignedItemKind.Quote, item.Kind);
        Assert.Equal(["a", "b"], item.Members.Select(m => m.ArticleId));
        Assert.Equal("Ana Petrovic", item.Members[0].Speaker);
        Assert.Empty(item.Mutations);
    }

    [Fact]
    public void Aligns_a_fragment_with_the_longer_quote_and_reports_no_drift()
    {
        // Given a later article that quotes only the end of the line
        var fragment = Copy("b", "Wire Service", "2026-03-14T11:00:00Z", "leaves the harbour workers without pay", "Ana Petrovic");

        // When
        var report = Comparer.Compare([Original(), fragment]);

        // Then
        var item = Assert.Single(report.Alignments);
        Assert.Equal("leaves the harbour workers without pay", item.Members[1].Text);
        Assert.DoesNotContain(item.Mutations, m => m.Kind == MutationKind.WordingDrift);
    }

    [Fact]
    public void Orders_members_by_publication_time_then_input_order()
    {
        // Given the original listed last and an undated copy listed first
        var undated = Copy("u", "Undated Blog", "2026-03-14T08:00:00Z", Line, "Ana Petrovic") with { };
        undated = undated with { Article = undated.Article with { PublishedAt = null } };
        var later = Copy("b", "Wire Service", "2026-03-15T08:00:00Z", Line, "Ana Petrovic");

        // When
        var report = Comparer.Compare([undated, later, Original()]);

        // Then
        Assert.Equal(["a", "b", "u"], Assert.Single(report.Alignments).Members.Select(m => m.ArticleId));
    }

    [Fact]
    public void Does_not_align_unrelated_quotes()
    {
        // Given a quote about something else
        var other = Copy("b", "Farm Weekly", "2026-03-14T11:00:00Z", "The apple harvest came in two weeks early this year", "Ivo Baric");

        // When
        var report = Comparer.Compare([Original(), other]);

        // Then
        Assert.Empty(report.Alignments);
    }

    [Fact]
    public void Keeps_at_most_one_member_per_article()
    {
        // Given an article repeating the same quote twice
        var text = $"“{Line},” she said. Later she repeated: “{Line}.”";
        var twice = new ArticleBuilder("b", "Wire Service", "2026-03-14T11:00:00Z", text).Quote(Line, "Ana Petrovic").Build();
        twice = twice with { Quotes = [.. twice.Quotes, twice.Quotes[0] with { Span = new(text.LastIndexOf(Line, StringComparison.Ordinal), Line.Length) }] };

        // When
        var report = Comparer.Compare([Original(), twice]);

        // Then
        var item = Assert.Single(report.Alignments);
        Assert.Equal(2, item.Members.Count);
    }

    [Fact]
    public void Reports_a_changed_speaker()
    {
        var mutation = Assert.Single(MutationsOf(Original(), Copy("e", "Evening Blaze", "2026-03-14T12:00:00Z", Line, "Marko Ilic")));
        Assert.Equal(MutationKind.SpeakerChanged, mutation.Kind);
        Assert.Equal("speaker \"Ana Petrovic\" → \"Marko Ilic\"", mutation.Detail);
        Assert.Equal("a", mutation.From.ArticleId);
        Assert.Equal("e", mutation.To.ArticleId);
    }

    [Fact]
    public void Treats_a_surname_as_the_same_speaker()
    {
        Assert.Empty(MutationsOf(Original(), Copy("b", "Wire Service", "2026-03-14T12:00:00Z", Line, "Petrovic")));
    }

    [Fact]
    public void Reports_a_moved_venue()
    {
        var moved = Copy("e", "Evening Blaze", "2026-03-14T12:00:00Z", Line, "Ana Petrovic",
            venue: "an exclusive interview with the Evening Blaze");
        var mutation = Assert.Single(MutationsOf(Original(), moved));
        Assert.Equal(MutationKind.VenueChanged, mutation.Kind);
        Assert.Equal("venue \"Daily Ledger\" → \"an exclusive interview with the Evening Blaze\"", mutation.Detail);
    }

    [Fact]
    public void Does_not_report_the_same_venue_phrased_differently()
    {
        var same = Copy("b", "Wire Service", "2026-03-14T12:00:00Z", Line, "Ana Petrovic", venue: "the Daily Ledger");
        Assert.Empty(MutationsOf(Original(), same));
    }

    [Fact]
    public void Reports_a_neutral_cue_replaced_by_a_loaded_one()
    {
        var loaded = Copy("e", "Evening Blaze", "2026-03-14T12:00:00Z", Line, "Ana Petrovic", cue: "admitted");
        var mutation = Assert.Single(MutationsOf(Original(), loaded));
        Assert.Equal(MutationKind.Intensified, mutation.Kind);
        Assert.Equal("cue \"said\" → \"admitted\"", mutation.Detail);
    }

    [Fact]
    public void Reports_wording_drift_inside_a_direct_quote_with_a_word_diff()
    {
        var drifted = Copy("e", "Evening Blaze", "2026-03-14T12:00:00Z",
            "We will not sign a deal that leaves the harbour workers without pay", "Ana Petrovic");
        var mutation = Assert.Single(MutationsOf(Original(), drifted));
        Assert.Equal(MutationKind.WordingDrift, mutation.Kind);
        Assert.Equal("words \"contract\" → \"deal\"", mutation.Detail);
    }

    [Fact]
    public void Reports_a_changed_number()
    {
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", "The port authority will cut 40 jobs at the Varna terminal next spring.", Modality.Asserted);
        var changed = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", "The port authority will cut 400 jobs at the Varna terminal next spring.", Modality.Asserted);

        var mutation = Assert.Single(MutationsOf(original, changed));
        Assert.Equal(MutationKind.NumberChanged, mutation.Kind);
        Assert.Equal("number 40 → 400", mutation.Detail);
    }

    [Theory]
    [InlineData("The new lock gates cost 2 million crowns.", "The new lock gates cost 5 million crowns.", "number 2 million → 5 million")]
    [InlineData("The new lock gates cost 2 million crowns.", "The new lock gates cost 2 billion crowns.", "number 2 million → 2 billion")]
    public void Reports_a_changed_number_with_its_scale(string before, string after, string expected)
    {
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", before, Modality.Asserted);
        var changed = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", after, Modality.Asserted);

        var mutation = Assert.Single(MutationsOf(original, changed));
        Assert.Equal((MutationKind.NumberChanged, expected), (mutation.Kind, mutation.Detail));
    }

    [Fact]
    public void Reports_a_flipped_negation()
    {
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", "The harbour council did not approve the Varna terminal expansion plan.", Modality.Negated);
        var flipped = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", "The harbour council approved the Varna terminal expansion plan.", Modality.Asserted);

        var mutation = Assert.Single(MutationsOf(original, flipped));
        Assert.Equal(MutationKind.NegationFlipped, mutation.Kind);
        Assert.Equal("negation \"not\" removed", mutation.Detail);
    }

    [Fact]
    public void Does_not_call_a_dropped_contrast_a_flipped_negation()
    {
        // Given a claim that sets an alternative aside (", not trawling,") and a version that leaves the contrast out
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", "Some biologists argue that colder currents, not trawling, are pushing the cod south.", Modality.Asserted);
        var shorter = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", "Some biologists argue that colder currents are pushing the cod south.", Modality.Asserted);

        // When / Then: the claim is asserted in both, whatever the contrast
        Assert.DoesNotContain(MutationsOf(original, shorter), m => m.Kind == MutationKind.NegationFlipped);
    }

    [Fact]
    public void Reports_a_dropped_approximator_as_a_removed_hedge()
    {
        // Given a count given as an estimate and a version that states it exactly
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", "The flood forced about 400 residents of Tamsk from their homes.", Modality.Asserted);
        var exact = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", "The flood forced 400 residents of Tamsk from their homes.", Modality.Asserted);

        var mutation = Assert.Single(MutationsOf(original, exact));
        Assert.Equal((MutationKind.HedgeRemoved, "approximator \"about\" removed (about 400 → 400)"), (mutation.Kind, mutation.Detail));
    }

    [Fact]
    public void Reports_an_added_approximator_as_an_added_hedge()
    {
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", "The Orvik bridge will close for three weeks in May.", Modality.Asserted);
        var softened = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", "The Orvik bridge will close for up to three weeks in May.", Modality.Asserted);

        var mutation = Assert.Single(MutationsOf(original, softened));
        Assert.Equal((MutationKind.HedgeAdded, "approximator \"up to\" added (three → up to three)"), (mutation.Kind, mutation.Detail));
    }

    [Fact]
    public void Reports_a_dropped_approximator_beside_dropped_speculation()
    {
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", "Repairs to the Orvik dam could cost around 2 million crowns.", Modality.Speculative);
        var asserted = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", "Repairs to the Orvik dam will cost 2 million crowns.", Modality.Asserted);

        var mutations = MutationsOf(original, asserted);
        Assert.Contains(mutations, m => m.Kind == MutationKind.SpeculationAsFact);
        Assert.Contains(mutations, m => m.Kind == MutationKind.HedgeRemoved && m.Detail == "approximator \"around\" removed (around 2 million → 2 million)");
    }

    [Fact]
    public void Shows_approximators_in_a_changed_number()
    {
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", "The flood forced about 400 residents of Tamsk from their homes.", Modality.Asserted);
        var inflated = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", "The flood forced more than 2,000 residents of Tamsk from their homes.", Modality.Asserted);

        var mutations = MutationsOf(original, inflated);
        Assert.Contains(mutations, m => m.Kind == MutationKind.NumberChanged && m.Detail == "number about 400 → more than 2,000");
    }

    [Fact]
    public void Reports_speculation_stated_as_fact()
    {
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", "The ministry may cancel the Varna terminal contract before summer.", Modality.Speculative);
        var asserted = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", "The ministry will cancel the Varna terminal contract before summer.", Modality.Asserted);

        var mutation = Assert.Single(MutationsOf(original, asserted));
        Assert.Equal(MutationKind.SpeculationAsFact, mutation.Kind);
        Assert.Equal("speculation \"may\" stated as fact", mutation.Detail);
    }

    [Fact]
    public void Reports_a_removed_hedge_from_modality()
    {
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", "The ministry reportedly plans to cancel the Varna terminal contract.", Modality.Hedged);
        var asserted = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", "The ministry plans to cancel the Varna terminal contract.", Modality.Asserted);

        var mutation = Assert.Single(MutationsOf(original, asserted));
        Assert.Equal(MutationKind.HedgeRemoved, mutation.Kind);
        Assert.Equal("hedge \"reportedly\" removed", mutation.Detail);
    }

    [Fact]
    public void Reports_a_removed_hedge_word_when_the_modality_is_not_known()
    {
        // Given quotes (no claim overlaps them, so no modality) whose hedge word is dropped
        var original = Copy("a", "Daily Ledger", "2026-03-14T09:00:00Z", "the ministry apparently wants to cancel the harbour contract", "Ana Petrovic");
        var dropped = Copy("e", "Evening Blaze", "2026-03-14T12:00:00Z", "the ministry wants to cancel the harbour contract", "Ana Petrovic");

        // When
        var kinds = MutationsOf(original, dropped).Select(m => m.Kind).ToList();

        // Then
        Assert.Contains(MutationKind.HedgeRemoved, kinds);
        Assert.Contains(MutationKind.WordingDrift, kinds);
    }

    [Fact]
    public void Reports_an_added_hedge()
    {
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", "The ministry plans to cancel the Varna terminal contract.", Modality.Asserted);
        var hedged = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", "The ministry allegedly plans to cancel the Varna terminal contract.", Modality.Hedged);

        var mutation = Assert.Single(MutationsOf(original, hedged));
        Assert.Equal(MutationKind.HedgeAdded, mutation.Kind);
        Assert.Equal("hedge \"allegedly\" added", mutation.Detail);
    }

    [Fact]
    public void Reports_a_loaded_word_replacing_a_neutral_one_in_a_claim()
    {
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", "Petrovic said the Varna terminal contract had been badly drafted.", Modality.Asserted);
        var loaded = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", "Petrovic admitted the Varna terminal contract had been badly drafted.", Modality.Asserted);

        var mutation = Assert.Single(MutationsOf(original, loaded));
        Assert.Equal(MutationKind.Intensified, mutation.Kind);
        Assert.Equal("\"said\" → \"admitted\"", mutation.Detail);
    }

    [Theory]
    [InlineData("About 300 commuters cross the Velka bridge each day, the county said.",
        "About 300 desperate commuters cross the Velka bridge each day, the county said.", "desperate")]
    [InlineData("The new lock gates cost 9 million crowns, the county said.",
        "The new lock gates cost a staggering 9 million crowns, the county said.", "staggering")]
    [InlineData("A storm damaged the lock gates on Monday, the county said.",
        "A devastating storm damaged the lock gates on Monday, the county said.", "devastating")]
    public void Reports_a_loaded_adjective_added_to_a_claim(string plain, string sensational, string word)
    {
        // Given a plain claim and a tabloid version that only adds an emotive adjective to the same facts
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", plain, Modality.Asserted);
        var loaded = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", sensational, Modality.Asserted);

        // When / Then
        var mutation = Assert.Single(MutationsOf(original, loaded));
        Assert.Equal(MutationKind.Intensified, mutation.Kind);
        Assert.Equal($"loaded \"{word}\" added", mutation.Detail);
    }

    [Fact]
    public void Names_both_a_loaded_adjective_and_a_loaded_verb_added_to_the_same_claim()
    {
        const string Plain = "Mayor Oren Talv told the Ledger a storm damaged the lock gates.";
        const string Loaded = "Mayor Oren Talv admitted to the Ledger a devastating storm damaged the lock gates.";
        var original = ClaimArticle("a", "Daily Ledger", "2026-03-14T09:00:00Z", Plain, Modality.Asserted);
        var tabloid = ClaimArticle("e", "Evening Blaze", "2026-03-14T12:00:00Z", Loaded, Modality.Asserted);

        var mutation = Assert.Single(MutationsOf(original, tabloid));
        Assert.Equal(MutationKind.Intensified, mutation.Kind);
        Assert.Equal("\"told\" → \"admitted\"; loaded \"devastating\" added", mutation.Detail);
    }

    [Theory]
    [InlineData("“{0},” Petrovic told reporters on Friday.", "venue \"Daily Ledger\" → \"reporters\"")]
    [InlineData("“{0},” Petrovic told a rally in Varna.", "venue \"Daily Ledger\" → \"a rally\"")]
    [InlineData("“{0},” Petrovic told him.", null)]
    [InlineData("“{0},” Petrovic told the Daily Ledger's reporter.", null)]
    public void Reads_who_a_quote_was_told_to_as_its_venue_when_attribution_found_none(string template, string? expected)
    {
        // Given the interview and a later version whose "told …" names no outlet, so attribution set no venue
        var text = string.Format(CultureInfo.InvariantCulture, template, Line);
        var later = new ArticleBuilder("b", "Wire Service", "2026-03-14T12:00:00Z", text).Quote(Line, "Ana Petrovic", "told").Build();

        // When
        var mutations = MutationsOf(Original(), later);

        // Then an addressee that is not the interviewer ("reporters", "a rally") moves the words elsewhere; a pronoun
        // or the same outlet does not
        if (expected is null)
        {
            Assert.Empty(mutations);
            return;
        }
        var mutation = Assert.Single(mutations);
        Assert.Equal(MutationKind.VenueChanged, mutation.Kind);
        Assert.Equal(expected, mutation.Detail);
    }

    [Fact]
    public void Reports_a_loaded_adjective_the_outlet_adds_to_an_indirect_quote_but_not_to_a_direct_one()
    {
        // Given the county's figure reported indirectly, then retold with an emotive adjective in the outlet's words
        const string Plain = "About 300 commuters cross the Velka bridge each day";
        const string Loaded = "About 300 desperate commuters cross the Velka bridge each day";
        AnalyzedArticle Version(string id, string outlet, string published, string content, QuoteKind kind) =>
            new ArticleBuilder(id, outlet, published, kind == QuoteKind.Direct ? $"“{content},” the county said." : $"{content}, the county said.")
                .Quote(content, "the county", kind: kind).Build();

        // When
        var indirect = MutationsOf(Version("a", "Daily Ledger", "2026-03-14T09:00:00Z", Plain, QuoteKind.Indirect),
            Version("e", "Evening Blaze", "2026-03-14T12:00:00Z", Loaded, QuoteKind.Indirect));
        var direct = MutationsOf(Version("a", "Daily Ledger", "2026-03-14T09:00:00Z", Plain, QuoteKind.Direct),
            Version("e", "Evening Blaze", "2026-03-14T12:00:00Z", Loaded, QuoteKind.Direct));

        // Then the paraphrase is the outlet's and its loaded word an intensification; the quotation's changed words
        // are the speaker's, reported as wording drift
        var mutation = Assert.Single(indirect);
        Assert.Equal((MutationKind.Intensified, "loaded \"desperate\" added"), (mutation.Kind, mutation.Detail));
        Assert.DoesNotContain(direct, m => m.Kind == MutationKind.Intensified);
    }

    [Fact]
    public void Aligns_an_indirect_paraphrase_by_content_and_speaker()
    {
        // Given a direct quote and a later indirect report of it
        var indirect = new ArticleBuilder("b", "Wire Service", "2026-03-14T11:00:00Z",
                "Petrovic said the government would not sign any contract leaving harbour workers without pay.")
            .Quote("the government would not sign any contract leaving harbour workers without pay", "Ana Petrovic", kind: QuoteKind.Indirect)
            .Build();

        // When
        var report = Comparer.Compare([Original(), indirect]);

        // Then
        var item = Assert.Single(report.Alignments);
        Assert.Equal(["a", "b"], item.Members.Select(m => m.ArticleId));
        Assert.DoesNotContain(item.Mutations, m => m.Kind == MutationKind.WordingDrift);
    }

    [Fact]
    public void Gives_each_member_the_modality_of_the_overlapping_claim()
    {
        // Given a quote inside a hedged claim
        var text = "“The terminal may close by June,” Petrovic said.";
        var a = new ArticleBuilder("a", "Daily Ledger", "2026-03-14T09:00:00Z", text)
            .Quote("The terminal may close by June", "Ana Petrovic").Claim(text, Modality.Speculative).Build();
        var b = new ArticleBuilder("b", "Wire Service", "2026-03-14T10:00:00Z", text)
            .Quote("The terminal may close by June", "Ana Petrovic").Build();

        // When
        var report = Comparer.Compare([a, b]);

        // Then
        var quote = Assert.Single(report.Alignments, i => i.Kind == AlignedItemKind.Quote);
        Assert.Equal("speculative", quote.Members[0].Modality);
        Assert.Null(quote.Members[1].Modality);
    }

    [Fact]
    public void Compares_only_the_quoted_words_of_a_mixed_quote()
    {
        // Given a mixed quote whose span holds the reporter's words around a quoted fragment
        var mixed = new ArticleBuilder("b", "Observer", "2026-03-14T11:00:00Z",
                "The minister told the paper that she would not sign “a contract that leaves the harbour workers without pay”.")
            .Quote("she would not sign “a contract that leaves the harbour workers without pay”", "Ana Petrovic", "told", kind: QuoteKind.Mixed)
            .Build();

        // When
        var report = Comparer.Compare([Original(), mixed]);

        // Then the fragment aligns and the reporter's words are not taken for drift
        var item = Assert.Single(report.Alignments);
        Assert.Equal(2, item.Members.Count);
        Assert.DoesNotContain(item.Mutations, m => m.Kind == MutationKind.WordingDrift);
    }

    [Fact]
    public void Reports_a_quote_claimed_for_the_own_outlet_after_another_published_it()
    {
        // Given the original without a venue and a later outlet claiming an exclusive interview
        var original = Copy("a", "Daily Ledger", "2026-03-14T09:00:00Z", Line, "Ana Petrovic");
        var claimed = Copy("e", "The Evening Blaze", "2026-03-14T12:00:00Z", Line, "Ana Petrovic",
            venue: "an exclusive interview with the Evening Blaze");

        // When
        var mutation = Assert.Single(MutationsOf(original, claimed));

        // Then
        Assert.Equal(MutationKind.VenueChanged, mutation.Kind);
        Assert.Equal("venue \"an exclusive interview with the Evening Blaze\" claimed, but Daily Ledger published the quote first", mutation.Detail);
    }

    [Fact]
    public void Treats_an_unresolved_descriptor_as_no_evidence_of_a_speaker_change()
    {
        Assert.Empty(MutationsOf(Original(), Copy("b", "Wire Service", "2026-03-14T12:00:00Z", Line, "the minister")));
    }

    [Fact]
    public void Ignores_a_speaker_the_entity_stage_knows_as_a_place()
    {
        // Given an attribution error: the speaker is a place name
        var wrong = new ArticleBuilder("b", "Wire Service", "2026-03-14T12:00:00Z", $"In Varna, “{Line},” she said.")
            .Quote(Line, "Varna").Mention("Varna", global::Crosscheck.Entities.EntityKind.Place).Build();

        // When / Then
        Assert.Empty(MutationsOf(Original(), wrong));
    }

    [Fact]
    public void Reports_both_a_speculation_and_a_hedge_dropped_from_one_claim()
    {
        var original = new ArticleBuilder("a", "Daily Ledger", "2026-03-14T09:00:00Z",
                "The quay expansion may be postponed until 2028, and the operator has reportedly missed two deadlines.")
            .Claim("The quay expansion may be postponed until 2028, and the operator has reportedly missed two deadlines.", Modality.Speculative).Build();
        var asserted = new ArticleBuilder("e", "Evening Blaze", "2026-03-14T12:00:00Z",
                "The quay expansion will be postponed until 2028, and the operator has missed two deadlines.")
            .Claim("The quay expansion will be postponed until 2028, and the operator has missed two deadlines.", Modality.Asserted).Build();

        var mutations = MutationsOf(original, asserted);

        Assert.Equal(
            [(MutationKind.SpeculationAsFact, "speculation \"may\" stated as fact"), (MutationKind.HedgeRemoved, "hedge \"reportedly\" removed")],
            mutations.Select(m => (m.Kind, m.Detail)));
    }

    [Fact]
    public void Does_not_align_a_paraphrase_sharing_only_two_words_with_a_quote()
    {
        // Given a direct quote and an unrelated indirect quote that shares "operator" and "years"
        var quote = Copy("a", "Daily Ledger", "2026-03-14T09:00:00Z", "The operator has had two years to fix the cranes", "Ana Petrovic");
        var paraphrase = new ArticleBuilder("b", "Review", "2026-03-14T12:00:00Z",
                "The minister accused the operator of letting the problem drag on for years.")
            .Quote("the operator of letting the problem drag on for years", "the minister", "accused", kind: QuoteKind.Indirect)
            .Build();

        // When / Then
        Assert.Empty(Comparer.Compare([quote, paraphrase]).Alignments);
    }

    [Fact]
    public void Reports_a_dropped_condition()
    {
        var original = new ArticleBuilder("a", "Daily Ledger", "2026-03-14T09:00:00Z",
                "The ministry will not renew the terminal contract unless the operator pays the dock workers.")
            .Claim("The ministry will not renew the terminal contract unless the operator pays the dock workers.", Modality.Negated).Build();
        var dropped = new ArticleBuilder("e", "Evening Blaze", "2026-03-14T12:00:00Z",
                "The ministry will not renew the terminal contract.")
            .Claim("The ministry will not renew the terminal contract.", Modality.Negated).Build();

        var mutation = Assert.Single(MutationsOf(original, dropped));
        Assert.Equal(MutationKind.ContextDropped, mutation.Kind);
        Assert.Equal("qualifier \"unless the operator pays the dock workers\" dropped", mutation.Detail);
    }

    [Fact]
    public void Does_not_take_a_loose_paraphrase_without_the_negation_for_a_flip()
    {
        // Given two versions of one lead that say the same thing with and without "not"
        var original = new ArticleBuilder("a", "Daily Ledger", "2026-03-14T09:00:00Z",
                "Harbour minister Ana Petrovic will not renew the Varna terminal contract of Halvard Logistics.")
            .Claim("Harbour minister Ana Petrovic will not renew the Varna terminal contract of Halvard Logistics.", Modality.Negated).Build();
        var loose = new ArticleBuilder("e", "Evening Blaze", "2026-03-14T12:00:00Z",
                "In a shock move, harbour minister Ana Petrovic is set to throw Halvard Logistics out of the Varna terminal for good.")
            .Claim("In a shock move, harbour minister Ana Petrovic is set to throw Halvard Logistics out of the Varna terminal for good.", Modality.Asserted).Build();

        // When
        var report = Comparer.Compare([original, loose]);

        // Then
        var item = Assert.Single(report.Alignments);
        Assert.DoesNotContain(item.Mutations, m => m.Kind == MutationKind.NegationFlipped);
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => Comparer.Compare([Original()], cancelled.Token));
    }

    [Fact]
    public void Aligns_a_quotation_lifted_without_its_speaker_with_the_attributed_original()
    {
        // Given the whole pipeline over an interview and a rewrite that prints the quotation on a line of its own, naming no one
        const string Said = "We will not renew a contract that leaves dock workers waiting for their wages";
        var interview = AnalysisPipeline.Default.Analyze(new Article
        {
            Id = "a", Source = "a", Outlet = "The Daily Ledger", PublishedAt = DateTimeOffset.Parse("2026-03-14T09:00:00Z", CultureInfo.InvariantCulture),
            Text = $"Harbour Minister Lidia Marenko spoke on Friday.\n\n“{Said},” Marenko said.\n",
        });
        var rewrite = AnalysisPipeline.Default.Analyze(new Article
        {
            Id = "b", Source = "b", Outlet = "The Evening Blaze", PublishedAt = DateTimeOffset.Parse("2026-03-15T09:00:00Z", CultureInfo.InvariantCulture),
            Text = $"Talks on the port collapsed on Friday.\n\n“{Said}.”\n\nThe operator declined to comment.\n",
        });

        // When
        var report = Comparer.Compare([interview, rewrite]);

        // Then the two quotes align, and the rewrite's shows no speaker rather than vanishing
        var item = Assert.Single(report.Alignments, a => a.Kind == AlignedItemKind.Quote);
        Assert.Equal(["a", "b"], item.Members.Select(m => m.ArticleId));
        Assert.Equal("Lidia Marenko", item.Members[0].Speaker);
        Assert.Null(item.Members[1].Speaker);
    }
}
