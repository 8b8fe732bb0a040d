namespace Crosscheck.Signals;

/// <summary>Turns the model's strongest features into a one-line reason a person can check against the text.</summary>
internal static class ModelReasons
{
    /// <summary>
    /// What one feature shows a reader: whether it is a word of the text (<see cref="Lexical"/>), and how to say it
    /// (<see cref="Text"/>; null for features with no visible trace, such as position or bias). It depends on the feature's
    /// name alone, so the model keeps one per name (<see cref="SignalModel"/>) instead of parsing names for every signal.
    /// </summary>
    /// <param name="Lexical">Whether the feature is a word or word pair of the text.</param>
    /// <param name="Text">The feature as the reader can find it in the text, or null.</param>
    internal sealed record Cue(bool Lexical, string? Text);

    /// <summary>The <see cref="Cue"/> of the feature named <paramref name="feature"/>.</summary>
    public static Cue CueOf(string feature) => new(IsLexical(feature), Readable(feature));

    /// <summary>
    /// "'shameless' and '!' ending the sentence typical of Loaded_Language (model 0.81)": the two strongest features that
    /// a reader can find in the text (their cues, strongest first), words before other cues, then the technique and the
    /// model's probability.
    /// </summary>
    public static string Describe(ReadOnlySpan<Cue> features, Technique technique, double probability)
    {
        // Words first: "'shameless'" is easier to check than "quotation marks", whatever their weights.
        var parts = new List<string>(2);
        for (var pass = 0; pass < 2; pass++)
        {
            var lexical = pass == 0;
            foreach (var cue in features)
            {
                if (parts.Count < 2 && cue.Lexical == lexical && cue.Text is { } text && !Repeats(parts, text))
                {
                    parts.Add(text);
                }
            }
        }
        var cues = parts.Count == 0 ? "the wording" : string.Join(" and ", parts);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{cues} typical of {technique.Name()} (model {probability:0.00})");
    }

    // "'the rotten'" after "'rotten'" adds nothing.
    private static bool Repeats(List<string> parts, string text) =>
        parts.Exists(p => p.Contains(text.Trim('\''), StringComparison.Ordinal) || text.Contains(p.Trim('\''), StringComparison.Ordinal));

    private static bool IsLexical(string feature) =>
        feature.StartsWith("w=", StringComparison.Ordinal) || feature.StartsWith("bl=", StringComparison.Ordinal)
        || feature.StartsWith("br=", StringComparison.Ordinal) || feature.StartsWith("bg=", StringComparison.Ordinal)
        || feature.StartsWith("fqw=", StringComparison.Ordinal);

    /// <summary>A feature as the reader can find it in the text; null for features with no visible trace (position, bias).</summary>
    private static string? Readable(string feature)
    {
        var equals = feature.IndexOf('=', StringComparison.Ordinal);
        var kind = equals < 0 ? feature : feature[..equals];
        var value = equals < 0 ? "" : feature[(equals + 1)..].Replace('_', ' ');
        if (equals >= 0 && !value.Any(char.IsLetterOrDigit) && kind is not ("lx" or "lxl" or "lxr" or "slx"))
        {
            // A bare punctuation mark says little; the sentence-level '!' and '?' features say it better.
            return null;
        }
        return kind switch
        {
            "w" or "fqw" => $"'{value}'",
            "bl" or "br" or "bg" => $"'{value}'",
            "w-1" or "w-2" when !value.StartsWith('<') => $"'{value}' before it",
            "w+1" or "w+2" when !value.StartsWith('<') => $"'{value}' after it",
            "s3" => $"the ending '-{value}'",
            "lx" => $"a {feature[(equals + 1)..]} lexicon phrase",
            "lxl" or "lxr" => $"a nearby {feature[(equals + 1)..]} lexicon phrase",
            "slx" => $"a {feature[(equals + 1)..]} cue in the sentence",
            "s!" => "'!' ending the sentence",
            "s?" => "a question",
            "q" => "quotation marks",
            "fq" => "a word the article repeats",
            "sh" when value == "X" => "capital letters",
            _ => null,
        };
    }
}
