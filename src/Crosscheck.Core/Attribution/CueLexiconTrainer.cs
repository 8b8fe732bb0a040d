using Crosscheck.Documents;
using Crosscheck.Evaluation.Attribution;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

/// <summary>
/// Derives the cue lexicon from brat attribution annotations (PolNeAR): counts, for every lower-case word, how often it
/// heads a gold cue (its first word after auxiliaries and adverbs: "has also criticized" → "criticized") and how often
/// it occurs at all, and keeps the words that are cues often enough. Only word forms and counts leave the data.
/// </summary>
public static class CueLexiconTrainer
{
    // Words before the cue's verb that annotators include in the cue span ("has also said", "did not respond").
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "having", "is", "was", "were", "are", "am", "be", "been", "being", "will", "would", "shall",
        "also", "not", "n't", "never", "did", "does", "do", "could", "can", "may", "might", "should", "must", "then",
        "often", "still", "even", "just", "already", "first", "now", "again", "later", "once", "since", "further", "'s",
        "\u2019s", "'ve", "\u2019ve", "it", "to", "he", "she", "they", "i", "we",
    };

    /// <summary>Learns the lexicon from <paramref name="documents"/>.</summary>
    public static LearnedCueLexicon Train(IReadOnlyList<BratAttributionDocument> documents, CueLexiconTrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= CueLexiconTrainingOptions.Default;
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var heads = new Dictionary<string, (int Cues, int Intent)>(StringComparer.Ordinal);
        var goldCues = 0;
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = document.Text;
            var tokens = Tokenizer.Tokenize(text);
            foreach (var token in tokens)
            {
                if (token.Kind == TokenKind.Word && char.IsLower(text[token.Span.Start]))
                {
                    var form = token.Span.Substring(text).ToLowerInvariant();
                    occurrences[form] = occurrences.GetValueOrDefault(form) + 1;
                }
            }
            foreach (var relation in document.Relations)
            {
                if (relation.Cue.Count == 0)
                {
                    continue;
                }
                goldCues++;
                var head = Head(text, tokens, relation.Cue[0]);
                if (head < 0)
                {
                    continue;
                }
                var form = tokens[head].Span.Substring(text).ToLowerInvariant();
                var intent = head + 1 < tokens.Count && tokens[head + 1].Span.Substring(text) == "to" && StartsAt(relation.Content, tokens[head + 1].Span.Start);
                var (cues, intents) = heads.GetValueOrDefault(form);
                heads[form] = (cues + 1, intents + (intent ? 1 : 0));
            }
        }
        var kept = new List<LearnedCue>();
        foreach (var (form, (cues, intents)) in heads)
        {
            var learned = new LearnedCue(form, intents * 2 > cues, cues, occurrences.GetValueOrDefault(form));
            if (cues >= options.MinCues && learned.Precision >= options.MinPrecision)
            {
                kept.Add(learned);
            }
        }
        kept.Sort(static (a, b) => a.Cues != b.Cues ? b.Cues.CompareTo(a.Cues) : string.CompareOrdinal(a.Form, b.Form));
        return new LearnedCueLexicon(kept, documents.Count, goldCues, options);
    }

    /// <summary>The token heading the cue span: its first lower-case word that is not an auxiliary or an -ly adverb; -1 when none.</summary>
    internal static int Head(string text, IReadOnlyList<Token> tokens, TextSpan cue)
    {
        var i = FirstTokenAt(tokens, cue.Start);
        for (; i < tokens.Count && tokens[i].Span.End <= cue.End; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            var word = token.Span.Slice(text);
            if (Skipped.Contains(word.ToString()) || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal))
            {
                continue;
            }
            return char.IsLower(word[0]) ? i : -1;
        }
        return -1;
    }

    private static bool StartsAt(IReadOnlyList<TextSpan> content, int offset) => content.Count > 0 && content[0].Start <= offset && offset < content[0].End && content[0].Start >= offset - 1;

    private static int FirstTokenAt(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
