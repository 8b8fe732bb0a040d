using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Crosscheck.Cli.Tests;

public sealed class EvalExtractionShingleTests
{
    private const string Story = "The harbour office of Port Elmsley confirmed the new ferry timetable on Monday after weeks of talks.";
    private const string Second = "Mayor Ilse Varga opened the rebuilt footbridge over the Calder river to cheers from residents.";

    [Fact]
    public async Task Scores_gold_article_bodies_with_shingles_and_reads_gzipped_pages()
    {
        // Given: ScrapingHub's layout, one page gzipped, one plain and partly extracted, one missing from disk
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "html"));
        var page = $"<html><head><title>Ferry</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><p>{Story}</p></article><footer>Contact the newsroom</footer></body></html>";
        using (var file = File.Create(Path.Combine(dir.Path, "html", "p1.html.gz")))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(page));
        }
        File.WriteAllText(Path.Combine(dir.Path, "html", "p2.html"), $"<html><body><article><p>{Second}</p></article></body></html>");
        var gold = new Dictionary<string, object>
        {
            ["p1"] = new Dictionary<string, string> { ["articleBody"] = Story },
            // The gold text of p2 goes on for six words the page does not have: 12 of its 18 shingles are found.
            ["p2"] = new Dictionary<string, string> { ["articleBody"] = Second + " The bridge cost two million euros." },
            ["p3"] = new Dictionary<string, string> { ["articleBody"] = "A page whose file is missing counts as extracting nothing." },
        };
        File.WriteAllText(Path.Combine(dir.Path, "ground-truth.json"), JsonSerializer.Serialize(gold));

        // When
        var (exitCode, output, _) = await CliRun.RunAsync("eval", "extraction", "--data", dir.Path, "--format", "json", "--details");

        // Then: precision 1 over the two pages that extracted something; recall (1 + 12/18 + 0) / 3
        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("shingles-4", root.GetProperty("metric").GetString());
        Assert.Equal(3, root.GetProperty("pages").GetInt32());
        Assert.Equal(1.0, root.GetProperty("precision").GetDouble());
        Assert.Equal(0.5556, root.GetProperty("recall").GetDouble());
        Assert.Equal(1, root.GetProperty("failed").GetInt32());
        var details = root.GetProperty("details");
        Assert.Equal(2, details.GetArrayLength());
        Assert.Equal("p3", details[0].GetProperty("id").GetString());
        Assert.Equal("p2", details[1].GetProperty("id").GetString());
    }
}
