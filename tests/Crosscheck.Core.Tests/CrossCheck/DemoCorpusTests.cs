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

    private static List<AnalyzedArticle> AnalyzeCorpus() => [.. ReadCorpus().Select((c, i) => AnalysisPipeline.Default.Analyze(new Article
    {
        Id = ArticleId.Compute(c.Body, c.Meta["url"]),
        Source = $"samples/corpus/{i}.md",
        Outlet = c.Meta["outlet"],
        Title = c.Meta["title"],
        PublishedAt = DateTimeOffset.Parse(c.Meta["published"], CultureInfo.InvariantCulture),
        Url = c.Meta["url"],
        Text = c.Body,
    }))];

    [Fact]
    public void Shows_the_planted_mutations_with_wire_and_syndicated_copies_as_one_origin()
    {
        // Given the six story articles
        var articles = AnalyzeCorpus();
        var outletOf = articles.ToDictionary(a => a.Article.Id, a => a.Article.Outlet);

        // When
        var report = Comparer.Compare(articles[..6]);

        // Then the Evening Blaze's planted changes are reported against it
        bool Has(MutationKind kind, string textPart) => report.Alignments.Any(item =>
            item.Members[0].Text.Contains(textPart, StringComparison.Ordinal)
            && item.Mutations.Any(m => m.Kind == kind && outletOf[m.To.ArticleId] == "The Evening Blaze" && m.Diff.Count > 0));
        Assert.True(Has(MutationKind.SpeakerChanged, "lowest bidder"), "speaker changed");
        Assert.True(Has(MutationKind.VenueChanged, "two years to fix this"), "venue changed");
        Assert.True(Has(MutationKind.HedgeRemoved, "northern quay"), "hedge removed");
        Assert.True(Has(MutationKind.SpeculationAsFact, "northern quay"), "speculation as fact");
        Assert.True(Has(MutationKind.NumberChanged, "40 million"), "number changed");
        Assert.Contains(report.Alignments, item => item.Mutations.Any(m =>
            m.Kind == MutationKind.WordingDrift && outletOf[m.To.ArticleId] == "Continental Review"));

        // and the Ledger, the wire that cites it and the syndicated copy of the wire are one origin
        var twoYears = report.Alignments.First(item => item.Kind == AlignedItemKind.Quote && item.Members[0].Text.Contains("two years", StringComparison.Ordinal));
        Assert.Equal(2, twoYears.IndependentOrigins);
        // (The Ledger's “…,” Marenko told the Daily Ledger. “…two years…” is one quote, so the Continental Review's
        // version of its first half, also credited to the Ledger, joins that origin.)
        Assert.Equal(["The Daily Ledger", "Meridian Press Agency", "Coastline Herald", "Continental Review"],
            twoYears.Origins[0].Members.Select(m => outletOf[m.ArticleId]));
        Assert.Contains(report.Provenance.Links, l => l.Relation == ProvenanceRelation.CopyOf
            && outletOf[l.ArticleId] == "Coastline Herald" && outletOf[l.SourceId] == "Meridian Press Agency");
        Assert.DoesNotContain(report.Alignments, item => item.Mutations.Any(m =>
            outletOf[m.To.ArticleId] == "Coastline Herald" && outletOf[m.From.ArticleId] == "Meridian Press Agency"));
    }

    [Fact]
    public void Default_pipeline_output_compares_and_renders_in_every_format()
    {
        // Given the corpus analysed by whatever stages the default pipeline has today
        var articles = AnalyzeCorpus();

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
