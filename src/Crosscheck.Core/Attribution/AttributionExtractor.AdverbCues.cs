using Crosscheck.Documents;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Adverbs that leave the verb's sense as it is; a negation ("don't know", "didn't say") stays in the cue, where the
    // reader sees it (moving it made "I don't think so" read "think: so" on PTC text).
    private static readonly ListedWords MovableAdverbs =
        ["long", "also", "still", "often", "repeatedly", "publicly", "privately", "openly", "previously", "already", "just",
         "even", "now", "first", "once", "later", "then", "reportedly", "again", "recently", "further", "always", "ever", "soon",
         "usually", "both"];

    /// <summary>
    /// Moves a cue read on an adverb onto the speech verb after it: "Ruiz has long argued that …" made "long" the cue and
    /// "argued that …" the content. The learned vocabulary holds "long" (PolNeAR's cue spans "long said" start there),
    /// so the model may pick it; the verb right after it, not the adverb, reports the words.
    /// </summary>
    private void MoveCuesOffAdverbs()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (quote.Kind == QuoteKind.Direct || quote.Parts.Count > 1 || quote.CueSpan is not { } cue)
            {
                continue;
            }
            var c = TokenAtOrAfter(cue.Start);
            var verb = c + 1;
            if (c >= _tokens.Length || _tokens[c].Span.End != cue.End || !IsLower(c) || !IsOneOf(c, MovableAdverbs) || verb + 1 >= _tokens.Length
                || _tokens[verb].Span.Start != quote.Span.Start || !IsLower(verb) || _tokens[verb + 1].Span.Start >= quote.Span.End
                || !IsWord(verb + 1))
            {
                continue;
            }
            var lexicons = CueWordOf(verb);
            if (lexicons.Hand is null && lexicons.Learned is null)
            {
                continue;
            }
            var content = TextSpan.FromBounds(_tokens[verb + 1].Span.Start, quote.Span.End);
            _quotes[q] = quote with
            {
                Span = content,
                Text = TextOf(content),
                Parts = [content],
                Cue = Word(verb).ToString(),
                CueSpan = _tokens[verb].Span,
            };
        }
    }
}
