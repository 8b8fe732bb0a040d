using BenchmarkDotNet.Attributes;
using Crosscheck.Documents;
using Crosscheck.Pipeline;

namespace Crosscheck.Benchmarks;

/// <summary>
/// Single-threaded throughput of tokenise + sentences + entities + attribution + claims over generated news prose.
/// Tokens per second per core = <see cref="Tokens"/> / mean time (the setup prints the token count).
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private Article[] _articles = [];

    /// <summary>Articles in the corpus (each about 12 paragraphs, roughly 600 tokens).</summary>
    [Params(50)]
    public int Articles { get; set; }

    /// <summary>The stages under test: no signals stage, which the speed target leaves out.</summary>
    public static AnalysisPipeline Pipeline { get; } = AnalysisBuilder.Build();

    /// <summary>Tokens in the corpus, by Crosscheck's tokenizer.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = AnalysisBuilder.Articles(Articles);
        Tokens = AnalysisBuilder.CountTokens(_articles);
        Console.WriteLine($"// corpus: {Articles} articles, {Tokens} tokens, {AnalysisBuilder.Characters(_articles)} chars");
    }

    [Benchmark]
    public int Analyze()
    {
        var quotes = 0;
        foreach (var article in _articles)
        {
            quotes += Pipeline.Analyze(article).Quotes.Count;
        }
        return quotes;
    }
}
