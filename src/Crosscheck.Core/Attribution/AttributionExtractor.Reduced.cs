namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Participles that, right after a noun, name or describe that noun rather than report its speech: "a memoir titled
    // …", "a trader known to be bullish", "Ivo Brenner, 44, known online as …".
    private static readonly string[] NamingParticiples = ["titled", "known"];

    /// <summary>
    /// Drops the source of a naming participle that modifies the noun before it ("a documentary titled …", "A developer
    /// known to be bullish on ferries is …"): a reduced relative clause has no speaker, and PolNeAR marks none (held-out
    /// predictions on train: 6 quotes that became relation matches, none lost). The noun phrase the subject rules took
    /// for the source is the thing named. A finite auxiliary or a pronoun before the participle ("Ruiz has known them
    /// for years") leaves the quote as it was. Runs after the quote filter, which scores the quote as it was trained to.
    /// </summary>
    private void DropNamingSources()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (quote.SourceSpan is null && quote.SpeakerSpan is null || quote.CueSpan is not { } cue)
            {
                continue;
            }
            var participle = TokenAtOrAfter(cue.Start);
            if (!IsLower(participle) || !IsOneOf(participle, NamingParticiples))
            {
                continue;
            }
            var before = participle - 1;
            var modifiesNoun = IsPunct(before, ',')
                || IsLower(before) && !IsOneOf(before, FiniteAuxiliaries) && !IsOneOf(before, PassiveBe) && !Auxiliaries.Contains(Word(before))
                    && !IsOneOf(before, SubjectPronouns) && !Word(before).EndsWith("ly", StringComparison.Ordinal);
            if (modifiesNoun)
            {
                _quotes[q] = quote with { Speaker = null, SpeakerSpan = null, SourceSpan = null };
            }
        }
    }
}
