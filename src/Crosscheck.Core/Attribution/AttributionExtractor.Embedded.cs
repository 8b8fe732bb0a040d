namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Subordinators that open a clause with a subject of its own inside another content: "denounced the toll after
    // Brenner said …". "as", "since", "until" and "once", and a relative "who"/"which" as the subject, were tried and
    // cost more than they gave in cross-validation (docs/accuracy.md, round 10).
    private static readonly string[] SubordinateOpeners = ["after", "before", "when"];

    /// <summary>
    /// Whether an attribution inside another's content is a subordinate clause with its own subject, which PolNeAR
    /// marks as an attribution of its own: "Mayor Vance denounced the toll after Ivo Brenner said the ferry would
    /// close" holds two. Not right after "that" ("said that when Brenner spoke, …" keeps the clause in the content).
    /// </summary>
    private bool OpensOwnClause(Quote inner)
    {
        if (inner.SourceSpan is not { } source || inner.CueSpan is not { } cue || source.Start >= cue.Start)
        {
            return false;
        }
        var first = TokenAtOrAfter(source.Start);
        return IsOneOf(first - 1, SubordinateOpeners) && !Is(first - 2, "that");
    }
}
