using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>Computes the <see cref="ClaimFeatures"/> of one sentence from its tokens and the claims lexicons.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ClaimFeatureExtractor
{
    /// <summary>
    /// The features of tokens [<paramref name="first"/>, <paramref name="end"/>), whose word-list flags
    /// (<see cref="ClaimLexicons.Lookup(string, ReadOnlySpan{Token}, Span{ClaimWord})"/>) <paramref name="words"/> holds
    /// from <paramref name="first"/> on. <paramref name="entities"/> is the count of named entity mentions, or null to
    /// count runs of capitalised words instead.
    /// </summary>
    public static ClaimFeatures Extract(
        string text, ReadOnlySpan<Token> tokens, int first, int end, ReadOnlySpan<ClaimWord> words, List<string> numbers, int? entities,
        Modality modality)
    {
        var (opinion, actors, comparatives) = CountPhrases(text, tokens, first, end);
        var features = new ClaimFeatures
        {
            Actor = actors > 0,
            QuantityWithUnit = HasUnit(numbers),
            Words = CountWords(tokens, first, end),
            Numbers = numbers.Count,
            Entities = entities ?? CountCapitalisedNames(text, tokens, first, end, words),
            Opinion = opinion,
            Comparative = comparatives > 0,
            Modality = modality,
        };
        return AddVerbAndTimeFeatures(text, tokens, first, end, words, features);
    }

    /// <summary>
    /// How many opinion, actor and comparative phrases tokens [<paramref name="first"/>, <paramref name="end"/>) hold,
    /// each lexicon counted as if matched on its own: leftmost-longest, a match's tokens not starting another match of
    /// the same lexicon. One walk of the shared trie per token serves all three.
    /// </summary>
    private static (int Opinion, int Actors, int Comparatives) CountPhrases(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        int opinion = 0, actors = 0, comparatives = 0;
        int opinionFree = first, actorFree = first, comparativeFree = first;
        for (var i = first; i < end; i++)
        {
            var longest = new LongestPerFile(i);
            ClaimLexicons.FeaturePhrases.Walk(text, tokens, i, end, ref longest);
            if (i >= opinionFree && longest.Opinion > i)
            {
                opinion++;
                opinionFree = longest.Opinion;
            }
            if (i >= actorFree && longest.Actor > i)
            {
                actors++;
                actorFree = longest.Actor;
            }
            if (i >= comparativeFree && longest.Comparative > i)
            {
                comparatives++;
                comparativeFree = longest.Comparative;
            }
        }
        return (opinion, actors, comparatives);
    }

    /// <summary>The end of the longest phrase of each of the three lexicons reached from one start.</summary>
    private struct LongestPerFile(int start) : IPhraseVisitor<bool>
    {
        public int Opinion = start;
        public int Actor = start;
        public int Comparative = start;

        public void Reached(int end, ReadOnlySpan<(int File, bool Value)> values)
        {
            foreach (var (file, _) in values)
            {
                ref var longest = ref file == ClaimLexicons.OpinionFile ? ref Opinion : ref file == ClaimLexicons.ActorFile ? ref Actor : ref Comparative;
                longest = Math.Max(longest, end);
            }
        }
    }

    /// <summary>Word and number tokens in [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public static int CountWords(ReadOnlySpan<Token> tokens, int first, int end)
    {
        var words = 0;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                words++;
            }
        }
        return words;
    }

    private static bool HasUnit(List<string> numbers)
    {
        foreach (var number in numbers)
        {
            if (!char.IsDigit(number[^1]) || number[0] is '$' or '\u20AC' or '\u00A3' or '\u00A5')
            {
                return true;
            }
        }
        return false;
    }

    private static ClaimFeatures AddVerbAndTimeFeatures(
        string text, ReadOnlySpan<Token> tokens, int first, int end, ReadOnlySpan<ClaimWord> words, ClaimFeatures features)
    {
        var factual = false;
        var past = false;
        var time = false;
        var firstPerson = false;
        var firstWord = true;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            var word = token.Span.Slice(text);
            if (token.Kind == TokenKind.Number)
            {
                // A year such as 1999 or 2024 pins the claim to a time.
                time |= word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal));
                firstWord = false;
                continue;
            }
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            if (firstWord)
            {
                firstPerson = word is "I" or "We" or "I'm" or "We're" or "I\u2019m" or "We\u2019re" or "Let's" or "Let\u2019s" or "My" or "Our";
                firstWord = false;
            }
            // Each flag only needs one witness: once set, its word list is not consulted again.
            var flags = words[i - first];
            factual = factual || (flags & ClaimWord.Factual) != 0;
            time = time || (flags & ClaimWord.Time) != 0 && !(word is "May" or "March" && i == first);
            past = past || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
                || word is "didn't" or "wasn't" or "weren't" or "hadn't" or "didn\u2019t" || (flags & ClaimWord.IrregularPast) != 0;
        }
        return features with { FactualVerb = factual, PastTense = past, SpecificTime = time, FirstPersonOpening = firstPerson };
    }

    private static int CountCapitalisedNames(string text, ReadOnlySpan<Token> tokens, int first, int end, ReadOnlySpan<ClaimWord> words)
    {
        // Without entity mentions, runs of capitalised words after the first word stand in for names.
        var names = 0;
        var inName = false;
        var firstWord = true;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                inName = false;
                continue;
            }
            var word = token.Span.Slice(text);
            var afterOpener = i > first && tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Span.Start] is '"' or '\u201C' or '\u00AB' or '\'' or '\u2018' or ':';
            var capitalised = char.IsUpper(word[0]) && !firstWord && !afterOpener && word is not ("I" or "I'm" or "I\u2019m") && (words[i - first] & ClaimWord.Time) == 0;
            firstWord = false;
            if (capitalised && !inName)
            {
                names++;
            }
            inName = capitalised;
        }
        return names;
    }
}
