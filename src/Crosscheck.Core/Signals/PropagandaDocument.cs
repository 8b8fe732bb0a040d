using Crosscheck.Pipeline;

namespace Crosscheck.Signals;

/// <summary>An article with gold propaganda spans (PTC style), for training and scoring.</summary>
/// <param name="Id">The article id ("111111111").</param>
/// <param name="Text">The article text the spans index.</param>
/// <param name="Spans">The gold spans with their technique wire names.</param>
public sealed record PropagandaDocument(string Id, string Text, IReadOnlyList<PropagandaSpan> Spans)
{
    /// <summary>
    /// The article as the stages before the signals stage analysed it (tokens, sentences, entities, quotes, claims), or
    /// null: with it, training reads the same tokens and the same stage features analysis reads
    /// (<see cref="PropagandaTrainer.Analyze"/>).
    /// </summary>
    public AnalyzedArticle? Analysis { get; init; }
}
