using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>Computes the <see cref="ClaimFeatures"/> of one sentence from its tokens and the claims lexicons.</summary>
/// <remarks>Stateless and thread-safe; the caller lends the scratch list so a stage can reuse it across sentences.</remarks>
internal static class ClaimFeatureExtractor
{
    /// <summary>
    /// The features of tokens [<paramref name="first"/>, <paramref name="end"/>). <paramref name="entities"/> is the
    /// count of named entity mentions, or null to count runs of capitalised words instead.
    /// </summary>
    public static ClaimFeatures Extract(
        string text, IReadOnlyList<Token> tokens, int first, int end, List<string> numbers, int? entities, Modality modality,
        List<PhraseMatch<bool>> scratch)
    {
        scratch.Clear();
        ClaimLexicons.Opinion.FindAll(text, tokens, first, end, scratch);
        var opinion = scratch.Count;
        scratch.Clear();
        ClaimLexicons.Actors.FindAll(text, tokens, first, end, scratch);
        var actor = scratch.Count > 0;
        scratch.Clear();
        ClaimLexicons.Comparatives.FindAll(text, tokens, first, end, scratch);
        var features = new ClaimFeatures
        {
            Actor = actor,
            QuantityWithUnit = HasUnit(numbers),
            Words = CountWords(tokens, first, end),
            Numbers = numbers.Count,
            Entities = entities ?? CountCapitalisedNames(text, tokens, first, end),
            Opinion = opinion,
            Comparative = scratch.Count > 0,
            Modality = modality,
        };
        return AddVerbAndTimeFeatures(text, tokens, first, end, features);
    }

    /// <summary>Word and number tokens in [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public static int CountWords(IReadOnlyList<Token> tokens, int first, int end)
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

    private static ClaimFeatures AddVerbAndTimeFeatures(string text, IReadOnlyList<Token> tokens, int first, int end, ClaimFeatures features)
    {
        var factual = false;
        var past = false;
        var time = false;
        var firstPerson = false;
        var factualLookup = ClaimLexicons.FactualVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var timeLookup = ClaimLexicons.TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var pastLookup = ClaimLexicons.IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();
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
            factual = factual || factualLookup.Contains(word);
            time = time || timeLookup.Contains(word) && !(word is "May" or "March" && i == first);
            past = past || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
                || word is "didn't" or "wasn't" or "weren't" or "hadn't" or "didn\u2019t" || pastLookup.Contains(word);
        }
        return features with { FactualVerb = factual, PastTense = past, SpecificTime = time, FirstPersonOpening = firstPerson };
    }

    private static int CountCapitalisedNames(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        // Without entity mentions, runs of capitalised words after the first word stand in for names.
        var names = 0;
        var inName = false;
        var timeLookup = ClaimLexicons.TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();
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
            var capitalised = char.IsUpper(word[0]) && !firstWord && !afterOpener && word is not ("I" or "I'm" or "I\u2019m") && !timeLookup.Contains(word);
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
