namespace Crosscheck.Signals;

/// <summary>Turns an article's signals into its sensationalism score.</summary>
/// <remarks>
/// Weighted signal density per 100 words, squashed by <c>1 - exp(-rate * density)</c> into [0, 1). Techniques count by
/// how much they dramatise: sensational framing fully, unnamed sourcing a little (sober wire copy uses it too).
/// Stateless and thread-safe.
/// </remarks>
internal static class Sensationalism
{
    public static double Score(IReadOnlyList<Signal> signals, int words, SignalOptions options)
    {
        var total = 0.0;
        foreach (var signal in signals)
        {
            total += signal.Weight * Factor(signal.Technique);
        }
        var density = total * 100 / Math.Max(words, options.MinimumScoredWords);
        return Math.Round(1 - Math.Exp(-options.SensationalismRate * density), 3);
    }

    private static double Factor(Technique technique) => technique switch
    {
        Technique.SensationalFraming => 1.0,
        Technique.LoadedLanguage or Technique.RhetoricalQuestion => 0.8,
        Technique.ExaggerationMinimisation or Technique.NameCallingLabeling or Technique.AppealToFearPrejudice => 0.7,
        Technique.UnsupportedSpeculation => 0.6,
        Technique.Doubt or Technique.Slogans or Technique.BlackAndWhiteFallacy or Technique.CausalOversimplification
            or Technique.WhataboutismStrawMenRedHerring => 0.5,
        Technique.AppealToAuthority or Technique.Repetition => 0.3,
        Technique.FlagWaving or Technique.BandwagonReductioAdHitlerum => 0.4,
        Technique.ThoughtTerminatingCliches => 0.3,
        Technique.AnonymousSourcing => 0.25,
        _ => 0.5,
    };
}
