using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Single words that may hold the viewpoint after an opening "To": "To many, …", "To them, …".
    private static readonly string[] ViewpointWords = ["many", "some", "most", "others", "them", "him", "her", "us", "me", "his", "their", "its"];

    // The longest viewpoint phrase read before its comma.
    private const int MaxViewpointTokens = 8;

    /// <summary>
    /// A sentence opened by "To" and a noun phrase set off by a comma: "To many, Kovac is a provocateur", "To Ruiz, the
    /// vote was a warning". PolNeAR marks "To" as the cue, the phrase as the source and the clause after the comma as
    /// the content (7 of 9 such openers with a name, pronoun or quantifier in train). An infinitive ("To win, …") or a
    /// phrase that a relative clause continues ("To Ruiz, who …,") is not one.
    /// </summary>
    private void TryViewpointOpener(int i)
    {
        if (_tokens[i].Span.Length != 2 || !IsCapitalised(i) || !Is(i, "to") || !IsSentenceStart(i) || InsideRun(_tokens[i].Span.Start)
            || !(IsCapitalised(i + 1) || IsLower(i + 1) && IsOneOf(i + 1, ViewpointWords)))
        {
            return;
        }
        var (first, last) = SentenceTokens(_tokenSentence[i]);
        var comma = -1;
        for (var k = i + 1; k <= last && k <= i + MaxViewpointTokens + 1; k++)
        {
            if (IsPunct(k, ','))
            {
                comma = k;
                break;
            }
            if (!IsWord(k) && !IsAbbreviationDot(k) && !IsAttachedMark(k) || IsLower(k) && (IsOneOf(k, ClauseOpeners) || IsCueWord(k) || IsOneOf(k, FiniteAuxiliaries)))
            {
                return;
            }
        }
        if (comma < i + 2 || comma + 1 > last || !IsWord(comma + 1) || Is(comma + 1, "who") || Is(comma + 1, "which"))
        {
            return;
        }
        var phrase = SpanOf(i + 1, comma - 1);
        var kind = MentionAt(i + 1) is { Kind: Crosscheck.Entities.EntityKind.Person } ? SpeakerKind.Name
            : IsLower(i + 1) && comma == i + 2 ? SpeakerKind.Pronoun : SpeakerKind.Group;
        var source = new SpeakerPhrase(i + 1, comma - 1, phrase, kind, phrase);
        var contentEnd = last;
        while (contentEnd > comma && _tokens[contentEnd].Kind == TokenKind.Punctuation && _text[_tokens[contentEnd].Span.Start] is '.' or '!' or '?' or ';' or '\u2026')
        {
            contentEnd--;
        }
        var contentLast = ContentEndBeforeParticipleCue(comma + 1, contentEnd);
        if (contentLast <= comma + 1 || LastRunOpeningAtOrBefore(_tokens[contentLast].Span.End) is var r and >= 0 && _runs[r].End > _tokens[comma + 1].Span.Start)
        {
            return;
        }
        AddQuote(SpanOf(comma + 1, contentLast), QuoteKind.Indirect, new CueMatch(i, i, "to", CueClass.Speech), source, null, null, _tokens[i].Span.Start);
        _quotes[^1] = _quotes[^1] with { SourceSpan = phrase };
    }
}
