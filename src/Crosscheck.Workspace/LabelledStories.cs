using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscheck.Stories;

namespace Crosscheck.Workspace;

/// <summary>Articles with a gold story id, read from JSONL in one of the formats <c>crosscheck eval stories</c> accepts.</summary>
/// <param name="Articles">The articles in file order.</param>
/// <param name="Gold">The gold story of each article (dense numbers).</param>
/// <param name="Format">Which layout the file had.</param>
public sealed record LabelledStories(IReadOnlyList<StoryInput> Articles, IReadOnlyList<int> Gold, string Format)
{
    /// <summary>
    /// Reads <paramref name="path"/>. Three layouts are recognised per line: headline clusters
    /// (<c>{"Id","clusterNo","textCleaned"}</c>, GSDMM/MStream), story pages with articles by side
    /// (<c>{"id","date","news":{"left":{"newsSource","newsTitle","newBody":[...]},...}}</c>, one article per side, all
    /// taking the page's date), and plain records (<c>{"id","story","title","text","outlet","date"}</c>).
    /// </summary>
    /// <exception cref="InvalidDataException">A line is not one of the layouts.</exception>
    public static LabelledStories Read(string path)
    {
        var articles = new List<StoryInput>();
        var gold = new List<int>();
        var goldIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var format = "";
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("clusterNo", out var cluster))
            {
                format = "headline-clusters";
                Add(new StoryInput(Text(root, "Id") ?? lineNumber.ToString(CultureInfo.InvariantCulture), Text(root, "textCleaned") ?? "", ""),
                    cluster.ToString());
            }
            else if (root.TryGetProperty("news", out var news) && news.ValueKind == JsonValueKind.Object)
            {
                format = "story-pages";
                var storyId = root.GetProperty("id").ToString();
                var date = Date(root, "date");
                foreach (var side in news.EnumerateObject())
                {
                    var item = side.Value;
                    var body = new StringBuilder();
                    if (item.TryGetProperty("newBody", out var paragraphs) && paragraphs.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var paragraph in paragraphs.EnumerateArray())
                        {
                            body.Append(paragraph.GetString()).Append("\n\n");
                        }
                    }
                    Add(new StoryInput($"{storyId}/{side.Name}", Text(item, "newsTitle") ?? "", body.ToString(), Text(item, "newsSource") ?? "", date),
                        storyId);
                }
            }
            else if (root.TryGetProperty("story", out var story))
            {
                format = "records";
                Add(new StoryInput(
                        Text(root, "id") ?? lineNumber.ToString(CultureInfo.InvariantCulture), Text(root, "title") ?? "",
                        Text(root, "text") ?? "", Text(root, "outlet") ?? "", Date(root, "date")),
                    story.ToString());
            }
            else
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected a gold story id (\"clusterNo\", \"news\" or \"story\").");
            }
        }
        return new LabelledStories(articles, gold, format);

        void Add(StoryInput article, string goldId)
        {
            if (!goldIds.TryGetValue(goldId, out var number))
            {
                goldIds[goldId] = number = goldIds.Count;
            }
            articles.Add(article);
            gold.Add(number);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Date(JsonElement element, string name) =>
        Text(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
