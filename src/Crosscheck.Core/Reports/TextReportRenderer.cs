using System.Text;
using Crosscheck.Attribution;
using Crosscheck.CrossCheck;
using Crosscheck.Pipeline;

namespace Crosscheck.Reports;

/// <summary>
/// Writes a plain-text summary for a terminal, at most <see cref="Width"/> columns: per article its counts and quotes;
/// for comparisons, each aligned item with its versions side by side (outlet, speaker, venue, modality, excerpt) and
/// its mutations.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class TextReportRenderer : IReportRenderer
{
    /// <summary>The widest line written.</summary>
    public const int Width = 100;

    private const int OutletColumn = 19;
    private const int SpeakerColumn = 16;
    private const int VenueColumn = 14;
    private const int ModalityColumn = 12;

    /// <summary>The shared instance.</summary>
    public static TextReportRenderer Instance { get; } = new();

    /// <inheritdoc/>
    public void WriteAnalyses(IReadOnlyList<AnalyzedArticle> articles, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(output);
        for (var i = 0; i < articles.Count; i++)
        {
            if (i > 0)
            {
                output.Write('\n');
            }
            WriteArticle(articles[i], i + 1, output);
        }
    }

    /// <inheritdoc/>
    public void WriteComparison(ComparisonReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        WriteAnalyses(report.Articles, output);
        output.Write('\n');
        var byId = ReportNames.ById(report.Articles);
        Line(output, $"ALIGNED ITEMS ({report.Alignments.Count})");
        Line(output, new string('=', Math.Min(Width, 20)));
        if (report.Alignments.Count == 0)
        {
            Line(output, "No quote or claim appears in more than one article.");
            return;
        }
        for (var i = 0; i < report.Alignments.Count; i++)
        {
            var item = report.Alignments[i];
            output.Write('\n');
            Wrap(output, $"[{i + 1}] {ReportNames.Kind(item.Kind)} in {ReportNames.Count(item.Members.Count, "article")}: “{ReportNames.Excerpt(Flat(item.Members[0].Text), 150)}”", "    ");
            var header = "  " + Pad("outlet", OutletColumn) + Pad("speaker", SpeakerColumn) + Pad("venue", VenueColumn)
                + Pad("modality", ModalityColumn) + "text";
            Line(output, header);
            foreach (var member in item.Members)
            {
                var outlet = byId.TryGetValue(member.ArticleId, out var entry) ? ReportNames.Outlet(entry.Document) : member.ArticleId;
                var row = "  " + Pad(outlet, OutletColumn) + Pad(ReportNames.Speaker(member) ?? "-", SpeakerColumn)
                    + Pad(member.Venue ?? "-", VenueColumn) + Pad(member.Modality ?? "-", ModalityColumn);
                Line(output, row + ReportNames.Excerpt(member.Text, Width - row.Length));
            }
            if (item.Origins.Count > 0)
            {
                Line(output, $"  independent origins: {item.IndependentOrigins}");
                foreach (var origin in ReportNames.OriginLines(item, byId))
                {
                    Wrap(output, "    " + origin, "      ");
                }
            }
            if (item.Mutations.Count > 0)
            {
                Line(output, "  mutations:");
                // Mutations of one pair of versions share one diff: show it once, under the first.
                IReadOnlyList<DiffSegment>? shownDiff = null;
                foreach (var mutation in item.Mutations)
                {
                    var from = byId.TryGetValue(mutation.From.ArticleId, out var f) ? ReportNames.Outlet(f.Document) : mutation.From.ArticleId;
                    var to = byId.TryGetValue(mutation.To.ArticleId, out var t) ? ReportNames.Outlet(t.Document) : mutation.To.ArticleId;
                    Wrap(output, $"    {mutation.Kind} ({from} → {to}): {mutation.Detail}", "      ");
                    if (mutation.Diff.Count > 0 && mutation.Kind != MutationKind.QuoteFabricated && !ReferenceEquals(mutation.Diff, shownDiff))
                    {
                        shownDiff = mutation.Diff;
                        Wrap(output, "      diff: " + Flat(ReportNames.PlainDiff(mutation.Diff)), "        ");
                    }
                }
            }
        }
        WriteMatrix(report, output);
    }

    /// <summary>
    /// Outlet × item: one row per item, one column per article; "O" an independent origin, "c" a copy, "r" a member
    /// that cites another, "-" absent, and "*" after a member that mutated.
    /// </summary>
    private static void WriteMatrix(ComparisonReport report, TextWriter output)
    {
        const int Cell = 6;
        output.Write('\n');
        Line(output, "OUTLET × ITEM (O independent origin, c copy, r cites a source, * mutated, - absent)");
        var header = new StringBuilder("  item ");
        for (var a = 0; a < report.Articles.Count && header.Length + Cell <= Width; a++)
        {
            header.Append(Pad($"#{a + 1}", Cell));
        }
        Line(output, header.ToString().TrimEnd());
        for (var i = 0; i < report.Alignments.Count; i++)
        {
            var item = report.Alignments[i];
            var row = new StringBuilder("  " + Pad($"[{i + 1}]", 5));
            for (var a = 0; a < report.Articles.Count && row.Length + Cell <= Width; a++)
            {
                row.Append(Pad(ReportNames.MatrixMark(item, report.Articles[a].Article.Id), Cell));
            }
            Line(output, row.ToString().TrimEnd());
        }
        var legend = new List<string>(report.Articles.Count);
        for (var a = 0; a < report.Articles.Count; a++)
        {
            legend.Add($"#{a + 1} {ReportNames.Outlet(report.Articles[a])}");
        }
        Wrap(output, "  " + string.Join(" · ", legend), "  ");
    }

    private static void WriteArticle(AnalyzedArticle document, int number, TextWriter output)
    {
        var article = document.Article;
        Wrap(output, $"{number}. {ReportNames.Outlet(document)} — {Flat(ReportNames.Title(document))}", "   ");
        Wrap(output, $"   {ReportNames.DisplayDate(article.PublishedAt)} · {article.Source}", "   ");
        Line(output, $"   {ReportNames.Counts(document)}");
        foreach (var quote in document.Quotes)
        {
            if (!ReportNames.Shown(quote))
            {
                continue;
            }
            var cue = quote.Cue ?? ReportNames.Kind(quote.Kind);
            // A cue that reports a belief, intent or act says so, so that "ordered" is not read as words said.
            cue = quote.Reports == Reported.Speech ? cue : $"{cue}: {ReportNames.Reported(quote.Reports)}";
            var context = quote.Venue is null ? cue : $"{cue}, {quote.Venue}";
            Wrap(output, $"   - {ReportNames.Speaker(quote) ?? "(unknown)"}: “{ReportNames.Excerpt(Flat(quote.Text), 300)}” [{Flat(context)}]", "     ");
        }
    }

    /// <summary>Writes <paramref name="text"/> folded to <see cref="Width"/> at spaces; later lines get <paramref name="indent"/>.</summary>
    private static void Wrap(TextWriter output, string text, string indent)
    {
        var line = text;
        var first = true;
        while (true)
        {
            var prefix = first ? "" : indent;
            var room = Width - prefix.Length;
            if (line.Length <= room)
            {
                Line(output, prefix + line);
                return;
            }
            var cut = line.LastIndexOf(' ', room);
            if (cut <= room / 3)
            {
                cut = room;
            }
            Line(output, prefix + line[..cut].TrimEnd());
            line = line[cut..].TrimStart();
            first = false;
        }
    }

    private static void Line(TextWriter output, string text)
    {
        output.Write(text.Length > Width ? text[..Width] : text);
        output.Write('\n');
    }

    private static string Pad(string text, int width)
    {
        var flat = Flat(text);
        var cell = flat.Length < width ? flat : ReportNames.Excerpt(flat, width - 2);
        return cell.PadRight(width);
    }

    /// <summary>One line of plain text: whitespace folded, control characters dropped.</summary>
    private static string Flat(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
