using Crosscheck.Entities;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Prepositions a headline label may put between its speaker and an addressee, venue or topic ("Ruiz to Pilots:",
    // "Kovac at Lorton Summit:", "Ruiz On Tolls:"); either case, as headlines write both.
    private static readonly string[] LabelSpeakerPrepositions = ["to", "at", "on"];

    /// <summary>
    /// Whether token <paramref name="k"/> of a label that opens at <paramref name="first"/> is a preposition after the
    /// speaker: a capitalised word before it and a capitalised word (or "the") after it.
    /// </summary>
    private bool IsLabelSpeakerPreposition(int first, int k) =>
        k > first && IsOneOf(k, LabelSpeakerPrepositions) && IsCapitalised(k - 1) && !IsOneOf(k - 1, LabelSpeakerPrepositions)
        && (IsCapitalised(k + 1) || Is(k + 1, "the")) && !(Is(k, "to") && !NamesAddressee(k + 1));

    /// <summary>
    /// Whether the word after a label's "to" may begin whom the speaker addresses ("Ruiz to Voters:", "Kovac to Ana
    /// Ruiz:", "Ruiz to Planned Parenthood:"), not an infinitive: "Ruiz to Visit Vodena: What the Pilots Want" is a
    /// plan, and what follows its colon nobody's words. A verb is recognised by the headline-verb list (whose -s forms
    /// it holds) or the cue lexicons ("Ruiz to Testify on Tolls: …").
    /// </summary>
    private bool NamesAddressee(int i) =>
        Is(i, "the") || MentionAt(i) is not null
        // An -ed word after "to" is no infinitive ("Clinton to Planned Parenthood:"), though the cue lexicon lists it.
        || !IsHeadlineVerbBase(i) && !(IsCueWord(i) && !Word(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a capitalised word is the base form of a headline verb ("Visit", "Meet": "visits", "meets" are listed).</summary>
    private bool IsHeadlineVerbBase(int i)
    {
        var word = Word(i);
        if (word.Length is 0 or > 30)
        {
            return false;
        }
        Span<char> buffer = stackalloc char[32];
        word.ToLowerInvariant(buffer);
        buffer[word.Length] = 's';
        return EntityLexicon.HeadlineVerbs.Contains(buffer[..(word.Length + 1)]);
    }

    /// <summary>
    /// The first preposition of a headline label "Name to Addressee:" / "Name at Venue:" / "Name On Topic:" in tokens
    /// <paramref name="first"/>..<paramref name="last"/>; -1 when none. The speaker is the words before it: the label
    /// as a whole read "Ruiz On Tolls" as the speaker, and a lower-case "to" or "at" ended no label at all.
    /// </summary>
    private int LabelSpeakerPreposition(int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (IsLabelSpeakerPreposition(first, k))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether the words before a label's preposition (<paramref name="first"/>..<paramref name="last"/>) name a
    /// speaker. One word must be a name the article uses ("Ruiz to Pilots:"): a lone word before "to" is as often a
    /// topic ("Return to Vodena:", "Road to the Summit:", "Letter to the Editor:").
    /// </summary>
    private bool NamesSpeakerBeforePreposition(int first, int last)
    {
        if (first == last)
        {
            return IsCapitalised(first) && !IsOneOf(first, NonSpeakerLabels) && !IsOneOf(first, SectionLabels)
                && (MentionAt(first) is { Kind: EntityKind.Person or EntityKind.Organization or EntityKind.Outlet } || IsSurnameNamedElsewhere(first, last));
        }
        return NamesSpeaker(first, last);
    }
}
