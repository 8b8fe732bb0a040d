namespace Crosscheck.Claims;

/// <summary>Scores how worth checking a sentence is, in [0, 1], from surface features.</summary>
/// <remarks>
/// An additive score rather than a trained model: each feature's weight is readable and can be argued with. Numbers
/// and named actors matter most (they are what fact-checkers verify: ClaimBuster and CheckThat! annotations agree);
/// opinion, first-person talk and very short sentences pull the score down. Stateless and thread-safe.
/// </remarks>
internal static class CheckWorthiness
{
    public static double Score(in ClaimFeatures features)
    {
        var score = 0.15;
        if (features.Numbers > 0)
        {
            score += 0.3 + 0.05 * Math.Min(features.Numbers - 1, 2);
        }
        if (features.QuantityWithUnit)
        {
            score += 0.05;
        }
        if (features.Entities > 0)
        {
            score += 0.12 + 0.06 * Math.Min(features.Entities - 1, 2);
        }
        if (features.Actor)
        {
            score += 0.08;
        }
        if (features.FactualVerb)
        {
            score += 0.15;
        }
        if (features.PastTense)
        {
            score += 0.1;
        }
        if (features.SpecificTime)
        {
            score += 0.1;
        }
        if (features.Comparative)
        {
            score += 0.08;
        }
        score -= 0.15 * Math.Min(features.Opinion, 2);
        // First-person talk is filler unless it reports something done ("We cut the tax in 2019").
        if (features.FirstPersonOpening && features.Numbers == 0 && !features.PastTense && !features.FactualVerb)
        {
            score -= 0.12;
        }
        // Shortness only hurts when nothing measurable is said: "Prices rose 9 percent." is short and checkable.
        if (features.Words < 4)
        {
            score -= 0.3;
        }
        else if (features.Words < 7 && features.Numbers == 0)
        {
            score -= 0.12;
        }
        // A question states nothing; speculation still names something a checker may want to pin down.
        score *= features.Modality switch
        {
            Modality.Question => 0.5,
            Modality.Speculative => 0.9,
            _ => 1.0,
        };
        return Math.Round(Math.Clamp(score, 0, 1), 3);
    }
}
