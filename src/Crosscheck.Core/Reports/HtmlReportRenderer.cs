using System.Net;
using Crosscheck.CrossCheck;
using Crosscheck.Pipeline;
using Crosscheck.Signals;

namespace Crosscheck.Reports;

/// <summary>
/// Writes one self-contained HTML page: inline CSS, no scripts, no external assets. Each article's text is shown with
/// quotes, citations, claims and signals highlighted (overlaps split into flat segments), with a legend and tables;
/// comparisons add an outlet × item table and each item's mutations.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Every piece of article-derived text goes through <see cref="WebUtility.HtmlEncode(string)"/>,
/// in element content and in attribute values alike, so hostile article text is shown as text.
/// </remarks>
public sealed class HtmlReportRenderer : IReportRenderer
{
    private const int CellLength = 200;

    /// <summary>The report's stylesheet; the web UI serves it too, so pages and reports look alike.</summary>
    internal const string Style = """
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
        main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem 3rem}
        h1{margin:.5rem 0}h2{margin-top:2.5rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
        section.article,section.item{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:1rem 1.25rem;margin:1rem 0}
        .meta{color:#59636e;font-size:.9em}
        .text{white-space:pre-wrap;background:#fbfbfc;border:1px solid #eaeef2;border-radius:4px;padding:.75rem 1rem;line-height:1.8}
        mark{background:none;color:inherit;padding:0}
        mark.quote{background:#fff0a6}
        mark.citation{box-shadow:inset 0 2px 0 #1f6feb}
        mark.claim{border-bottom:2px solid #1a7f37}
        mark.signal{text-decoration:underline wavy #cf222e;text-underline-offset:4px}
        .legend mark{padding:0 .3em;margin-right:.75em}
        table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92em}
        th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f0f3f6}
        td.absent{color:#8c959f;text-align:center}
        .kind{font-family:ui-monospace,Consolas,monospace;font-size:.85em;background:#eef1f4;border-radius:3px;padding:0 .3em}
        .mutation{color:#9a3412}
        td.origin{background:#eefbf0}
        del{background:#ffebe9;color:#82071e}ins{background:#dafbe1;color:#116329;text-decoration:none}
        .diff{font-size:.92em;margin:.2rem 0 .5rem 1rem}
        details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}
        """;

    /// <summary>The shared instance.</summary>
    public static HtmlReportRenderer Instance { get; } = new();

    /// <inheritdoc/>
    public void WriteAnalyses(IReadOnlyList<AnalyzedArticle> articles, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(output);
        WriteHead(output, "Crosscheck analysis", $"{articles.Count} articles");
        WriteArticles(articles, output);
        WriteFoot(output);
    }

    /// <inheritdoc/>
    public void WriteComparison(ComparisonReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        WriteHead(output, "Crosscheck comparison", $"{report.Articles.Count} articles · {report.Alignments.Count} aligned items");
        output.Write("<p><a href=\"#comparison\">Jump to the comparison</a></p>\n");
        WriteArticles(report.Articles, output);
        WriteComparisonSection(report, output);
        WriteFoot(output);
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static void WriteHead(TextWriter output, string title, string subtitle)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write($"<title>{E(title)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<main>\n");
        output.Write($"<h1>{E(title)}</h1>\n<p class=\"meta\">{E(subtitle)}</p>\n");
        output.Write("<p class=\"legend\">Legend: <mark class=\"quote\">quote</mark><mark class=\"citation\">citation</mark>");
        output.Write("<mark class=\"claim\">claim</mark><mark class=\"signal\">signal</mark></p>\n");
    }

    private static void WriteFoot(TextWriter output) => output.Write("</main>\n</body>\n</html>\n");

    private static void WriteArticles(IReadOnlyList<AnalyzedArticle> articles, TextWriter output)
    {
        output.Write("<h2>Articles</h2>\n");
        for (var i = 0; i < articles.Count; i++)
        {
            WriteArticle(articles[i], i + 1, output);
        }
    }

    /// <summary>One article: metadata, highlighted text and the tables of its quotes, citations, claims and signals.</summary>
    internal static void WriteArticle(AnalyzedArticle document, int number, TextWriter output)
    {
        var article = document.Article;
        output.Write($"<section class=\"article\" id=\"article-{number}\">\n");
        output.Write($"<h3>{number}. {E(ReportNames.Title(document))}</h3>\n");
        output.Write($"<p class=\"meta\">{E(ReportNames.Outlet(document))} · {E(ReportNames.DisplayDate(article.PublishedAt))}");
        if (article.Authors.Count > 0)
        {
            output.Write($" · by {E(string.Join(", ", article.Authors))}");
        }
        output.Write($" · <span title=\"source\">{E(article.Source)}</span></p>\n");
        output.Write($"<p class=\"meta\">{E(ReportNames.Counts(document))}</p>\n");
        WriteHighlightedText(document, output);

        var shown = ReportNames.ShownQuotes(document);
        if (shown > 0)
        {
            output.Write($"<details open><summary>Quotes ({shown})</summary>\n<table>\n");
            output.Write("<tr><th>Speaker</th><th>Cue</th><th>Venue</th><th>Kind</th><th>Text</th></tr>\n");
            foreach (var quote in document.Quotes)
            {
                if (!ReportNames.Shown(quote))
                {
                    continue;
                }
                output.Write($"<tr><td>{Cell(ReportNames.Speaker(quote))}</td><td>{Cell(quote.Cue)}</td><td>{Cell(quote.Venue)}</td>");
                output.Write($"<td>{E(ReportNames.KindAndReports(quote))}</td><td>{Cell(quote.Text)}</td></tr>\n");
            }
            output.Write("</table>\n</details>\n");
        }
        if (document.Citations.Count > 0)
        {
            output.Write($"<details><summary>Citations ({document.Citations.Count})</summary>\n<table>\n");
            output.Write("<tr><th>Source</th><th>Relation</th><th>Anonymous</th><th>Text</th></tr>\n");
            foreach (var citation in document.Citations)
            {
                output.Write($"<tr><td>{Cell(citation.Source)}</td><td>{Cell(citation.Relation)}</td>");
                output.Write($"<td>{(citation.Anonymous ? "yes" : "no")}</td><td>{Cell(citation.Text)}</td></tr>\n");
            }
            output.Write("</table>\n</details>\n");
        }
        if (document.Claims.Count > 0)
        {
            output.Write($"<details><summary>Claims ({document.Claims.Count})</summary>\n<table>\n");
            output.Write("<tr><th>Modality</th><th>Worthiness</th><th>Text</th></tr>\n");
            foreach (var claim in document.Claims)
            {
                output.Write($"<tr><td>{E(ReportNames.Name(claim.Modality))}</td><td>{ReportNames.Score(claim.CheckWorthiness)}</td><td>{Cell(claim.Text)}</td></tr>\n");
            }
            output.Write("</table>\n</details>\n");
        }
        if (document.Signals.Count > 0)
        {
            output.Write($"<details><summary>Signals ({document.Signals.Count})</summary>\n<table>\n");
            output.Write("<tr><th>Technique</th><th>Text</th><th>Reason</th></tr>\n");
            foreach (var signal in document.Signals)
            {
                output.Write($"<tr><td>{E(signal.Technique.Name())}</td><td>{Cell(signal.Text)}</td><td>{Cell(signal.Reason)}</td></tr>\n");
            }
            output.Write("</table>\n</details>\n");
        }
        output.Write("</section>\n");
    }

    private static void WriteHighlightedText(AnalyzedArticle document, TextWriter output)
    {
        var text = document.Article.Text;
        var highlights = new List<Highlight>();
        foreach (var quote in document.Quotes)
        {
            if (!ReportNames.Shown(quote))
            {
                continue;
            }
            var context = (quote.Cue, quote.Venue) switch
            {
                ({ Length: > 0 } cue, { Length: > 0 } venue) => $"{cue}, {venue}",
                ({ Length: > 0 } cue, _) => cue,
                (_, { Length: > 0 } venue) => venue,
                _ => "",
            };
            highlights.Add(new Highlight(quote.Span, HighlightLayer.Quote,
                $"quote ({ReportNames.KindAndReports(quote)}): {ReportNames.Speaker(quote) ?? "unknown speaker"}{(context.Length > 0 ? $" [{context}]" : "")}"));
        }
        foreach (var citation in document.Citations)
        {
            highlights.Add(new Highlight(citation.Span, HighlightLayer.Citation,
                $"citation: {citation.Source}{(citation.Anonymous ? " (anonymous)" : "")}"));
        }
        foreach (var claim in document.Claims)
        {
            highlights.Add(new Highlight(claim.Span, HighlightLayer.Claim,
                $"claim: {ReportNames.Name(claim.Modality)}, worthiness {ReportNames.Score(claim.CheckWorthiness)}"));
        }
        foreach (var signal in document.Signals)
        {
            highlights.Add(new Highlight(signal.Span, HighlightLayer.Signal, $"signal {signal.Technique.Name()}: {signal.Reason}"));
        }

        output.Write("<div class=\"text\">");
        foreach (var segment in HighlightSegmenter.Split(text.Length, highlights))
        {
            var piece = E(text[segment.Start..segment.End]);
            if (segment.Active.Count == 0)
            {
                output.Write(piece);
                continue;
            }
            var classes = new SortedSet<string>(StringComparer.Ordinal);
            var titles = new List<string>(segment.Active.Count);
            foreach (var highlight in segment.Active)
            {
                classes.Add(ClassOf(highlight.Layer));
                titles.Add(highlight.Description);
            }
            output.Write($"<mark class=\"{string.Join(' ', classes)}\" title=\"{E(string.Join("\n", titles))}\">{piece}</mark>");
        }
        output.Write("</div>\n");
    }

    private static string ClassOf(HighlightLayer layer) => layer switch
    {
        HighlightLayer.Quote => "quote",
        HighlightLayer.Citation => "citation",
        HighlightLayer.Claim => "claim",
        _ => "signal",
    };

    private static void WriteComparisonSection(ComparisonReport report, TextWriter output)
    {
        var byId = ReportNames.ById(report.Articles);
        output.Write($"<h2 id=\"comparison\">Comparison: {report.Alignments.Count} aligned items</h2>\n");
        if (report.Alignments.Count == 0)
        {
            output.Write("<p>No quote or claim appears in more than one article.</p>\n");
            return;
        }

        // Outlet × item: one row per item, one column per article, so a missing or changed version stands out.
        output.Write("<table class=\"matrix\">\n<tr><th>Item</th>");
        foreach (var article in report.Articles)
        {
            output.Write($"<th>{E(ReportNames.Outlet(article))}<br><span class=\"meta\">{E(ReportNames.DisplayDate(article.Article.PublishedAt))}</span></th>");
        }
        output.Write("</tr>\n");
        for (var i = 0; i < report.Alignments.Count; i++)
        {
            var item = report.Alignments[i];
            output.Write($"<tr><td><a href=\"#item-{i + 1}\">{i + 1}</a> <span class=\"kind\">{ReportNames.Kind(item.Kind)}</span> {E(ReportNames.Excerpt(item.Members[0].Text, 80))}<br><span class=\"meta\">{ReportNames.Count(item.IndependentOrigins, "independent origin")}</span></td>");
            foreach (var article in report.Articles)
            {
                var member = FindMember(item, article.Article.Id);
                if (member is null)
                {
                    output.Write("<td class=\"absent\">—</td>");
                    continue;
                }
                var kinds = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var mutation in item.Mutations)
                {
                    if (ReferenceEquals(mutation.To, member))
                    {
                        kinds.Add(mutation.Kind.ToString());
                    }
                }
                var mark = ReportNames.MatrixMark(item, article.Article.Id);
                output.Write(mark.StartsWith('O') ? "<td class=\"origin\">" : "<td>");
                output.Write(mark[0] switch
                {
                    'O' => ReferenceEquals(member, item.Members[0]) ? "first · origin" : "origin",
                    'c' => "copy",
                    _ => "cites",
                });
                if (ReportNames.Speaker(member) is { } speaker)
                {
                    output.Write($"<br>{E(speaker)}");
                }
                if (member.Venue is not null)
                {
                    output.Write($"<br><span class=\"meta\">{E(member.Venue)}</span>");
                }
                foreach (var kind in kinds)
                {
                    output.Write($"<br><span class=\"mutation\">{E(kind)}</span>");
                }
                output.Write("</td>");
            }
            output.Write("</tr>\n");
        }
        output.Write("</table>\n");

        for (var i = 0; i < report.Alignments.Count; i++)
        {
            var item = report.Alignments[i];
            output.Write($"<section class=\"item\" id=\"item-{i + 1}\">\n<h3>{i + 1}. <span class=\"kind\">{ReportNames.Kind(item.Kind)}</span> in {ReportNames.Count(item.Members.Count, "article")}</h3>\n");
            output.Write("<table>\n<tr><th>Outlet</th><th>Published</th><th>Speaker</th><th>Venue</th><th>Modality</th><th>Text</th></tr>\n");
            foreach (var member in item.Members)
            {
                var (outlet, date) = byId.TryGetValue(member.ArticleId, out var entry)
                    ? (ReportNames.Outlet(entry.Document), ReportNames.DisplayDate(entry.Document.Article.PublishedAt))
                    : (member.ArticleId, "");
                output.Write($"<tr><td>{E(outlet)}</td><td>{E(date)}</td><td>{Cell(ReportNames.Speaker(member))}</td><td>{Cell(member.Venue)}</td>");
                output.Write($"<td>{Cell(member.Modality)}</td><td>{Cell(member.Text)}</td></tr>\n");
            }
            output.Write("</table>\n");
            if (item.Origins.Count > 0)
            {
                output.Write($"<p><strong>{ReportNames.Count(item.IndependentOrigins, "independent origin")}</strong></p>\n<ol class=\"origins\">\n");
                foreach (var line in ReportNames.OriginLines(item, byId))
                {
                    output.Write($"<li>{E(line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..])}</li>\n");
                }
                output.Write("</ol>\n");
            }
            if (item.Mutations.Count > 0)
            {
                output.Write("<ul class=\"mutations\">\n");
                // Mutations of one pair of versions share one diff: show it once, under the first.
                IReadOnlyList<DiffSegment>? shownDiff = null;
                foreach (var mutation in item.Mutations)
                {
                    var from = byId.TryGetValue(mutation.From.ArticleId, out var f) ? ReportNames.Outlet(f.Document) : mutation.From.ArticleId;
                    var to = byId.TryGetValue(mutation.To.ArticleId, out var t) ? ReportNames.Outlet(t.Document) : mutation.To.ArticleId;
                    output.Write($"<li><span class=\"kind mutation\">{E(mutation.Kind.ToString())}</span> {E(from)} → {E(to)}: {E(mutation.Detail)}");
                    if (mutation.Diff.Count > 0 && mutation.Kind != MutationKind.QuoteFabricated && !ReferenceEquals(mutation.Diff, shownDiff))
                    {
                        shownDiff = mutation.Diff;
                        output.Write("<div class=\"diff\">");
                        for (var d = 0; d < mutation.Diff.Count; d++)
                        {
                            var segment = mutation.Diff[d];
                            output.Write(d > 0 ? " " : "");
                            output.Write(segment.Operation switch
                            {
                                DiffOperation.Delete => $"<del>{E(segment.Text)}</del>",
                                DiffOperation.Insert => $"<ins>{E(segment.Text)}</ins>",
                                _ => E(segment.Text),
                            });
                        }
                        output.Write("</div>");
                    }
                    output.Write("</li>\n");
                }
                output.Write("</ul>\n");
            }
            else
            {
                output.Write("<p class=\"meta\">No mutations.</p>\n");
            }
            output.Write("</section>\n");
        }
    }

    private static AlignedMember? FindMember(AlignedItem item, string articleId)
    {
        foreach (var member in item.Members)
        {
            if (string.Equals(member.ArticleId, articleId, StringComparison.Ordinal))
            {
                return member;
            }
        }
        return null;
    }

    private static string Cell(string? text) => string.IsNullOrEmpty(text) ? "—" : E(ReportNames.Excerpt(text, CellLength));
}
