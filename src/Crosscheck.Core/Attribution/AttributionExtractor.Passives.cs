namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Adverbs between "be" and an agentless passive's participle besides the -ly ones: "are also expected to",
    // "is not expected to", "was still seen as", "is no longer expected to".
    private static readonly ListedWords PassiveAdverbs = ["not", "also", "still", "now", "already", "never", "even", "often", "long", "no", "longer", "n't", "widely"];

    /// <summary>
    /// Steps back from <paramref name="k"/> over the adverbs that may stand between "be" and a passive participle (at
    /// most three, not past <paramref name="first"/>): -ly words and <see cref="PassiveAdverbs"/>.
    /// </summary>
    private int SkipPassiveAdverbs(int k, int first)
    {
        var stop = k - 3;
        while (k > first && k > stop && IsLower(k) && (Word(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase) || IsOneOf(k, PassiveAdverbs)))
        {
            k--;
        }
        return k;
    }
}
