using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Crosscheck.Ingest.Html;

/// <summary>Decides which elements are page furniture rather than article text: by tag, role, visibility and class/id words.</summary>
internal static class Boilerplate
{
    private static readonly FrozenSet<string> Tags = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select",
        "input", "textarea", "label", "iframe", "object", "embed", "svg", "canvas", "math", "figure", "figcaption",
        "img", "picture", "video", "audio", "source", "track", "map", "menu", "dialog", "head", "title", "meta", "link");

    private static readonly FrozenSet<string> Roles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar");

    // Whole words of class and id values ("related-stories", "cookieBanner"); whole words keep "commentary" and
    // "shared" out.
    private static readonly FrozenSet<string> Words = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "cookie", "cookies", "consent", "gdpr", "related", "comment", "comments", "disqus", "share", "sharing", "social",
        "newsletter", "newsletters", "subscribe", "subscription", "promo", "promotion", "advert", "advertisement", "ad",
        "ads", "sponsored", "sidebar", "breadcrumb", "breadcrumbs", "popup", "modal", "nav", "navbar", "navigation",
        "menu", "footer", "masthead", "outbrain", "taboola", "recommended", "recommendations", "toolbar", "signup",
        "banner", "sr", "visually", "byline", "caption", "credit", "credits");

    /// <summary>Whether <paramref name="element"/> and everything inside it should be left out of the article text.</summary>
    public static bool IsBoilerplate(IElement element)
    {
        if (Tags.Contains(element.LocalName))
        {
            return true;
        }
        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute("role") is { } role && Roles.Contains(role.Trim()))
            || HidesByStyle(element.GetAttribute("style")))
        {
            return true;
        }
        return HasWord(element.GetAttribute("class")) || HasWord(element.Id);
    }

    /// <summary>Whether <paramref name="element"/> or one of its ancestors is boilerplate.</summary>
    public static bool IsInBoilerplate(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.LocalName is "body" or "html")
            {
                return false;
            }
            if (IsBoilerplate(current))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HidesByStyle(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    // Splits on non-alphanumerics and lower-to-upper case changes, and looks each word up without allocating.
    private static bool HasWord(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = value.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var boundary = i == span.Length
                || !char.IsLetterOrDigit(span[i])
                || (start >= 0 && char.IsUpper(span[i]) && i > 0 && char.IsLower(span[i - 1]));
            if (boundary && start >= 0)
            {
                if (lookup.Contains(span[start..i]))
                {
                    return true;
                }
                start = -1;
            }
            if (i < span.Length && char.IsLetterOrDigit(span[i]) && start < 0)
            {
                start = i;
            }
        }
        return false;
    }
}
