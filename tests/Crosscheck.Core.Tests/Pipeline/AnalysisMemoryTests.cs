using System.Runtime.CompilerServices;
using System.Text;
using Crosscheck.Documents;
using Crosscheck.Pipeline;

namespace Crosscheck.Core.Tests.Pipeline;

/// <summary>Issue 3's memory rule: analysing one article allocates in proportion to its text and keeps nothing.</summary>
public sealed class AnalysisMemoryTests
{
    private static readonly string[] Paragraphs =
    [
        "Harbour Minister Ilse Varga said on Monday that the Calder Bay ferry tender would be delayed until {0}, the third delay this year.",
        "“We need more time to review the {0} bids,” said Tomas Reyd, director of the port authority, in an interview with the Westmarsh Courier.",
        "According to documents seen by the Courier, two operators may have offered fares {0} percent below the current ones, three officials said.",
        "The council is expected to vote next week. Critics called the delay a shocking betrayal of the islanders, who have waited {0} years.",
    ];

    private static string Prose(int paragraphs)
    {
        var text = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, Paragraphs[i % Paragraphs.Length], 2000 + i)).Append("\n\n");
        }
        return text.ToString();
    }

    private static long AllocatedFor(string text)
    {
        var article = new Article { Id = "m", Source = "m", Text = text };
        var before = GC.GetAllocatedBytesForCurrentThread();
        AnalysisPipeline.Default.Analyze(article);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Allocation_grows_in_proportion_to_the_text()
    {
        // Given: the pipeline warmed up (lexicons and models load once, on first use)
        AllocatedFor(Prose(8));
        var small = Prose(40);
        var large = Prose(160);

        // When
        var smallBytes = AllocatedFor(small);
        var largeBytes = AllocatedFor(large);

        // Then: four times the text costs about four times the memory (measured: 3.99), not sixteen; about 92 bytes
        // per character when written, so 400 leaves room without hiding a blow-up
        var ratio = (double)largeBytes / smallBytes;
        Assert.InRange(ratio, 2.5, 6.0);
        Assert.True(largeBytes / large.Length < 400, $"{largeBytes / large.Length} bytes allocated per character");
    }

    [Fact]
    public void Nothing_of_an_article_is_kept_after_its_analysis_is_dropped()
    {
        // Given / When
        var (article, analysis) = AnalyseAndForget(Prose(20));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Then
        Assert.False(article.TryGetTarget(out _), "the article is still reachable");
        Assert.False(analysis.TryGetTarget(out _), "the analysis is still reachable");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference<Article> Article, WeakReference<AnalyzedArticle> Analysis) AnalyseAndForget(string text)
    {
        var article = new Article { Id = "w", Source = "w", Text = text };
        var analysis = AnalysisPipeline.Default.Analyze(article);
        Assert.NotEmpty(analysis.Quotes);
        return (new WeakReference<Article>(article), new WeakReference<AnalyzedArticle>(analysis));
    }
}
