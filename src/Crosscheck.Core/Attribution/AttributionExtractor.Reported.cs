namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Adverbs between "be" and "reported by": "was first reported by", "were originally reported by".
    private static readonly string[] ReportedAdverbs = ["first", "originally", "initially", "previously", "also", "later", "earlier"];

    /// <summary>
    /// "reported by X" is a citation; it is also an attribution in two frames annotators mark (in PolNeAR train "was
    /// first reported by" is a cue in all 6 of its uses, "as reported by" in 7 of 9), where the bare participle after a
    /// noun is not ("the figures reported by the government", 1 of 5):
    /// <list type="bullet">
    /// <item>a passive with "be": "The meeting was first reported by the Ledger": the subject is the content and the agent
    /// the source, as for any passive cue that names its agent (<see cref="AgentPassive"/>);</item>
    /// <item>"as reported by X": "As reported by the Ledger, the pier closed." and "The pier closed, as first reported by
    /// the Ledger.": the clause is the content, as after "according to".</item>
    /// </list>
    /// Returns the content tokens and the agent; null when neither frame holds (the citation stays in every case).
    /// </summary>
    private (int First, int Last, SpeakerPhrase Agent)? ReportedByAttribution(CueMatch cue, int first, int contentEnd)
    {
        var b = cue.First - 1;
        var be = false;
        while (b >= first && b >= cue.First - 3 && IsLower(b) && (IsOneOf(b, PassiveBe) || IsOneOf(b, ReportedAdverbs)))
        {
            be |= IsOneOf(b, PassiveBe);
            b--;
        }
        if (be)
        {
            // "It was reported by the Star that …": the "it" is a placeholder, not what was reported.
            return AgentPassive(cue, first, contentEnd) is var (f, l, a) && !(f == l && Is(f, "it")) ? (f, l, a) : null;
        }
        if (!Is(b, "as") || cue.Last + 2 > contentEnd
            || (ParseSpeakerForward(cue.Last + 2, contentEnd) ?? ParseLooseSource(cue.Last + 2, contentEnd)) is not { } agent)
        {
            return null;
        }
        if (b == first && IsPunct(agent.Last + 1, ',') && agent.Last + 2 <= contentEnd && IsWord(agent.Last + 2))
        {
            // "As reported by the Ledger, the pier closed."
            return (agent.Last + 2, contentEnd, agent);
        }
        if (b - 2 >= first && IsPunct(b - 1, ','))
        {
            // "The pier closed, as first reported by the Ledger."
            return (first, b - 2, agent);
        }
        return null;
    }

    /// <summary>Adds the quote of a "reported by" cue in the frames of <see cref="ReportedByAttribution"/>; the agent alone is the source phrase.</summary>
    private void AddReportedByQuote(CueMatch cue, int first, int contentEnd)
    {
        if (ReportedByAttribution(cue, first, contentEnd) is var (reportedFirst, reportedLast, reporter) && !InsideRun(_tokens[reportedFirst].Span.Start))
        {
            AddQuote(SpanOf(reportedFirst, reportedLast), QuoteKind.Indirect, cue, reporter, null, null, _tokens[cue.First].Span.Start);
            _quotes[^1] = _quotes[^1] with { SourceSpan = reporter.Span };
        }
    }

    /// <summary>
    /// Adverbs between an auxiliary and its verb that <see cref="Auxiliaries"/> cannot hold as single words: "since"
    /// after a perfect auxiliary ("Vance has since denied that …"; in PolNeAR train "has / have / had since" is followed
    /// by a gold cue in 14 of its 27 uses; elsewhere "since" opens a clause or a time phrase and ends the walk between a
    /// subject and its cue), and "so far" ("Brenner has so far refused to …" made "far" the speaker).
    /// </summary>
    private bool IsAdverbAfterAuxiliary(int i)
    {
        // Called in every walk between a subject and its cue: the word's length is tested before any comparison.
        if (!IsWord(i))
        {
            return false;
        }
        return _tokens[i].Span.Length switch
        {
            5 => Is(i, "since") && (Is(i - 1, "has") || Is(i - 1, "have") || Is(i - 1, "had")) && IsLower(i + 1),
            2 => Is(i, "so") && Is(i + 1, "far") && IsLower(i + 2),
            3 => Is(i, "far") && Is(i - 1, "so") && IsLower(i + 1) && !IsOneOf(i + 1, NonClauseStarts),
            _ => false,
        };
    }
}
