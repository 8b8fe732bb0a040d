namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// A quotation no cue claimed that follows a speaker label and its colon inside a paragraph: news digests quote
    /// their sources so ("HARBOUR POLLS MISSED THE LATE SHIFT - Ana Ruiz: “…”"). The label must open its sentence or
    /// follow a dash, and name a speaker as a paragraph's label would
    /// (<see cref="NamesSpeaker"/>); the colon is the cue. Before <see cref="InheritSpeakers"/>, which would give the
    /// quotation the speaker before it; a paragraph-opening label taken here is not read again as a turn.
    /// </summary>
    private void FindLabelledQuotations(List<QuoteRun> deferred)
    {
        foreach (var run in deferred)
        {
            if (run.Used || run.Single)
            {
                continue;
            }
            var open = TokenAtOrAfter(run.OpenMark);
            var colon = open - 1;
            if (colon < 2 || open >= _tokens.Length || _tokens[open].Span.Start != run.OpenMark || !IsPunct(colon, ':'))
            {
                continue;
            }
            var sentenceFirst = SentenceTokens(_tokenSentence[colon]).First;
            var first = colon;
            while (first - 1 >= sentenceFirst && colon - first < MaxLabelTokens
                && (IsCapitalised(first - 1) || IsAbbreviationDot(first - 1) || Is(first - 1, "and") && first - 2 >= sentenceFirst && IsCapitalised(first - 2)))
            {
                first--;
            }
            // "On Hezbollah: “…”" labels a topic; a quotation of one word or an ellipsis ("Ruiz: “…”") reports nothing.
            if (first == colon || Is(first, "and") || IsOneOf(first, LabelPrepositions) || IsOneOf(first, NonSpeakerLabels) || IsOneOf(colon - 1, NonSpeakerLabels)
                || IsPlaceLabel(first, colon - 1) || !HasSpace(run.Content.Start, run.Content.End))
            {
                continue;
            }
            // The label opens its sentence, or a dash or "from" ("More from Ruiz: “…”") sets it off from the words before it.
            var before = first - 1;
            var afterFrom = before >= sentenceFirst && Is(before, "from");
            if (before >= sentenceFirst && !(IsPunct(before, '-') && !Attached(before) || IsPunct(before, '\u2013') || IsPunct(before, '\u2014') || afterFrom))
            {
                continue;
            }
            // "Continued Pell: “…”": an inverted cue opening the label is the cue; the speaker is the name after it.
            var cue = new CueMatch(colon, colon, ":", CueClass.Speech);
            if (IsInvertedCue(first))
            {
                cue = InvertedCueAt(first);
                first++;
            }
            var last = colon - 1;
            if (!NamesSpeaker(first, last))
            {
                continue;
            }
            var span = SpanOf(first, last);
            var label = new SpeakerPhrase(first, last, span, SpeakerKind.Name, span);
            run.Used = true;
            AddQuote(run.Content, QuoteKind.Direct, cue, label, null, run.Parts, _tokens[colon].Span.Start);
            _usedCues[colon] = true; // the turn rule must not read the paragraph again when the cue is an inverted verb
            if (afterFrom || cue.First != colon)
            {
                // "More from Ruiz: “…”", "Continued Pell: “…”": the source phrase widened over "More from" or the
                // inverted cue; the label alone is the source.
                _quotes[^1] = _quotes[^1] with { SourceSpan = span, SpeakerSpan = span, Speaker = Resolve(label, _tokens[colon].Span.Start, run.Content, QuoteKind.Direct) };
            }
        }
    }
}
