namespace Crosscheck.Workspace;

/// <summary>How fast extraction ran over a page set.</summary>
/// <param name="Tool">What was timed.</param>
/// <param name="Pages">Pages per round.</param>
/// <param name="Rounds">Timed rounds.</param>
/// <param name="Seconds">Wall-clock time of the timed rounds.</param>
/// <param name="PagesPerSecond">Pages × rounds / seconds.</param>
/// <param name="FailedPerRound">Pages that yielded no article in a round.</param>
/// <param name="TextChars">Characters of article text extracted in a round.</param>
public sealed record ExtractionSpeed(string Tool, int Pages, int Rounds, double Seconds, double PagesPerSecond, int FailedPerRound, long TextChars);
