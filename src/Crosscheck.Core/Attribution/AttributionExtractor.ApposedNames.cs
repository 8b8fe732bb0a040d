using Crosscheck.Entities;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Words that open a role phrase whose apposed name is the speaker ("the company's president, Ana Ruiz").
    private static readonly string[] RoleDeterminers = ["the", "a", "an", "his", "her", "their", "its"];

    /// <summary>
    /// The speaker of "Kovac's lawyer, Dora Vance, said …" and "…, said the board's chairman, Ivo Brenner." is the apposed
    /// name, not the role phrase the speaker rules stopped at: readers saw "Kovac's lawyer" as who spoke. Only the
    /// speaker's name and mention change; the source span (what PolNeAR marks, and what the metric compares) already
    /// holds both. The name must be a person's (an entity mention or a name of several words) set off by a comma
    /// after the role phrase and followed by a comma, the sentence's end or the cue.
    /// </summary>
    private void MoveSpeakersToApposedNames()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (quote.SpeakerSpan is not { } mention || quote.SourceSpan is not { } source || source.End <= mention.End + 2)
            {
                continue;
            }
            var last = TokenBefore(mention.End);
            var comma = last + 1;
            if (!IsPunct(comma, ',') || _tokens[comma].Span.End > source.End || !IsDescriptorStart(TokenAtOrAfter(mention.Start), last))
            {
                continue;
            }
            var limit = TokenBefore(source.End);
            if (ParseSpeakerForward(comma + 1, limit) is not { Kind: SpeakerKind.Name } name || !KnownPersonName(name)
                || !(name.Last == limit || IsPunct(name.Last + 1, ',') && name.Last + 1 == limit))
            {
                continue;
            }
            _quotes[q] = quote with { Speaker = FullName(name), SpeakerSpan = name.Span };
        }
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are a lower-case role phrase: a determiner or a possessive name first, a lower-case word last.</summary>
    private bool IsDescriptorStart(int first, int last)
    {
        if (last <= first || !IsLower(last))
        {
            return false;
        }
        var word = Word(first);
        // A determiner opening the sentence is capitalised: "The institute's director, Nadia Osei, cautioned …".
        return (IsLower(first) || first == SentenceTokens(_tokenSentence[first]).First) && IsOneOf(first, RoleDeterminers)
            || IsCapitalised(first) && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal));
    }

    /// <summary>A person's name: an entity mention of a person, or capitalised words of which the last is not an organisation word.</summary>
    private bool KnownPersonName(SpeakerPhrase name) =>
        MentionAt(name.First) is { Kind: EntityKind.Person } || name.MentionKey is null && name.Last > name.First && !AttributionLexicons.OrgWordLookup.Contains(Word(name.Last));
}
