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
        $"{Count(document.Mentions.Count, "entity")} · {Count(document.Quotes.Count, "quote")} · " +
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
}
