using Crosscheck.Pipeline;

namespace Crosscheck.Text;

/// <summary>Tokenises the article and splits it into sentences.</summary>
public sealed class TextStage : IAnalysisStage
{
    /// <inheritdoc/>
    public string Name => "text";

    /// <inheritdoc/>
    public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken)
    {
        var text = document.Article.Text;
        var tokens = Tokenizer.Tokenize(text);
        return document with { Tokens = tokens, Sentences = SentenceSplitter.Split(text), Words = TokenWords.Make(text, tokens) };
    }
}
