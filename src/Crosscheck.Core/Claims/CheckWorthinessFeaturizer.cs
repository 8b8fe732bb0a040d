using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>Turns one sentence into the hashed feature indices the check-worthiness model weighs.</summary>
/// <remarks>
/// <para>Feature hashing keeps the model a fixed-size weight array and the hot loop free of strings: each word is
/// hashed from its characters, lower-cased on the fly, and n-grams combine word hashes. Features: lower-cased word
/// unigrams, bigrams and trigrams (numbers reduced to their shape: year, decimal, integer), the first two words by
/// position, three-letter word endings, and the rule features of <see cref="ClaimFeatures"/> (numbers, units, named
/// actors, capitalised names, factual and past-tense verbs, times, comparisons, opinion, first person, length,
/// modality) together with the additive rule score, bucketed.</para>
/// <para>Stateless and thread-safe. A feature may occur more than once; the model then counts it more than once.</para>
/// </remarks>
internal static class CheckWorthinessFeaturizer
{
    /// <summary>Features of the rule block (the bias feature and 15 rules), always the last ones of a sentence's list.</summary>
    public const int RuleFeatureCount = 16;

    /// <summary>Word-feature count at which <see cref="LengthScale"/> is 1: about a 15-word sentence.</summary>
    private const double ReferenceWordFeatures = 60;

    private const uint Begin = 0x5bd1e995;
    private const uint Finish = 0x27d4eb2f;
    private const uint YearShape = 0x1b873593;
    private const uint DecimalShape = 0x85ebca6b;
    private const uint IntegerShape = 0xc2b2ae35;

    private enum Space : uint
    {
        Unigram = 1,
        Bigram,
        Trigram,
        Opening,
        Ending,
        Rule,
        Bias,
    }

    /// <summary>Appends the feature indices of tokens [<paramref name="first"/>, <paramref name="end"/>), masked to <paramref name="mask"/>.</summary>
    public static void Extract(string text, IReadOnlyList<Token> tokens, int first, int end, in ClaimFeatures rules, uint mask, List<int> output)
    {
        var previous = Begin;
        var beforePrevious = Begin;
        var words = 0;
        // Read through a span: an interface call per token was a tenth of this loop.
        var tokenSpan = TokenList.AsSpan(tokens);
        for (var i = first; i < end; i++)
        {
            var token = tokenSpan[i];
            var word = token.Span.Slice(text);
            var hash = token.Kind switch
            {
                TokenKind.Number => NumberShape(word),
                _ => WordHash(word),
            };
            Add(output, Space.Unigram, hash, mask);
            Add(output, Space.Bigram, Combine(previous, hash), mask);
            Add(output, Space.Trigram, Combine(Combine(beforePrevious, previous), hash), mask);
            if (token.Kind == TokenKind.Word)
            {
                if (words < 2)
                {
                    Add(output, Space.Opening, Combine((uint)words, hash), mask);
                }
                if (word.Length > 4)
                {
                    Add(output, Space.Ending, WordHash(word[^3..]), mask);
                }
                words++;
            }
            beforePrevious = previous;
            previous = hash;
        }
        Add(output, Space.Bigram, Combine(previous, Finish), mask);
        Add(output, Space.Trigram, Combine(Combine(beforePrevious, previous), Finish), mask);
        AddRules(rules, mask, output);
    }

    /// <summary>
    /// The factor on the summed weights of a sentence's word features (everything before the rule block):
    /// (60 / their count)^<paramref name="power"/>; 1 when <paramref name="power"/> is 0.
    /// </summary>
    /// <remarks>
    /// A long sentence carries many n-grams, so unscaled its margin grows with its length and the model grows
    /// over-confident on long sentences (a second-level fit gave the margin of a 30-word sentence half the weight of a
    /// 6-word one's). Debates' sentences got shorter over the years, so later debates' check-worthy sentences scored
    /// too low. Scaling by length ranked better on every fold of the grouped cross-validation (docs/accuracy.md,
    /// "Length normalisation"). The rule features are counts and flags of fixed number, so they stay unscaled.
    /// </remarks>
    public static double LengthScale(int featureCount, double power)
    {
        var words = featureCount - RuleFeatureCount;
        return power == 0 || words <= 0 ? 1.0 : Math.Pow(ReferenceWordFeatures / words, power);
    }

    private static void AddRules(in ClaimFeatures rules, uint mask, List<int> output)
    {
        Add(output, Space.Bias, 0, mask);
        Rule(output, 1, (uint)Math.Min(rules.Numbers, 3), mask);
        Rule(output, 2, rules.QuantityWithUnit ? 1u : 0u, mask);
        Rule(output, 3, rules.Actor ? 1u : 0u, mask);
        Rule(output, 4, (uint)Math.Min(rules.Entities, 4), mask);
        Rule(output, 5, rules.FactualVerb ? 1u : 0u, mask);
        Rule(output, 6, rules.PastTense ? 1u : 0u, mask);
        Rule(output, 7, rules.SpecificTime ? 1u : 0u, mask);
        Rule(output, 8, rules.Comparative ? 1u : 0u, mask);
        Rule(output, 9, (uint)Math.Min(rules.Opinion, 3), mask);
        Rule(output, 10, rules.FirstPersonOpening ? 1u : 0u, mask);
        Rule(output, 11, LengthBucket(rules.Words), mask);
        Rule(output, 12, (uint)rules.Modality, mask);
        Rule(output, 13, (uint)(CheckWorthiness.Score(rules) * 10), mask);
        // Interactions the additive rules encode by hand: a number in first-person talk, a name with a past-tense verb.
        Rule(output, 14, (rules.Numbers > 0 ? 1u : 0u) | (rules.FirstPersonOpening ? 2u : 0u) | (rules.PastTense ? 4u : 0u), mask);
        Rule(output, 15, (rules.Entities > 0 ? 1u : 0u) | (rules.FactualVerb ? 2u : 0u) | (rules.Opinion > 0 ? 4u : 0u), mask);
    }

    private static uint LengthBucket(int words) => words switch
    {
        < 4 => 0,
        < 7 => 1,
        < 12 => 2,
        < 20 => 3,
        < 30 => 4,
        _ => 5,
    };

    private static void Rule(List<int> output, uint rule, uint value, uint mask) =>
        Add(output, Space.Rule, Combine(rule, value), mask);

    private static void Add(List<int> output, Space space, uint hash, uint mask) =>
        output.Add((int)(Mix(hash ^ ((uint)space * 0x9E3779B9u)) & mask));

    private static uint Combine(uint left, uint right) => Mix(left * 31u + 0x165667b1u) ^ right;

    /// <summary>FNV-1a over the lower-cased characters, with curly apostrophes folded to straight ones.</summary>
    private static uint WordHash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var raw in word)
        {
            // ASCII letters lower-cased inline, as ToLowerInvariant would: most words are ASCII.
            var c = raw < 128 ? (raw is >= 'A' and <= 'Z' ? (char)(raw | 0x20) : raw) : raw == '\u2019' ? '\'' : char.ToLowerInvariant(raw);
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }

    private static uint NumberShape(ReadOnlySpan<char> number)
    {
        if (number.Length == 4 && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal)))
        {
            return YearShape;
        }
        return number.Contains('.') ? DecimalShape : IntegerShape;
    }

    /// <summary>Murmur3's finaliser: spreads every input bit over the output so masking keeps the hash uniform.</summary>
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return h;
    }
}
