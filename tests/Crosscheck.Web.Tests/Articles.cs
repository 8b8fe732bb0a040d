using System.Text.Json;

namespace Crosscheck.Web.Tests;

/// <summary>Fictional articles for the tests: one report, a rewrite of it, and one hostile page.</summary>
internal static class Articles
{
    public const string Report =
        "Water board chair Mirela Kostic will raise tariffs by 4 percent in April, she said on Monday.\n\n" +
        "\u201CWe have postponed this for three years and the pipes cannot wait,\u201D Kostic told the Lindenfeld Post. " +
        "The board may also delay the new reservoir, according to two council members.";

    public const string Rewrite =
        "Water board chair Mirela Kostic will raise tariffs by 40 percent in April, she said on Monday.\n\n" +
        "\u201CWe have postponed this for three years and the pipes cannot wait,\u201D Kostic told the Evening Dispatch. " +
        "The board will delay the new reservoir, according to two council members.";

    public const string Hostile =
        "Ferry operator Jonas Brell said on Friday that <script>document.title='owned'</script> the timetable will change. " +
        "<img src=x onerror=\"alert(1)\"> Passengers were told to check the notice board.";

    public static string Json(string title, string outlet, string publishedAt, string text) =>
        JsonSerializer.Serialize(new { title, outlet, publishedAt, text });
}
