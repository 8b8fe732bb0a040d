using System.Text;
using Crosscheck.CrossCheck;
using Crosscheck.Pipeline;
using Crosscheck.Signals;

namespace Crosscheck.Reports;

/// <summary>
/// Writes a Markdown report: per article a section with its metadata and tables of quotes, citations, claims and
/// signals; for comparisons, then each aligned item with its version per outlet and its mutations.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Article text in table cells has pipes escaped and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>
/// written as entities, so hostile text cannot become markup when the Markdown is rendered.
/// </remarks>
public sealed class MarkdownReportRenderer : IReportRenderer
{
    // Long quotes and claims are cut in tables; the full text is in the JSON report.
    private const int CellLength = 240;

    /// <summary>The shared instance.</summary>
    public static MarkdownReportRenderer Instance { get; } = new();

    /// <inheritdoc/>
    public void WriteAnalyses(IReadOnlyList<AnalyzedArticle> articles, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("# Crosscheck analysis\n\n");
        WriteArticles(articles, output);
    }

    /// <inheritdoc/>
    public void WriteComparison(ComparisonReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("# Crosscheck comparison\n\n");
        output.Write($"{ReportNames.Count(report.Articles.Count, "article")}, {ReportNames.Count(report.Alignments.Count, "aligned item")}.\n\n");
        WriteArticles(report.Articles, output);
        WriteAlignments(report, output);
    }

    private static void WriteArticles(IReadOnlyList<AnalyzedArticle> articles, TextWriter output)
    {
        for (var i = 0; i < articles.Count; i++)
        {
            WriteArticle(articles[i], i + 1, output);
        }
    }

    private static void WriteArticle(AnalyzedArticle document, int number, TextWriter output)
    {
        var article = document.Article;
        output.Write($"## {number}. {Inline(ReportNames.Title(document))}\n\n");
        output.Write($"**Outlet:** {Inline(ReportNames.Outlet(document))} · **Published:** {ReportNames.DisplayDate(article.PublishedAt)}");
        output.Write($" · **Language:** {Inline(article.Language)} · **Source:** {Inline(article.Source)}\n");
        if (article.Authors.Count > 0)
        {
            output.Write($"**By:** {Inline(string.Join(", ", article.Authors))}\n");
        }
        output.Write($"\n{ReportNames.Counts(document)}\n\n");

        var shown = ReportNames.ShownQuotes(document);
        output.Write($"### Quotes ({shown})\n\n");
        if (shown == 0)
        {
            output.Write("_None found._\n\n");
        }
        else
        {
            output.Write("| Speaker | Cue | Venue | Kind | Text |\n|---|---|---|---|---|\n");
            foreach (var quote in document.Quotes)
            {
                if (!ReportNames.Shown(quote))
                {
                    continue;
                }
                output.Write($"| {Cell(ReportNames.Speaker(quote))} | {Cell(quote.Cue)} | {Cell(quote.Venue)} | {ReportNames.KindAndReports(quote)} | {Cell(quote.Text)} |\n");
            }
            output.Write('\n');
        }

        output.Write($"### Citations ({document.Citations.Count})\n\n");
        if (document.Citations.Count == 0)
        {
            output.Write("_None found._\n\n");
        }
        else
        {
            output.Write("| Source | Relation | Anonymous | Text |\n|---|---|---|---|\n");
            foreach (var citation in document.Citations)
            {
                output.Write($"| {Cell(citation.Source)} | {Cell(citation.Relation)} | {(citation.Anonymous ? "yes" : "no")} | {Cell(citation.Text)} |\n");
            }
            output.Write('\n');
        }

        output.Write($"### Claims ({document.Claims.Count})\n\n");
        if (document.Claims.Count == 0)
        {
            output.Write("_None found._\n\n");
        }
        else
        {
            output.Write("| Modality | Worthiness | Text |\n|---|---|---|\n");
            foreach (var claim in document.Claims)
            {
                output.Write($"| {ReportNames.Name(claim.Modality)} | {ReportNames.Score(claim.CheckWorthiness)} | {Cell(claim.Text)} |\n");
            }
            output.Write('\n');
        }

        output.Write($"### Signals ({document.Signals.Count})\n\n");
        if (document.Signals.Count == 0)
        {
            output.Write("_None found._\n\n");
        }
        else
        {
            output.Write("| Technique | Text | Reason |\n|---|---|---|\n");
            foreach (var signal in document.Signals)
            {
                output.Write($"| {Cell(signal.Technique.Name())} | {Cell(signal.Text)} | {Cell(signal.Reason)} |\n");
            }
            output.Write('\n');
        }
    }

    private static void WriteAlignments(ComparisonReport report, TextWriter output)
    {
        var byId = ReportNames.ById(report.Articles);
        output.Write($"## Aligned items ({report.Alignments.Count})\n\n");
        if (report.Alignments.Count == 0)
        {
            output.Write("_No quote or claim appears in more than one article._\n");
            return;
        }
        // Outlet × item first: who carries what, and which versions are independent origins.
        output.Write("| Item |");
        foreach (var article in report.Articles)
        {
            output.Write($" {Cell(ReportNames.Outlet(article))} |");
        }
        output.Write("\n|---|");
        output.Write(string.Concat(Enumerable.Repeat("---|", report.Articles.Count)));
        output.Write('\n');
        for (var i = 0; i < report.Alignments.Count; i++)
        {
            output.Write($"| {i + 1} |");
            foreach (var article in report.Articles)
            {
                output.Write($" {ReportNames.MatrixMark(report.Alignments[i], article.Article.Id).Replace("*", "\\*", StringComparison.Ordinal)} |");
            }
            output.Write('\n');
        }
        output.Write("\nO: independent origin · c: copy · r: cites a source · \\*: mutated · -: absent\n\n");
        for (var i = 0; i < report.Alignments.Count; i++)
        {
            var item = report.Alignments[i];
            var label = item.Kind == AlignedItemKind.Quote ? "Quote" : "Claim";
            output.Write($"### {i + 1}. {label} in {ReportNames.Count(item.Members.Count, "article")}\n\n");
            output.Write("| Outlet | Published | Speaker | Venue | Modality | Text |\n|---|---|---|---|---|---|\n");
            foreach (var member in item.Members)
            {
                var (outlet, date) = byId.TryGetValue(member.ArticleId, out var entry)
                    ? (ReportNames.Outlet(entry.Document), ReportNames.DisplayDate(entry.Document.Article.PublishedAt))
                    : (member.ArticleId, "");
                output.Write($"| {Cell(outlet)} | {date} | {Cell(ReportNames.Speaker(member))} | {Cell(member.Venue)} | {Cell(member.Modality)} | {Cell(member.Text)} |\n");
            }
            output.Write('\n');
            if (item.Origins.Count > 0)
            {
                output.Write($"Independent origins: {item.IndependentOrigins}\n\n");
                foreach (var line in ReportNames.OriginLines(item, byId))
                {
                    output.Write($"- {Inline(line)}\n");
                }
                output.Write('\n');
            }
            if (item.Mutations.Count == 0)
            {
                output.Write("No mutations.\n\n");
                continue;
            }
            output.Write("Mutations:\n\n");
            // Mutations of one pair of versions share one diff: show it once, under the first.
            IReadOnlyList<DiffSegment>? shownDiff = null;
            foreach (var mutation in item.Mutations)
            {
                var from = byId.TryGetValue(mutation.From.ArticleId, out var f) ? ReportNames.Outlet(f.Document) : mutation.From.ArticleId;
                var to = byId.TryGetValue(mutation.To.ArticleId, out var t) ? ReportNames.Outlet(t.Document) : mutation.To.ArticleId;
                output.Write($"- **{mutation.Kind}** ({Inline(from)} → {Inline(to)}): {Inline(mutation.Detail)}\n");
                if (mutation.Diff.Count > 0 && mutation.Kind != MutationKind.QuoteFabricated && !ReferenceEquals(mutation.Diff, shownDiff))
                {
                    shownDiff = mutation.Diff;
                    output.Write($"  - diff: {Diff(mutation.Diff)}\n");
                }
            }
            output.Write('\n');
        }
    }

    /// <summary>Deleted words struck through, inserted words in bold.</summary>
    private static string Diff(IReadOnlyList<DiffSegment> diff)
    {
        var builder = new StringBuilder();
        foreach (var segment in diff)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            var text = Inline(segment.Text).Replace("*", "\\*", StringComparison.Ordinal).Replace("~", "\\~", StringComparison.Ordinal);
            builder.Append(segment.Operation switch
            {
                DiffOperation.Delete => $"~~{text}~~",
                DiffOperation.Insert => $"**{text}**",
                _ => text,
            });
        }
        return builder.ToString();
    }

    private static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? "—" : Inline(ReportNames.Excerpt(text, CellLength)).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Text safe inside a Markdown line: one line, no raw markup.</summary>
    internal static string Inline(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\r' or '\n' or '\t': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
