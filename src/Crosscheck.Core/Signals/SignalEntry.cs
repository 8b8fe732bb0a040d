namespace Crosscheck.Signals;

/// <summary>What a lexicon phrase signals: the technique, how strongly, and the reason template ("{0}" = the match).</summary>
internal sealed record SignalEntry(Technique Technique, double Weight, string ReasonTemplate);
