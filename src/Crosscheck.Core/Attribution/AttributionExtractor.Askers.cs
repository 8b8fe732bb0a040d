using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Passive participles whose "by" phrase rarely names a source in PolNeAR: expectations and hearsay ("is expected to
    // be filled by …", "was said to …"), and suspicion.
    private static readonly string[] AgentlessParticiples =
    [
        "expected", "said", "suspected", "seen", "thought", "believed", "rumored", "rumoured", "considered", "known",
        "reported", "scheduled", "supposed", "set", "slated", "poised", "titled", "alleged",
    ];

    /// <summary>
    /// Credits a passive report to its agent when a "by" phrase follows within six words: "Ruiz was appointed to the
    /// board by Governor Ana Kell in 2019", "She has been pushed to these positions by the union". The agentless-passive
    /// rule gave such a quote no source; PolNeAR marks the agent. Runs after the quote filter.
    /// </summary>
    private void CreditPassiveAgents()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (quote.SpeakerSpan is not null || quote.SourceSpan is not null || quote.CueSpan is not { } cue)
            {
                continue;
            }
            var participle = TokenAtOrAfter(cue.Start);
            if (_tokens[participle].Span.End != cue.End || !IsLower(participle) || IsOneOf(participle, AgentlessParticiples) || IsOneOf(participle, SeemWords)
                || !(Word(participle).EndsWith("ed", StringComparison.Ordinal) || IsOneOf(participle, IrregularParticiples)))
            {
                continue;
            }
            var be = SkipPassiveAdverbs(participle - 1, 0);
            if (!IsOneOf(be, PassiveBe))
            {
                continue;
            }
            var sentenceLast = SentenceTokens(_tokenSentence[participle]).Last;
            var by = -1;
            for (var k = participle + 1; k <= Math.Min(sentenceLast, participle + 7); k++)
            {
                if (Is(k, "by"))
                {
                    by = k;
                    break;
                }
                if (_tokens[k].Kind == TokenKind.Punctuation && !IsAttachedMark(k))
                {
                    break;
                }
            }
            if (by < 0 || ParseSpeakerForward(by + 1, sentenceLast) is not { } agent)
            {
                continue;
            }
            var span = WithoutVerbTail(agent.Span);
            _quotes[q] = quote with { Speaker = Resolve(agent, agent.Span.Start, quote.Span, quote.Kind), SpeakerSpan = span, SourceSpan = span };
        }
    }
}
