using System.Collections.Frozen;
using Crosscheck.Lexicons;

namespace Crosscheck.Attribution;

/// <summary>
/// Reads what each attribution reports (<see cref="Reported"/>) from its kind and its cue's head word, after the stage
/// has made its quotes.
/// </summary>
/// <remarks>
/// A pass of its own rather than a field every rule sets: the answer depends only on the finished quote (its kind and
/// its cue as written), so one place decides it for the forty-odd rules that make quotes.
/// </remarks>
internal static class QuoteReporting
{
    // Cue-word forms → class, from Lexicons/attribution-reporting.txt (lemmas with their regular forms).
    private static readonly FrozenDictionary<string, Reported> Classes = BuildClasses();

    // Words before a cue's head that say nothing about what it reports: auxiliaries, negations, contracted subjects,
    // and adverbs the stage lets into a cue ("has long argued", "don't like", "can only hope").
    private static readonly FrozenSet<string> Skipped = new[]
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "will", "would", "can", "could", "may", "might", "must", "shall", "should", "to", "not", "never", "no",
        "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "isn't", "aren't", "wasn't",
        "weren't", "haven't", "hasn't", "hadn't", "shouldn't", "mustn't", "he's", "she's", "it's", "they're", "we're",
        "you're", "i'm", "who's", "there's", "they've", "we've", "i've", "we'd", "they'd", "he'd", "she'd", "i'd",
        "also", "still", "just", "even", "already", "first", "now", "once", "later", "again", "long", "often", "always",
        "so", "only", "both", "yet", "well", "ever", "sometimes", "perhaps", "almost", "earlier", "soon", "then",
        "his", "her", "their", "its", "our", "my", "your", "the", "a", "an",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SpeechNouns = Lexicon.Set("attribution-speech-nouns");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechNounLookup = SpeechNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SkippedLookup = Skipped.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, Reported>.AlternateLookup<ReadOnlySpan<char>> ClassLookup = Classes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The quotes with <see cref="Quote.Reports"/> set; the list is rewritten in place.</summary>
    public static List<Quote> Classify(List<Quote> quotes, CueModel model)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var reports = Of(quotes[i], model);
            if (reports != quotes[i].Reports)
            {
                quotes[i] = quotes[i] with { Reports = reports };
            }
        }
        return quotes;
    }

    /// <summary>What <paramref name="quote"/> reports.</summary>
    public static Reported Of(Quote quote, CueModel model)
    {
        // Words in quotation marks are words, whatever verb introduces them ("ordered: “Evacuate now.”").
        if (quote.Kind != QuoteKind.Indirect || quote.Cue is not { Length: > 0 } cue)
        {
            return Reported.Speech;
        }
        Span<char> folded = stackalloc char[Math.Min(cue.Length, 256)];
        var length = Fold(cue, folded);
        var rest = (ReadOnlySpan<char>)folded[..length];
        var anyWord = false;
        while (NextWord(ref rest, out var word))
        {
            anyWord = true;
            if ((word.Length > 4 && word.EndsWith("ly") && !word.SequenceEqual("reportedly")) || SkippedLookup.Contains(word))
            {
                continue;
            }
            var head = Head(word, rest, model);
            // "issued a statement", "made his clarification", "made it clear": a deed verb whose object is the saying.
            return head == Reported.Act && (HasSpeechNoun(rest, int.MaxValue) || HasSpeechNoun(quote.Text, 5)) ? Reported.Speech : head;
        }
        // A cue of auxiliaries and negations alone ("we don't [know]") is a stance; a mark alone (":") introduces words.
        return anyWord ? Reported.Belief : Reported.Speech;
    }

    private static Reported Head(ReadOnlySpan<char> word, ReadOnlySpan<char> rest, CueModel model)
    {
        if (word.SequenceEqual("according") || word.SequenceEqual("reportedly"))
        {
            return Reported.Speech;
        }
        var entry = model.Lookup(word);
        if (entry.Phrasal is { } phrasal && NextWord(ref rest, out var particle))
        {
            foreach (var (p, _, cueClass) in phrasal)
            {
                if (particle.SequenceEqual(p))
                {
                    return Of(cueClass);
                }
            }
        }
        if (entry.Hand is { } hand)
        {
            return Of(hand.Class);
        }
        if (ClassLookup.TryGetValue(word, out var listed))
        {
            return listed;
        }
        if (entry.Learned is { } learned)
        {
            // A learned cue no list names is mostly a deed PolNeAR marks ("lobbied", "issued pardons"); its trainer
            // marks the ones that take a to-infinitive as intents.
            return learned.Intent ? Reported.Intent : Reported.Act;
        }
        // Cue words the rules bring themselves (nominal cues, set phrases) report words.
        return Reported.Speech;
    }

    private static Reported Of(CueClass cueClass) => cueClass switch
    {
        CueClass.Belief => Reported.Belief,
        CueClass.Intent => Reported.Intent,
        _ => Reported.Speech,
    };

    // Lower case with the curly apostrophe made straight, so one list serves "don’t" and "don't".
    private static int Fold(string cue, Span<char> into)
    {
        var length = Math.Min(cue.Length, into.Length);
        for (var i = 0; i < length; i++)
        {
            var c = cue[i];
            into[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }
        return length;
    }

    // The next run of letters, digits, apostrophes and hyphens in rest, which moves past it.
    private static bool NextWord(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> word)
    {
        var start = 0;
        while (start < rest.Length && !IsWordChar(rest[start]))
        {
            start++;
        }
        var end = start;
        while (end < rest.Length && IsWordChar(rest[end]))
        {
            end++;
        }
        word = rest[start..end];
        rest = rest[end..];
        return word.Length > 0;
    }

    // Whether one of the first `words` words of text is a speech noun or its plural (the list ignores case).
    private static bool HasSpeechNoun(ReadOnlySpan<char> text, int words)
    {
        while (words-- > 0 && NextWord(ref text, out var word))
        {
            if (SpeechNounLookup.Contains(word) || (word.Length > 1 && word[^1] is 's' or 'S' && SpeechNounLookup.Contains(word[..^1])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsConsonant(char c) => char.IsAsciiLetterLower(c) && "aeiou".IndexOf(c, StringComparison.Ordinal) < 0;

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '-';

    private static FrozenDictionary<string, Reported> BuildClasses()
    {
        var forms = new Dictionary<string, Reported>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lemma, value) in Lexicon.Table("attribution-reporting"))
        {
            var fields = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var reported = Enum.Parse<Reported>(fields[0], ignoreCase: true);
            forms.TryAdd(lemma, reported);
            foreach (var form in AttributionLexicons.RegularForms(lemma))
            {
                forms.TryAdd(form, reported);
            }
            // "slam" → "slammed", "slamming": the shared generator does not double a final consonant. A form this adds
            // to a word that does not double ("offerred") is simply never written.
            if (lemma.Length >= 3 && IsConsonant(lemma[^1]) && lemma[^1] is not ('w' or 'x' or 'y') && !IsConsonant(lemma[^2]) && IsConsonant(lemma[^3]))
            {
                forms.TryAdd(lemma + lemma[^1] + "ed", reported);
                forms.TryAdd(lemma + lemma[^1] + "ing", reported);
            }
            for (var i = 1; i < fields.Length; i++)
            {
                forms.TryAdd(fields[i], reported);
            }
        }
        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
