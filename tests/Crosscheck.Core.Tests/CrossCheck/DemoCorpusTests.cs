using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Crosscheck.CrossCheck;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Reports;

namespace Crosscheck.Core.Tests.CrossCheck;

/// <summary>The demo corpus in samples/corpus: its shape, and the whole compare path over it.</summary>
public sealed class DemoCorpusTests
{
    private static string CorpusDirectory([CallerFilePath] string callerPath = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "..", "..", "samples", "corpus"));

    private static List<(Dictionary<string, string> Meta, string Body)> ReadCorpus()
    {
        var files = Directory.GetFiles(CorpusDirectory(), "*.md");
        Array.Sort(files, StringComparer.Ordinal);
        var result = new List<(Dictionary<string, string>, string)>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.StartsWith("---\n", text, StringComparison.Ordinal);
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            Assert.True(end > 0, $"{file} has no closing front matter line");
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in text[4..end].Split('\n'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                meta[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
            result.Add((meta, text[(end + 5)..]));
        }
        return result;
    }

    [Fact]
    public void Corpus_tells_one_story_through_six_outlets_plus_an_unrelated_one()
    {
        // Given / When
        var corpus = ReadCorpus();

        // Then
        Assert.Equal(7, corpus.Count);
        Assert.Equal(7, corpus.Select(c => c.Meta["outlet"]).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(6, corpus.Count(c => c.Body.Contains("Kestrel Bay", StringComparison.Ordinal)));
        foreach (var (meta, body) in corpus)
        {
            Assert.All(new[] { "title", "outlet", "published", "url", "authors" }, key => Assert.False(string.IsNullOrEmpty(meta[key])));
            DateTimeOffset.Parse(meta["published"], CultureInfo.InvariantCulture);
            var words = body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 150, 400);
        }
        var all = string.Concat(corpus.Select(c => c.Body));
        Assert.Contains("«", all, StringComparison.Ordinal);
        Assert.Contains("„", all, StringComparison.Ordinal);
        Assert.Contains("bombshell", all, StringComparison.Ordinal);
        Assert.Contains("as the Daily Ledger reported", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_pipeline_output_compares_and_renders_in_every_format()
    {
        // Given the corpus analysed by whatever stages the default pipeline has today
        var articles = ReadCorpus().Select((c, i) => AnalysisPipeline.Default.Analyze(new Article
        {
            Id = ArticleId.Compute(c.Body, c.Meta["url"]),
            Source = $"samples/corpus/{i}.md",
            Outlet = c.Meta["outlet"],
            Title = c.Meta["title"],
            PublishedAt = DateTimeOffset.Parse(c.Meta["published"], CultureInfo.InvariantCulture),
            Url = c.Meta["url"],
            Text = c.Body,
        })).ToList();

        // When
        var report = Comparer.Compare(articles);

        // Then nothing from the unrelated article aligns, members keep to one per article, and every format renders
        var unrelated = articles[^1].Article.Id;
        Assert.DoesNotContain(report.Alignments, item => item.Members.Any(m => m.ArticleId == unrelated));
        Assert.All(report.Alignments, item => Assert.Equal(item.Members.Count, item.Members.Select(m => m.ArticleId).Distinct().Count()));
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            using var output = new StringWriter();
            ReportWriter.WriteComparison(report, format, output);
            Assert.False(string.IsNullOrWhiteSpace(output.ToString()));
            if (format == ReportFormat.Json)
            {
                using var json = JsonDocument.Parse(output.ToString());
                Assert.Equal(7, json.RootElement.GetProperty("articles").GetArrayLength());
            }
        }
    }
}
