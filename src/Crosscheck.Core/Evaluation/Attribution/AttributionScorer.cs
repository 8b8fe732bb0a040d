using Crosscheck.Documents;

namespace Crosscheck.Evaluation.Attribution;

/// <summary>
/// Scores predicted attribution relations against brat gold (PolNeAR: Source, Cue and Content spans joined into
/// relations). The metric is ours, written from the task description; no code was taken from elsewhere.
/// </summary>
/// <remarks>
/// <para><b>Mapping.</b> Each predicted <c>Quote</c> becomes a <see cref="PredictedAttribution"/>: Content =
/// <c>Quote.Parts</c> (its pieces, which equal <c>Quote.Span</c> unless the quote is interrupted by its cue or runs
/// over paragraphs), Cue = <c>Quote.CueSpan</c>, Source = <c>Quote.SpeakerSpan</c> (the speaker's mention in the cue's
/// sentence, "he" included).</para>
/// <para><b>Span scores, per role.</b> Per document, the gold spans of a role and the distinct predicted spans of that
/// role (two quotes sharing one cue count it once) are paired one-to-one. <i>Exact</i>: a pair needs equal spans
/// after trimming whitespace, quotation marks and . , ; : ! ? — – from both ends of every fragment (PolNeAR keeps the
/// quotation marks and trailing comma inside direct-quote content, we do not; that convention is not an error).
/// Discontinuous spans must agree fragment by fragment. <i>Overlap</i>: a pair needs at least one shared character;
/// pairs are formed greedily, largest overlap first, so one long prediction cannot claim two gold spans.
/// Precision = pairs / predicted, recall = pairs / gold.</para>
/// <para><b>Relations.</b> A gold relation and a prediction pair up when (1) their contents share a character and
/// (2) the speaker matches: the gold relation has a Source and the predicted Source span overlaps it (PolNeAR
/// annotates the source mention in place, a pronoun included, without coreference, so the mention is what we
/// compare), or the gold relation has no Source (<c>Attribution-no-source</c>) and the prediction has no speaker span.
/// Pairs are formed one-to-one, largest content overlap first. <see cref="AttributionEvaluation.RelationByName"/>
/// also accepts a speaker when the resolved name (<c>Quote.Speaker</c>) shares a capitalised word with the gold
/// source text ("Ms. Vance" against "Dora Vance"), which credits a right speaker found through a different mention.
/// <see cref="AttributionEvaluation.ContentOnly"/> drops condition (2).</para>
/// </remarks>
public static class AttributionScorer
{
    // Quotation marks and end punctuation sit inside or outside a span by annotation convention only.
    private const string BoundaryCharacters = " \t\r\n\u00a0\"'“”‘’«».,;:!?—–";

    /// <summary>Scores and aligns one document.</summary>
    public static DocumentAlignment Align(BratAttributionDocument gold, IReadOnlyList<PredictedAttribution> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var text = gold.Text;
        var goldRelations = gold.Relations;

        var source = ScoreRole(text, Collect(goldRelations, static g => g.Source), Distinct(predicted, static p => p.Source is { } s ? [s] : []));
        var cue = ScoreRole(text, Collect(goldRelations, static g => g.Cue), Distinct(predicted, static p => p.Cue is { } c ? [c] : []));
        var content = ScoreRole(text, Collect(goldRelations, static g => g.Content), Distinct(predicted, static p => p.Content));

        var contentMatches = MatchRelations(goldRelations, predicted, static (_, _) => true);
        var relationMatches = MatchRelations(goldRelations, predicted, (g, p) => SpeakerSpanMatches(g, p));
        var nameMatches = MatchRelations(goldRelations, predicted, (g, p) => SpeakerSpanMatches(g, p) || SpeakerNameMatches(text, g, p));

        var score = new AttributionEvaluation(
            1, source, cue, content,
            new PrecisionRecall(goldRelations.Count, predicted.Count, relationMatches.Count),
            new PrecisionRecall(goldRelations.Count, predicted.Count, nameMatches.Count),
            new PrecisionRecall(goldRelations.Count, predicted.Count, contentMatches.Count));
        return new DocumentAlignment(score, contentMatches, relationMatches);
    }

    /// <summary>Scores every document and adds the counts up (micro-average).</summary>
    public static AttributionEvaluation Score(IEnumerable<(BratAttributionDocument Gold, IReadOnlyList<PredictedAttribution> Predicted)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var total = AttributionEvaluation.Empty;
        foreach (var (gold, predicted) in documents)
        {
            total += Align(gold, predicted).Score;
        }
        return total;
    }

    /// <summary>Whether two fragment lists share at least one character; the count of shared characters.</summary>
    public static int OverlapLength(IReadOnlyList<TextSpan> left, IReadOnlyList<TextSpan> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var shared = 0;
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                shared += Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
            }
        }
        return shared;
    }

    /// <summary>Whether two fragment lists are equal after trimming boundary whitespace, quotation marks and punctuation.</summary>
    public static bool SameAfterTrimming(string text, IReadOnlyList<TextSpan> left, IReadOnlyList<TextSpan> right)
    {
        ArgumentNullException.ThrowIfNull(text);
        var a = Trimmed(text, left);
        var b = Trimmed(text, right);
        return a.AsSpan().SequenceEqual(b);
    }

    /// <summary>The fragments with boundary whitespace, quotation marks and punctuation removed; empty fragments dropped.</summary>
    public static TextSpan[] Trimmed(string text, IReadOnlyList<TextSpan> fragments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fragments);
        var trimmed = new List<TextSpan>(fragments.Count);
        foreach (var fragment in fragments)
        {
            var start = fragment.Start;
            var end = Math.Min(fragment.End, text.Length);
            while (start < end && BoundaryCharacters.Contains(text[start], StringComparison.Ordinal))
            {
                start++;
            }
            while (end > start && BoundaryCharacters.Contains(text[end - 1], StringComparison.Ordinal))
            {
                end--;
            }
            if (end > start)
            {
                trimmed.Add(TextSpan.FromBounds(start, end));
            }
        }
        return [.. trimmed];
    }

    private static bool SpeakerSpanMatches(GoldAttribution gold, PredictedAttribution predicted) =>
        gold.HasSource
            ? predicted.Source is { } source && OverlapLength(gold.Source, [source]) > 0
            : predicted.Source is null;

    private static bool SpeakerNameMatches(string text, GoldAttribution gold, PredictedAttribution predicted)
    {
        if (!gold.HasSource || string.IsNullOrWhiteSpace(predicted.SpeakerName))
        {
            return false;
        }
        var nameWords = predicted.SpeakerName.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries);
        foreach (var fragment in gold.Source)
        {
            foreach (var word in fragment.Substring(text).Split([' ', '\n', ',', '.', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
            {
                // Only capitalised words carry a name; articles opening a phrase ("The Post") say nothing about who.
                if (word.Length < 2 || !char.IsUpper(word[0]) || word is "The" or "A" or "An")
                {
                    continue;
                }
                if (Array.IndexOf(nameWords, word) >= 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<IReadOnlyList<TextSpan>> Collect(IReadOnlyList<GoldAttribution> relations, Func<GoldAttribution, IReadOnlyList<TextSpan>> role)
    {
        var spans = new List<IReadOnlyList<TextSpan>>(relations.Count);
        foreach (var relation in relations)
        {
            var fragments = role(relation);
            if (fragments.Count > 0)
            {
                spans.Add(fragments);
            }
        }
        return spans;
    }

    private static List<IReadOnlyList<TextSpan>> Distinct(IReadOnlyList<PredictedAttribution> predicted, Func<PredictedAttribution, IReadOnlyList<TextSpan>> role)
    {
        var spans = new List<IReadOnlyList<TextSpan>>(predicted.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var prediction in predicted)
        {
            var fragments = role(prediction);
            if (fragments.Count > 0 && seen.Add(string.Join(';', fragments)))
            {
                spans.Add(fragments);
            }
        }
        return spans;
    }

    private static RoleScore ScoreRole(string text, List<IReadOnlyList<TextSpan>> gold, List<IReadOnlyList<TextSpan>> predicted)
    {
        var exact = Match(gold.Count, predicted.Count, (g, p) => SameAfterTrimming(text, gold[g], predicted[p]) ? 1 : 0);
        var overlap = Match(gold.Count, predicted.Count, (g, p) => OverlapLength(gold[g], predicted[p]));
        return new RoleScore(
            new PrecisionRecall(gold.Count, predicted.Count, exact.Count),
            new PrecisionRecall(gold.Count, predicted.Count, overlap.Count));
    }

    private static List<RelationMatch> MatchRelations(
        IReadOnlyList<GoldAttribution> gold, IReadOnlyList<PredictedAttribution> predicted, Func<GoldAttribution, PredictedAttribution, bool> speaker) =>
        Match(gold.Count, predicted.Count, (g, p) =>
        {
            var shared = OverlapLength(gold[g].Content, predicted[p].Content);
            return shared > 0 && speaker(gold[g], predicted[p]) ? shared : 0;
        });

    // Greedy one-to-one pairing, heaviest pair first; ties keep text order so results are deterministic.
    private static List<RelationMatch> Match(int goldCount, int predictedCount, Func<int, int, int> weight)
    {
        var candidates = new List<(int Weight, int Gold, int Predicted)>();
        for (var g = 0; g < goldCount; g++)
        {
            for (var p = 0; p < predictedCount; p++)
            {
                var w = weight(g, p);
                if (w > 0)
                {
                    candidates.Add((w, g, p));
                }
            }
        }
        candidates.Sort(static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));
        var goldUsed = new bool[goldCount];
        var predictedUsed = new bool[predictedCount];
        var matches = new List<RelationMatch>();
        foreach (var (_, g, p) in candidates)
        {
            if (!goldUsed[g] && !predictedUsed[p])
            {
                goldUsed[g] = predictedUsed[p] = true;
                matches.Add(new RelationMatch(g, p));
            }
        }
        return matches;
    }
}
