namespace Crosscheck.Claims;

/// <summary>How well check-worthiness scores separate the "Yes" sentences of a labelled set.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Positives">Gold "Yes" sentences.</param>
/// <param name="Threshold">Scores at or above this count as "Yes".</param>
/// <param name="Score">The "Yes" class's counts, precision, recall and F1.</param>
public sealed record CheckWorthinessEvaluation(int Sentences, int Positives, double Threshold, BinaryScore Score)
{
    /// <summary>Scores every sentence with <paramref name="scorer"/> and counts decisions at <paramref name="threshold"/>.</summary>
    public static CheckWorthinessEvaluation Evaluate(IReadOnlyList<LabeledSentence> sentences, CheckWorthinessScorer scorer, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(scorer);
        var gold = new bool[sentences.Count];
        var predicted = new bool[sentences.Count];
        var positives = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            gold[i] = sentences[i].CheckWorthy;
            positives += gold[i] ? 1 : 0;
            predicted[i] = scorer.Score(sentences[i].Text) >= threshold;
        }
        return new CheckWorthinessEvaluation(sentences.Count, positives, threshold, BinaryScore.Count(gold, predicted));
    }
}
