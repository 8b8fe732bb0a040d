using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Benchmarks;

/// <summary>Shared setup for the analysis benchmark, the quick timer and the text export.</summary>
public static class AnalysisBuilder
{
    /// <summary>Text, entities, attribution and claims stages.</summary>
    public static AnalysisPipeline Build() =>
        new AnalysisPipelineBuilder().UseText().UseEntities().UseAttribution().UseClaims().Build();

    /// <summary>The generated corpus as articles.</summary>
    public static Article[] Articles(int count)
    {
        var texts = NewsProse.Generate(count);
        var articles = new Article[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            var id = "bench-" + i.ToString(CultureInfo.InvariantCulture);
            articles[i] = new Article { Id = id, Source = id, Text = texts[i] };
        }
        return articles;
    }

    /// <summary>Tokens by Crosscheck's tokenizer.</summary>
    public static int CountTokens(Article[] articles)
    {
        var textOnly = new AnalysisPipelineBuilder().UseText().Build();
        var tokens = 0;
        foreach (var article in articles)
        {
            tokens += textOnly.Analyze(article).Tokens.Count;
        }
        return tokens;
    }

    /// <summary>Characters in the corpus.</summary>
    public static long Characters(Article[] articles)
    {
        long characters = 0;
        foreach (var article in articles)
        {
            characters += article.Text.Length;
        }
        return characters;
    }
}
