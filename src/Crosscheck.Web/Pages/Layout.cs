using System.Globalization;
using System.Net;
using System.Text;

namespace Crosscheck.Web.Pages;

/// <summary>The page frame every page shares: head, navigation and footer. Every untrusted string goes through <see cref="E"/>.</summary>
internal static class Layout
{
    /// <summary>HTML-encodes text for element content and attribute values alike.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Encodes a path segment for a link.</summary>
    public static string U(string segment) => Uri.EscapeDataString(segment);

    /// <summary>Writes the head, the navigation and the opening of <c>main</c>.</summary>
    public static void Open(StringBuilder page, string title, string active)
    {
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append(" · Crosscheck</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/assets/app.css\">\n")
            .Append("<script src=\"/assets/app.js\" defer></script>\n</head>\n<body>\n")
            .Append("<header class=\"site\"><a class=\"brand\" href=\"/\">Crosscheck</a><nav>");
        NavLink(page, "/", "Stories", active == "stories");
        NavLink(page, "/search", "Search", active == "search");
        NavLink(page, "/quotes", "Quotes", active == "quotes");
        NavLink(page, "/compare", "Compare", active == "compare");
        NavLink(page, "/openapi/v1.json", "API", false);
        page.Append("</nav></header>\n<main>\n");
    }

    /// <summary>Closes <c>main</c> and the document.</summary>
    public static string Close(StringBuilder page) =>
        page.Append("</main>\n<footer class=\"site\">Crosscheck · every finding links to the text it comes from</footer>\n</body>\n</html>\n").ToString();

    /// <summary>A whole error page.</summary>
    public static string ErrorPage(int status, string message)
    {
        var page = new StringBuilder();
        Open(page, status.ToString(CultureInfo.InvariantCulture), "");
        page.Append("<h1>").Append(status).Append("</h1>\n<p>").Append(E(message)).Append("</p>\n<p><a href=\"/\">Back to the stories</a></p>\n");
        return Close(page);
    }

    /// <summary>A date as shown on pages (UTC, minutes), or "undated".</summary>
    public static string Date(DateTimeOffset? value) =>
        value is { } date ? date.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "undated";

    /// <summary>An outlet name, or a stand-in when unknown.</summary>
    public static string Outlet(string? outlet) => string.IsNullOrWhiteSpace(outlet) ? "(unknown outlet)" : outlet;

    private static void NavLink(StringBuilder page, string href, string text, bool active) =>
        page.Append("<a href=\"").Append(href).Append('"').Append(active ? " aria-current=\"page\"" : "").Append('>').Append(text).Append("</a>");
}
