using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.CrossCheck;
using Crosscheck.Entities;
using Crosscheck.Pipeline;

namespace Crosscheck.Reports;

/// <summary>The wire and display names every renderer shares, so that formats agree with each other.</summary>
internal static class ReportNames
{
    public static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Outlet => "outlet",
        EntityKind.Place => "place",
        EntityKind.Group => "group",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Kind(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        QuoteKind.Mixed => "mixed",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The speaker as a report shows it: "Ana Marenko (via Daily Ledger)" for a relayed quote (<see cref="Quote.RelayedBy"/>),
    /// else the speaker; null when unknown.
    /// </summary>
    public static string? Speaker(Quote quote) =>
        quote.RelayedBy is { } relay ? $"{quote.Speaker ?? "(unknown)"} (via {relay})" : quote.Speaker;

    /// <summary>An aligned version's speaker as a report shows it: "Marenko (via Daily Ledger)" when relayed.</summary>
    public static string? Speaker(AlignedMember member) =>
        member.RelayedBy is { } relay ? $"{member.Speaker ?? "(unknown)"} (via {relay})" : member.Speaker;

    /// <summary>
    /// Whether a report lists the quote: all but a relation that only relays another quote (<see cref="Quote.Relays"/>),
    /// which the relayed quote stands for, so a reader sees one quote per statement.
    /// </summary>
    public static bool Shown(Quote quote) => !quote.Relays;

    /// <summary>How many of the article's quotes a report lists (<see cref="Shown"/>).</summary>
    public static int ShownQuotes(AnalyzedArticle document)
    {
        var count = 0;
        foreach (var quote in document.Quotes)
        {
            count += Shown(quote) ? 1 : 0;
        }
        return count;
    }

    /// <summary>"indirect", or "indirect, act" when the quote reports something other than speech.</summary>
    public static string KindAndReports(Quote quote) =>
        quote.Reports == Attribution.Reported.Speech ? Kind(quote.Kind) : $"{Kind(quote.Kind)}, {Reported(quote.Reports)}";

    public static string Reported(Reported reported) => reported switch
    {
        Attribution.Reported.Speech => "speech",
        Attribution.Reported.Belief => "belief",
        Attribution.Reported.Intent => "intent",
        Attribution.Reported.Act => "act",
        _ => reported.ToString().ToLowerInvariant(),
    };

    public static string Kind(AlignedItemKind kind) => kind == AlignedItemKind.Quote ? "quote" : "claim";

    public static string Name(Modality modality) => ComparisonUnit.ModalityName(modality);

    public static string Name(ClaimVoice voice) => voice switch
    {
        ClaimVoice.Outlet => "outlet",
        ClaimVoice.Quoted => "quoted",
        ClaimVoice.Cited => "cited",
        _ => voice.ToString().ToLowerInvariant(),
    };

    public static string Name(MentionForm form) => form.ToString().ToLowerInvariant();

    /// <summary>ISO 8601 in UTC with a Z ("2026-03-14T09:30:00Z").</summary>
    public static string? IsoDate(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A short human date ("2026-03-14 09:30 UTC"), or "undated".</summary>
    public static string DisplayDate(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>"1 quote", "2 quotes".</summary>
    public static string Count(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {(noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s")}";

    /// <summary>The counts line shared by the renderers ("2 entities · 1 quote · ...").</summary>
    public static string Counts(AnalyzedArticle document) =>
        $"{Count(document.Mentions.Count, "entity")} · {Count(ShownQuotes(document), "quote")} · " +
        $"{Count(document.Citations.Count, "citation")} · {Count(document.Claims.Count, "claim")} · " +
        $"{Count(document.Signals.Count, "signal")} · sensationalism {Score(document.Scores.Sensationalism)}";

    /// <summary>A number with at most two decimals, invariant culture.</summary>
    public static string Score(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>What to call an article in a table: its outlet, else its title, else its file name.</summary>
    public static string Outlet(AnalyzedArticle document)
    {
        var article = document.Article;
        if (!string.IsNullOrWhiteSpace(article.Outlet))
        {
            return article.Outlet;
        }
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            return article.Title;
        }
        var name = Path.GetFileName(article.Source);
        return string.IsNullOrEmpty(name) ? article.Source : name;
    }

    /// <summary>The headline, else the source.</summary>
    public static string Title(AnalyzedArticle document) =>
        string.IsNullOrWhiteSpace(document.Article.Title) ? document.Article.Source : document.Article.Title;

    /// <summary>Whitespace runs folded to one space, cut at <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Excerpt(string text, int max)
    {
        var folded = new System.Text.StringBuilder(Math.Min(text.Length, max + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }
            if (space)
            {
                folded.Append(' ');
                space = false;
            }
            folded.Append(c);
            if (folded.Length > max)
            {
                break;
            }
        }
        if (folded.Length <= max)
        {
            return folded.ToString();
        }
        var cut = max - 1;
        if (char.IsHighSurrogate(folded[cut - 1]))
        {
            cut--;
        }
        return folded.ToString(0, cut).TrimEnd() + "…";
    }

    /// <summary>Maps article ids to their analyses and input positions.</summary>
    public static Dictionary<string, (AnalyzedArticle Document, int Index)> ById(IReadOnlyList<AnalyzedArticle> articles)
    {
        var map = new Dictionary<string, (AnalyzedArticle, int)>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            map.TryAdd(articles[i].Article.Id, (articles[i], i));
        }
        return map;
    }

    /// <summary>The outlet of an article id, or for an outside source its name.</summary>
    public static string SourceName(string id, Dictionary<string, (AnalyzedArticle Document, int Index)> byId) =>
        byId.TryGetValue(id, out var entry) ? Outlet(entry.Document)
        : id.StartsWith(ProvenanceLink.OutletPrefix, StringComparison.Ordinal) ? id[ProvenanceLink.OutletPrefix.Length..]
        : id;

    /// <summary>"Coastline Herald ← copy of Meridian Press Agency ← cites The Daily Ledger".</summary>
    public static string PathText(MemberPath path, Dictionary<string, (AnalyzedArticle Document, int Index)> byId)
    {
        var builder = new System.Text.StringBuilder(SourceName(path.ArticleId, byId));
        foreach (var step in path.Steps)
        {
            builder.Append(step.Relation == ProvenanceRelation.CopyOf ? " ← copy of " : " ← cites ").Append(SourceName(step.SourceId, byId));
        }
        return builder.ToString();
    }

    /// <summary>One line per origin: "1. The Daily Ledger: The Daily Ledger; Coastline Herald ← copy of ...".</summary>
    public static List<string> OriginLines(AlignedItem item, Dictionary<string, (AnalyzedArticle Document, int Index)> byId)
    {
        var lines = new List<string>(item.Origins.Count);
        for (var k = 0; k < item.Origins.Count; k++)
        {
            var origin = item.Origins[k];
            var paths = new List<string>(origin.Members.Count);
            foreach (var member in origin.Members)
            {
                paths.Add(PathText(member, byId));
            }
            lines.Add($"{k + 1}. {origin.Source}: {string.Join("; ", paths)}");
        }
        return lines;
    }

    /// <summary>The diff in plain text: deleted words as [-old-], inserted ones as {+new+}.</summary>
    public static string PlainDiff(IReadOnlyList<DiffSegment> diff)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var segment in diff)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(segment.Operation switch
            {
                DiffOperation.Delete => $"[-{segment.Text}-]",
                DiffOperation.Insert => $"{{+{segment.Text}+}}",
                _ => segment.Text,
            });
        }
        return builder.ToString();
    }

    /// <summary>The name of a diff operation in the JSON contract.</summary>
    public static string Name(DiffOperation operation) => operation switch
    {
        DiffOperation.Insert => "insert",
        DiffOperation.Delete => "delete",
        _ => "equal",
    };

    /// <summary>
    /// An article's mark in the outlet × item matrix: "O" independent origin, "c" copy, "r" cites a source, "-" absent,
    /// with "*" when its version mutated.
    /// </summary>
    public static string MatrixMark(AlignedItem item, string articleId)
    {
        var present = false;
        foreach (var member in item.Members)
        {
            present |= string.Equals(member.ArticleId, articleId, StringComparison.Ordinal);
        }
        if (!present)
        {
            return "-";
        }
        var mark = "O";
        foreach (var origin in item.Origins)
        {
            foreach (var path in origin.Members)
            {
                if (string.Equals(path.ArticleId, articleId, StringComparison.Ordinal) && path.Steps.Count > 0)
                {
                    mark = path.Steps[0].Relation == ProvenanceRelation.CopyOf ? "c" : "r";
                }
            }
        }
        foreach (var mutation in item.Mutations)
        {
            if (string.Equals(mutation.To.ArticleId, articleId, StringComparison.Ordinal))
            {
                return mark + "*";
            }
        }
        return mark;
    }
}
