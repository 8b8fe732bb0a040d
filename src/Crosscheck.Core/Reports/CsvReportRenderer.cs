using System.Globalization;
using Crosscheck.CrossCheck;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;

namespace Crosscheck.Reports;

/// <summary>
/// Renders analyses and comparisons as RFC 4180 CSV for spreadsheets: analyses as one row per finding, comparisons as
/// one row per article's version of each aligned quote or claim.
/// </summary>
/// <remarks>
/// A CSV file holds one table, so each report is flattened into the table a reader sorts and filters most: every row
/// carries its article and its character offsets, so it still points back to the exact text. What does not fit one row
/// per finding (word diffs, provenance paths) is in the JSON report. Cells that a spreadsheet would run as formulas are
/// defused (see <see cref="Csv.Cell"/>).
/// </remarks>
public sealed class CsvReportRenderer : IReportRenderer
{
    private static readonly string[] AnalysisHeader =
    [
        "article", "outlet", "published", "type", "label", "text", "start", "length", "speaker", "cue", "venue", "source", "score", "detail",
    ];

    private static readonly string[] ComparisonHeader =
    [
        "item", "kind", "independentOrigins", "origin", "article", "outlet", "published", "speaker", "venue", "modality", "text", "start",
        "length", "changes", "details",
    ];

    private CsvReportRenderer()
    {
    }

    /// <summary>The shared instance.</summary>
    public static CsvReportRenderer Instance { get; } = new();

    /// <summary>
    /// Writes one row per finding: an <c>article</c> row (its title and sensationalism score), then its entities, quotes,
    /// citations, claims and signals, each with its span. Columns: <c>article, outlet, published, type, label, text,
    /// start, length, speaker, cue, venue, source, score, detail</c>; <c>label</c> is the entity kind, quote kind, citation
    /// relation, claim modality or signal technique; <c>score</c> a claim's check-worthiness or a signal's weight;
    /// <c>detail</c> an entity's key, what a quote reports, "anonymous", a claim's voice or a signal's reason.
    /// </summary>
    public void WriteAnalyses(IReadOnlyList<AnalyzedArticle> articles, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(output);
        Csv.WriteRow(output, AnalysisHeader);
        foreach (var document in articles)
        {
            WriteFindings(document, output);
        }
    }

    /// <summary>
    /// Writes one row per member of each aligned item, items in report order and members earliest first. Columns:
    /// <c>item, kind, independentOrigins, origin, article, outlet, published, speaker, venue, modality, text, start,
    /// length, changes, details</c>; <c>origin</c> is the independent origin the member traces back to, <c>changes</c>
    /// the mutation kinds that end at this member (";"-separated, as the JSON report names them) and <c>details</c>
    /// their one-line evidence.
    /// </summary>
    public void WriteComparison(ComparisonReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        Csv.WriteRow(output, ComparisonHeader);
        var byId = ReportNames.ById(report.Articles);
        for (var i = 0; i < report.Alignments.Count; i++)
        {
            var item = report.Alignments[i];
            foreach (var member in item.Members)
            {
                var document = byId.TryGetValue(member.ArticleId, out var entry) ? entry.Document : null;
                var changes = new List<string>();
                var details = new List<string>();
                foreach (var mutation in item.Mutations)
                {
                    if (mutation.To.ArticleId == member.ArticleId && mutation.To.Span == member.Span)
                    {
                        changes.Add(mutation.Kind.ToString());
                        details.Add(mutation.Detail);
                    }
                }
                Csv.WriteRow(output,
                [
                    Number(i + 1), ReportNames.Kind(item.Kind), Number(item.IndependentOrigins), OriginOf(item, member.ArticleId),
                    member.ArticleId, document is null ? null : ReportNames.Outlet(document), ReportNames.IsoDate(document?.Article.PublishedAt),
                    ReportNames.Speaker(member), member.Venue, member.Modality, member.Text, Number(member.Span.Start), Number(member.Span.Length),
                    string.Join(';', changes), string.Join(" | ", details),
                ]);
            }
        }
    }

    private static void WriteFindings(AnalyzedArticle document, TextWriter output)
    {
        var article = document.Article;
        var (id, outlet, published) = (article.Id, ReportNames.Outlet(document), ReportNames.IsoDate(article.PublishedAt));
        void Row(string type, string? label, TextSpan? span, string? text, string? speaker = null, string? cue = null,
            string? venue = null, string? source = null, string? score = null, string? detail = null) =>
            Csv.WriteRow(output,
            [
                id, outlet, published, type, label, text, span is { } s ? Number(s.Start) : null, span is { } l ? Number(l.Length) : null,
                speaker, cue, venue, source, score, detail,
            ]);

        Row("article", null, null, article.Title, score: ReportNames.Score(document.Scores.Sensationalism), detail: "sensationalism");
        foreach (var mention in document.Mentions)
        {
            Row("entity", ReportNames.Kind(mention.Kind), mention.Span, mention.Text, detail: mention.Key);
        }
        foreach (var quote in document.Quotes)
        {
            if (!ReportNames.Shown(quote))
            {
                continue;
            }
            var source = quote.SourceSpan is { } s ? article.Text.Substring(s.Start, s.Length) : null;
            Row("quote", ReportNames.Kind(quote.Kind), quote.Span, quote.Text, ReportNames.Speaker(quote), quote.Cue, quote.Venue, source,
                detail: ReportNames.Reported(quote.Reports));
        }
        foreach (var citation in document.Citations)
        {
            Row("citation", citation.Relation, citation.Span, citation.Text, source: citation.Source,
                detail: citation.Anonymous ? "anonymous" : null);
        }
        foreach (var claim in document.Claims)
        {
            Row("claim", ReportNames.Name(claim.Modality), claim.Span, claim.Text,
                score: claim.CheckWorthiness.ToString("0.###", CultureInfo.InvariantCulture), detail: ReportNames.Name(claim.Voice));
        }
        foreach (var signal in document.Signals)
        {
            Row("signal", signal.Technique.Name(), signal.Span, signal.Text,
                score: signal.Weight.ToString("0.###", CultureInfo.InvariantCulture), detail: signal.Reason);
        }
    }

    // The article id of the independent origin that a member traces back to (an "outlet:" id when the origin is a cited
    // outlet with no article here), or null when no provenance was computed.
    private static string? OriginOf(AlignedItem item, string articleId)
    {
        foreach (var origin in item.Origins)
        {
            foreach (var path in origin.Members)
            {
                if (path.ArticleId == articleId)
                {
                    return origin.ArticleId;
                }
            }
        }
        return null;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
