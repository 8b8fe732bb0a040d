using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Entities;

/// <summary>Finds people, organisations, outlets, places and groups, with aliases and descriptors.</summary>
/// <remarks>
/// <para>Mentions come out sorted by start and never overlap. A person's <see cref="Mention.Key"/> is their full name
/// as first written, shared by aliases ("Vidric", "Mr. Vidric") and descriptors ("the Serbian leader"); the span of a
/// titled name covers the name only, the title sits in <see cref="Mention.Title"/>. Use <see cref="MentionIndex"/> to
/// look mentions up by offset or key.</para>
/// <para>Thread-safe: all per-article state lives in a recognizer created per call.</para>
/// </remarks>
/// <param name="options">The stage's options.</param>
public sealed class EntityStage(EntityOptions options) : IAnalysisStage
{
    private readonly EntityOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc/>
    public string Name => "entities";

    /// <inheritdoc/>
    public AnalyzedArticle Process(AnalyzedArticle document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Article.Text;
        var sentences = document.Sentences.Count > 0 ? document.Sentences : SentenceSplitter.Split(text);
        return document with { Mentions = EntityRecognizer.Recognize(text, sentences, _options, document.Tokens, TokenWords.Of(document), cancellationToken) };
    }
}
