using System.Text;
using Crosscheck.CrossCheck;
using Crosscheck.Pipeline;
using Crosscheck.Reports;
using static Crosscheck.Web.Pages.Layout;

namespace Crosscheck.Web.Pages;

/// <summary>
/// The cross-check of a set of articles: the outlet × item matrix (who carries what, independent origins marked), then
/// each item with its versions, origins and mutations; each mutation is a side-by-side diff shown inside the sentence
/// context of both articles.
/// </summary>
internal static class ComparisonView
{
    /// <summary>Characters of context shown on each side of a version, at most.</summary>
    private const int ContextLength = 160;

    /// <summary>Writes the view; article headers link to article pages when <paramref name="linkArticles"/>.</summary>
    public static void Write(StringBuilder page, ComparisonReport report, bool linkArticles)
    {
        var byId = ReportNames.ById(report.Articles);
        page.Append("<h2 id=\"matrix\">Who carries what</h2>\n");
        if (report.Alignments.Count == 0)
        {
            page.Append("<p>No quote or claim appears in more than one article.</p>\n");
            return;
        }
        page.Append("<p class=\"meta legend\"><span class=\"cell origin\">origin</span> an independent origin · ")
            .Append("<span class=\"cell\">copy</span> copied from another article · <span class=\"cell\">cites</span> cites another article · ")
            .Append("<span class=\"cell absent\">—</span> not carried · <span class=\"mutation\">red</span>: changed in this version</p>\n");
        page.Append("<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th scope=\"col\">Item</th>");
        foreach (var article in report.Articles)
        {
            page.Append("<th scope=\"col\">");
            if (linkArticles)
            {
                page.Append("<a href=\"/articles/").Append(U(article.Article.Id)).Append("\">").Append(E(ReportNames.Outlet(article))).Append("</a>");
            }
            else
            {
                page.Append(E(ReportNames.Outlet(article)));
            }
            page.Append("<br><span class=\"meta\">").Append(E(Date(article.Article.PublishedAt))).Append("</span></th>");
        }
        page.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < report.Alignments.Count; i++)
        {
            var item = report.Alignments[i];
            page.Append("<tr><th scope=\"row\"><a href=\"#item-").Append(i + 1).Append("\">").Append(i + 1).Append("</a> <span class=\"kind\">")
                .Append(ReportNames.Kind(item.Kind)).Append("</span> ").Append(E(ReportNames.Excerpt(item.Members[0].Text, 90)))
                .Append("<br><span class=\"meta origins\">").Append(ReportNames.Count(item.IndependentOrigins, "independent origin")).Append("</span></th>");
            foreach (var article in report.Articles)
            {
                WriteCell(page, item, article.Article.Id);
            }
            page.Append("</tr>\n");
        }
        page.Append("</tbody></table></div>\n");

        var mutations = 0;
        foreach (var item in report.Alignments)
        {
            mutations += item.Mutations.Count;
        }
        page.Append("<h2 id=\"mutations\">Items and mutations</h2>\n<p class=\"meta\">")
            .Append(ReportNames.Count(report.Alignments.Count, "aligned item")).Append(" · ").Append(ReportNames.Count(mutations, "mutation")).Append("</p>\n");
        for (var i = 0; i < report.Alignments.Count; i++)
        {
            WriteItem(page, report.Alignments[i], i + 1, byId, linkArticles);
        }
    }

    private static void WriteCell(StringBuilder page, AlignedItem item, string articleId)
    {
        AlignedMember? member = null;
        foreach (var candidate in item.Members)
        {
            if (string.Equals(candidate.ArticleId, articleId, StringComparison.Ordinal))
            {
                member = candidate;
                break;
            }
        }
        if (member is null)
        {
            page.Append("<td class=\"cell absent\">—</td>");
            return;
        }
        var mark = ReportNames.MatrixMark(item, articleId);
        page.Append(mark[0] == 'O' ? "<td class=\"cell origin\">" : "<td class=\"cell\">")
            .Append(mark[0] switch { 'O' => "origin", 'c' => "copy", _ => "cites" });
        if (ReportNames.Speaker(member) is { } speaker)
        {
            page.Append("<br>").Append(E(speaker));
        }
        if (member.Venue is not null)
        {
            page.Append("<br><span class=\"meta\">").Append(E(member.Venue)).Append("</span>");
        }
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var mutation in item.Mutations)
        {
            if (ReferenceEquals(mutation.To, member))
            {
                kinds.Add(mutation.Kind.ToString());
            }
        }
        foreach (var kind in kinds)
        {
            page.Append("<br><span class=\"mutation\">").Append(E(kind)).Append("</span>");
        }
        page.Append("</td>");
    }

    private static void WriteItem(
        StringBuilder page, AlignedItem item, int number, Dictionary<string, (AnalyzedArticle Document, int Index)> byId, bool linkArticles)
    {
        page.Append("<section class=\"item\" id=\"item-").Append(number).Append("\">\n<h3>").Append(number).Append(". <span class=\"kind\">")
            .Append(ReportNames.Kind(item.Kind)).Append("</span> in ").Append(ReportNames.Count(item.Members.Count, "article")).Append("</h3>\n");
        page.Append("<div class=\"scroll\"><table>\n<thead><tr><th>Outlet</th><th>Published</th><th>Speaker</th><th>Venue</th><th>Modality</th><th>Text</th></tr></thead>\n<tbody>\n");
        foreach (var member in item.Members)
        {
            var (outlet, date) = byId.TryGetValue(member.ArticleId, out var entry)
                ? (ReportNames.Outlet(entry.Document), Date(entry.Document.Article.PublishedAt))
                : (member.ArticleId, "");
            page.Append("<tr><td>");
            if (linkArticles)
            {
                page.Append("<a href=\"/articles/").Append(U(member.ArticleId)).Append("\">").Append(E(outlet)).Append("</a>");
            }
            else
            {
                page.Append(E(outlet));
            }
            page.Append("</td><td>").Append(E(date)).Append("</td><td>").Append(Cell(ReportNames.Speaker(member))).Append("</td><td>").Append(Cell(member.Venue))
                .Append("</td><td>").Append(Cell(member.Modality)).Append("</td><td>").Append(E(member.Text)).Append("</td></tr>\n");
        }
        page.Append("</tbody></table></div>\n");

        if (item.Origins.Count > 0)
        {
            page.Append("<p><strong>").Append(ReportNames.Count(item.IndependentOrigins, "independent origin")).Append("</strong></p>\n<ol class=\"origins\">\n");
            foreach (var line in ReportNames.OriginLines(item, byId))
            {
                page.Append("<li>").Append(E(line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..])).Append("</li>\n");
            }
            page.Append("</ol>\n");
        }
        if (item.Mutations.Count == 0)
        {
            page.Append("<p class=\"meta\">No mutations.</p>\n</section>\n");
            return;
        }
        page.Append("<ul class=\"mutations\">\n");
        // Mutations between the same two versions share one diff: they are listed together above it.
        for (var m = 0; m < item.Mutations.Count;)
        {
            var first = item.Mutations[m];
            var end = m + 1;
            while (end < item.Mutations.Count && ReferenceEquals(item.Mutations[end].From, first.From) && ReferenceEquals(item.Mutations[end].To, first.To))
            {
                end++;
            }
            var from = OutletOf(first.From.ArticleId, byId);
            var to = OutletOf(first.To.ArticleId, byId);
            page.Append("<li class=\"mutation-entry\"><p class=\"mutation-head\">").Append(E(from)).Append(" → ").Append(E(to)).Append("</p>\n<ul class=\"kinds\">");
            for (var k = m; k < end; k++)
            {
                page.Append("<li><span class=\"kind mutation\">").Append(E(item.Mutations[k].Kind.ToString())).Append("</span> ")
                    .Append(E(item.Mutations[k].Detail)).Append("</li>");
            }
            page.Append("</ul>\n<div class=\"diff-pair\">\n");
            WriteSide(page, from, first.From, first.Diff, DiffOperation.Delete, byId);
            WriteSide(page, to, first.To, first.Diff, DiffOperation.Insert, byId);
            page.Append("</div></li>\n");
            m = end;
        }
        page.Append("</ul>\n</section>\n");
    }

    /// <summary>
    /// One side of a diff: the version inside its article's context, with the words only this side has marked
    /// (<c>del</c> on the earlier side, <c>ins</c> on the later), and the speaker and venue this side gives.
    /// </summary>
    private static void WriteSide(
        StringBuilder page, string outlet, AlignedMember member, IReadOnlyList<DiffSegment> diff, DiffOperation own,
        Dictionary<string, (AnalyzedArticle Document, int Index)> byId)
    {
        page.Append("<div class=\"side ").Append(own == DiffOperation.Delete ? "before" : "after").Append("\"><div class=\"side-head\">")
            .Append(E(outlet));
        if (ReportNames.Speaker(member) is { } speaker)
        {
            page.Append(" · speaker ").Append(E(speaker));
        }
        if (member.Venue is not null)
        {
            page.Append(" · venue ").Append(E(member.Venue));
        }
        page.Append("</div><p class=\"context\">");
        var text = byId.TryGetValue(member.ArticleId, out var entry) ? entry.Document.Article.Text : null;
        var span = member.Span;
        var valid = text is not null && span.Start >= 0 && span.End <= text.Length && span.Start <= span.End;
        if (valid)
        {
            page.Append(E(Before(text!, span.Start)));
        }
        page.Append("<mark class=\"version\">");
        WriteVersion(page, member.Text, diff, own);
        page.Append("</mark>");
        if (valid)
        {
            page.Append(E(After(text!, span.End)));
        }
        page.Append("</p></div>\n");
    }

    /// <summary>
    /// The version's own text with the words only this side has wrapped in <c>del</c> or <c>ins</c>. The diff lists
    /// words without their punctuation, so each run is found again in the text and the text between runs (commas,
    /// quotation marks) is kept as written; when a word cannot be found the diff's words are shown instead.
    /// </summary>
    private static void WriteVersion(StringBuilder page, string text, IReadOnlyList<DiffSegment> diff, DiffOperation own)
    {
        var html = new StringBuilder(text.Length + 64);
        var cursor = 0;
        foreach (var segment in diff)
        {
            if (segment.Operation != DiffOperation.Equal && segment.Operation != own)
            {
                continue;
            }
            var start = -1;
            var end = cursor;
            foreach (var word in segment.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var at = text.IndexOf(word, end, StringComparison.Ordinal);
                if (at < 0)
                {
                    WriteDiffWords(page, diff, own);
                    return;
                }
                start = start < 0 ? at : start;
                end = at + word.Length;
            }
            if (start < 0)
            {
                continue;
            }
            html.Append(E(text[cursor..start]));
            html.Append(Marked(segment.Operation, text[start..end]));
            cursor = end;
        }
        if (diff.Count == 0 && cursor == 0)
        {
            page.Append(E(text));
            return;
        }
        html.Append(E(text[cursor..]));
        page.Append(html);
    }

    private static void WriteDiffWords(StringBuilder page, IReadOnlyList<DiffSegment> diff, DiffOperation own)
    {
        var first = true;
        foreach (var segment in diff)
        {
            if (segment.Operation != DiffOperation.Equal && segment.Operation != own)
            {
                continue;
            }
            page.Append(first ? "" : " ");
            first = false;
            page.Append(Marked(segment.Operation, segment.Text));
        }
    }

    /// <summary>Encoded text, wrapped in <c>del</c> or <c>ins</c> when only one side has it.</summary>
    private static string Marked(DiffOperation operation, string text) => operation switch
    {
        DiffOperation.Delete => $"<del>{E(text)}</del>",
        DiffOperation.Insert => $"<ins>{E(text)}</ins>",
        _ => E(text),
    };

    // Context runs back to the start of the paragraph, at most ContextLength characters, cut at a word boundary.
    private static string Before(string text, int start)
    {
        if (start == 0)
        {
            return "";
        }
        var from = Math.Max(0, start - ContextLength);
        var paragraph = text.LastIndexOf('\n', Math.Max(0, start - 1), start - from);
        if (paragraph >= 0)
        {
            return text[(paragraph + 1)..start];
        }
        if (from == 0)
        {
            return text[..start];
        }
        var space = text.IndexOf(' ', from, start - from);
        return space < 0 ? "" : "… " + text[(space + 1)..start];
    }

    private static string After(string text, int end)
    {
        if (end >= text.Length)
        {
            return "";
        }
        var to = Math.Min(text.Length, end + ContextLength);
        var paragraph = text.IndexOf('\n', end, to - end);
        if (paragraph >= 0)
        {
            return text[end..paragraph];
        }
        if (to == text.Length)
        {
            return text[end..];
        }
        var space = text.LastIndexOf(' ', to - 1, to - end);
        return space < 0 ? "" : text[end..space] + " …";
    }

    private static string OutletOf(string articleId, Dictionary<string, (AnalyzedArticle Document, int Index)> byId) =>
        byId.TryGetValue(articleId, out var entry) ? ReportNames.Outlet(entry.Document) : articleId;

    private static string Cell(string? text) => string.IsNullOrEmpty(text) ? "—" : E(text);
}
