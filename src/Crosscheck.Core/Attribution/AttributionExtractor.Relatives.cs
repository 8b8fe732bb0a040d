using Crosscheck.Documents;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // "… and who said": a relative clause coordinated with an earlier one keeps the name resolved for that one.
    private static readonly string[] Coordinators = ["and", "or", "but"];

    /// <summary>
    /// The name a relative-pronoun mention stands for, checked against its antecedent, the word right before it (past
    /// a comma or dash): an entity mention there gives that entity's key ("the Lorton Star, which" → the Star); a
    /// lower-case common noun that does not end the resolved name leaves the quote unresolved ("harbour pilots, who
    /// said" is not the last person named: no name is better than a wrong one), unless the name stands within twelve
    /// words before it in the sentence ("Ana Ruiz, a harbour engineer, who"); anything else keeps the name. The
    /// acronym "WHO" is no relative pronoun: it keeps the organisation the entities stage found there. Names only.
    /// </summary>
    private string? AntecedentName(TextSpan mention, string name)
    {
        var text = _text.AsSpan(mention.Start, mention.Length);
        if (!text.Equals("who", StringComparison.OrdinalIgnoreCase)
            && !text.Equals("which", StringComparison.OrdinalIgnoreCase))
        {
            return name; // most mentions are names: no token search for them
        }
        var k = TokenAtOrAfter(mention.Start);
        if (k >= _tokens.Length || _tokens[k].Span.Start != mention.Start || _tokens[k].Span.End != mention.End
            || !Is(k, "who") && !Is(k, "which"))
        {
            return name;
        }
        var word = Word(k);
        if (char.IsUpper(word[0]) && char.IsUpper(word[^1]))
        {
            return MentionAt(k)?.Key ?? word.ToString();
        }
        if (!IsLower(k))
        {
            return name; // a question's "Who …", not a relative clause
        }
        var a = k - 1;
        for (var steps = 0; steps < 3 && IsCommaOrDash(a); steps++)
        {
            a--;
        }
        if (!IsWord(a))
        {
            return name;
        }
        if (MentionAt(a) is { } antecedent)
        {
            return antecedent.Key;
        }
        if (!IsLower(a) || IsOneOf(a, Coordinators) || NamedJustBefore(a, name))
        {
            return name;
        }
        var last = Word(a);
        var span = name.AsSpan();
        return span.EndsWith(last, StringComparison.OrdinalIgnoreCase)
            && (span.Length == last.Length || span[span.Length - last.Length - 1] == ' ')
            ? name
            : null;
    }

    private bool IsCommaOrDash(int i) => IsPunct(i, ',') || IsPunct(i, '-') || IsPunct(i, '–') || IsPunct(i, '—');

    /// <summary>Whether an entity mention keyed <paramref name="name"/> starts in the twelve tokens of the sentence up
    /// to token <paramref name="a"/>.</summary>
    private bool NamedJustBefore(int a, string name)
    {
        var (first, _) = SentenceTokens(_tokenSentence[a]);
        for (var i = a; i >= Math.Max(first, a - 12); i--)
        {
            if (MentionAt(i) is { } mention && mention.Key == name)
            {
                return true;
            }
        }
        return false;
    }
}
