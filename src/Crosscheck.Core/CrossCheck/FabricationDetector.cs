using Crosscheck.Pipeline;

namespace Crosscheck.CrossCheck;

/// <summary>
/// Finds direct quotes credited to a venue or relayed from an outlet whose own coverage is among the compared articles
/// but does not carry them: "told the Daily Ledger" or "as the Daily Ledger reported, Marenko said: “…”" while the
/// Daily Ledger's article has no such words.
/// </summary>
internal static class FabricationDetector
{
    // Shorter quotes ("a disgrace") are too easily paraphrased in the source to call them invented.
    private const int MinWords = 4;

    // The source counts as carrying the quote when this share of its words appear there as one run.
    private const double CarriedShare = 0.5;

    /// <summary>One single-member item per quote found, each with its <see cref="MutationKind.QuoteFabricated"/> mutation.</summary>
    public static List<(int ArticleIndex, AlignedItem Item)> Detect(
        IReadOnlyList<AnalyzedArticle> articles, List<ComparisonUnit> quotes, HashSet<int> aligned, int[] rank)
    {
        var result = new List<(int, AlignedItem)>();
        var texts = new Dictionary<int, string[]>();
        for (var q = 0; q < quotes.Count; q++)
        {
            var unit = quotes[q];
            // A relayed quote ("As the Daily Ledger reported, Marenko said: “…”") credits the outlet as a venue does.
            if (aligned.Contains(q) || unit.Verbatim is not { Count: >= MinWords } verbatim || (unit.Venue ?? unit.RelayedBy) is not { } venue)
            {
                continue;
            }
            var words = Similarity.VenueWords(venue);
            if (Provenance.NamesOutlet(venue, words, unit.Outlet))
            {
                continue;
            }
            var source = -1;
            for (var j = 0; j < articles.Count; j++)
            {
                if (j != unit.ArticleIndex && rank[j] < rank[unit.ArticleIndex]
                    && Provenance.NamesOutlet(venue, words, articles[j].Article.Outlet)
                    && (source < 0 || rank[j] > rank[source]))
                {
                    source = j;
                }
            }
            if (source < 0)
            {
                continue;
            }
            if (!texts.TryGetValue(source, out var sourceWords))
            {
                texts[source] = sourceWords = WordSequence.From(articles[source].Article.Text).Words;
            }
            var run = Similarity.LongestCommonRun(verbatim.Words, sourceWords);
            if (run >= CarriedShare * verbatim.Count)
            {
                continue;
            }
            var member = unit.ToMember();
            var sourceArticle = articles[source].Article;
            var detail = $"quote credited to \"{venue}\", but {sourceArticle.Outlet} has no such words (longest shared run: {run} of {verbatim.Count} words)";
            var mutation = new Mutation(MutationKind.QuoteFabricated, member, member, detail)
            {
                Diff = [new DiffSegment(DiffOperation.Insert, string.Join(' ', verbatim.Display))],
            };
            result.Add((unit.ArticleIndex, new AlignedItem(AlignedItemKind.Quote, [member], [mutation])
            {
                Origins = [new ItemOrigin(unit.ArticleId, unit.Outlet, [new MemberPath(unit.ArticleId, [])])],
            }));
        }
        return result;
    }
}
