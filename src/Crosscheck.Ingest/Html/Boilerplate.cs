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

    private const int Furniture = 1;
    private const int Layout = 2;
    private const int Content = 4;
    private const int Author = 8;
    private const int AuthorBox = 16;

    // One table for all class/id word lists, so a value is split once (whole words: "commentary" and "shared" are not
    // "comment" and "share").
    private static readonly FrozenDictionary<string, int> ClassWordTable = ClassWords.Table(
        // These mark furniture wherever they appear ("related-stories", "cookieBanner").
        (Furniture,
        [
            "cookie", "cookies", "consent", "gdpr", "related", "comment", "comments", "disqus", "share", "sharing",
            "social", "newsletter", "newsletters", "subscribe", "promo", "advert", "advertisement", "ad", "ads",
            "sponsored", "breadcrumb", "breadcrumbs", "popup", "modal", "outbrain", "taboola", "recommended",
            "recommendations", "signup", "sr", "visually", "byline", "caption", "credit", "credits", "bio", "tags",
            "donate", "donation", "cta",
        ]),
        // Layout words that themes also put on the wrapper of the whole article ("article sticky-sidebar-parent",
        // "main-content has-footer"): they mark furniture only when no content word stands beside them.
        (Layout,
        [
            "sidebar", "nav", "navbar", "navigation", "menu", "footer", "masthead", "toolbar", "banner", "subscription",
            "promotion",
        ]),
        (Content, ["article", "content", "body", "main", "story", "post", "entry", "text"]),
        // "author" alone also names bylines and the author's own article lists; beside one of these it names the box
        // about the writer ("author-box", "author-card", "vcard author about-tab", "contributor-info").
        (Author, ["author", "authors", "contributor", "writer"]),
        (AuthorBox, ["box", "card", "about", "profile", "info", "details", "description"]));

    /// <summary>Whether <paramref name="element"/> and everything inside it should be left out of the article text.</summary>
    /// <param name="element">The element.</param>
    /// <param name="rules">The optional rules of this pass.</param>
    public static bool IsBoilerplate(IElement element, PruneRules rules)
    {
        var name = element.LocalName;
        if (Tags.Contains(name))
        {
            return name switch
            {
                "noscript" => !rules.KeepNoscript,
                "form" => !WrapsPage(element),
                _ => true,
            };
        }
        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute("role") is { } role && Roles.Contains(role.Trim()))
            || HidesByStyle(element.GetAttribute("style")))
        {
            return true;
        }
        return rules.ByClassName && (IsFurnitureName(element.GetAttribute("class")) || IsFurnitureName(element.Id));
    }

    /// <summary>Whether <paramref name="element"/> and everything inside it should be left out, with the first pass's rules.</summary>
    public static bool IsBoilerplate(IElement element) => IsBoilerplate(element, PruneRules.Default);

    // ASP.NET WebForms and some shop systems wrap the whole page in one <form>; such a form holds the page's
    // headline or article, which a search box, sign-up or comment form never does.
    private static bool WrapsPage(IElement form) =>
        form.QuerySelector("article, main, h1, [itemprop=articleBody]") is not null;

    private static bool IsFurnitureName(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        var flags = ClassWords.Flags(value, ClassWordTable);
        return (flags & Furniture) != 0
            || ((flags & (Layout | Content)) == Layout)
            || ((flags & (Author | AuthorBox)) == (Author | AuthorBox));
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
}
