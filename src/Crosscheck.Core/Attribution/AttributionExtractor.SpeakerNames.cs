using System.Collections.Frozen;
using Crosscheck.Documents;
using Crosscheck.Entities;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // A resolved name that is one of these is no one a third-person pronoun can mean.
    private static readonly string[] PersonalPronouns = ["i", "me", "we", "us", "you", "he", "she", "they"];

    private static readonly string[] FemalePronouns = ["she", "her"];
    private static readonly string[] MalePronouns = ["he", "him"];
    private static readonly string[] NeuterPronouns = ["it", "they", "them"];

    // The mentions whose resolved name PronounFits checks.
    private static readonly string[] ThirdPersonPronouns = ["he", "him", "she", "her", "it", "they", "them"];

    // Words a resolved speaker name picks up from the speaker phrase when that phrase opens a question, a relative
    // clause or an aside ("Which Ruiz quickly corrected", "Did Brenner say", "Don't we all want", "Together they
    // suggested", "Whatever you might think"). A name never starts with one of them; the source-edge pass takes the
    // clause words of SourceLeadingWords off the span, this list adds the ones only opinion and web text showed.
    private static readonly string[] NameLeadingWords =
    [
        "which", "whichever", "whatever", "whoever", "together", "don't", "don’t", "doesn't", "doesn’t", "didn't",
        "didn’t", "can't", "can’t", "won't", "won’t", "isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t",
    ];

    // Lower-case words at the end of a resolved name are never part of it: a modal or auxiliary the speaker phrase
    // swept in ("We can only hope", "one might say") or the cue of an "according to what X wrote" clause.
    private static readonly string[] NameTrailingWords =
    [
        "am", "is", "are", "was", "were", "has", "have", "had", "did", "do", "does", "can", "could", "may", "might",
        "must", "shall", "should", "will", "would", "been", "being", "not", "wrote", "writes", "said", "says", "told",
        "himself", "herself", "themselves", "itself",
    ];

    /// <summary>
    /// The word lists of the name pass as case-insensitive hash sets: every quote's name is looked up, so a word costs
    /// one hash rather than a scan of some fifty entries. A nested class, so the sets are built on first use, after
    /// the lists of the other partial files exist (the order of static initialisers across partial files is not
    /// fixed).
    /// </summary>
    private static class NameLookups
    {
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Leading =
            NameLeadingWords.Concat(SourceLeadingWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>();

        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Trailing =
            NameTrailingWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        // One-word names that name no one (see MendedName): "one", NonSourceWords and NameLeadingWords in any case.
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoName =
            NonSourceWords.Concat(NameLeadingWords).Append("one").ToFrozenSet(StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>();

        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLike =
            VerbLikeWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Mends each quote's and citation's resolved speaker name: clause words off its front, lower-case modals,
    /// auxiliaries and speech verbs off its end ("Which Ruiz" → "Ruiz", "We can" → "We", "Envoy Ivo Brenner
    /// wrote" → "Envoy Ivo Brenner"), and a name that is then only a function word goes ("Clearly", "one can"; a
    /// citation with it). Names only: spans, relations and the quote filter's training are untouched. Runs last, so a
    /// pronoun resolved to an earlier junk name is mended the same way as that name.
    /// </summary>
    private void MendSpeakerNames()
    {
        // Quotes of one speaker share the name string: mend each distinct instance once.
        string? lastName = null, lastMended = null;
        for (var q = 0; q < _quotes.Count; q++)
        {
            if (_quotes[q].Speaker is not { } name)
            {
                continue;
            }
            var mended = ReferenceEquals(name, lastName) ? lastMended : MendedName(name);
            (lastName, lastMended) = (name, mended);
            if (mended is not null && _quotes[q].SpeakerSpan is { } mention)
            {
                mended = PronounFits(mention, mended) ? AntecedentName(mention, mended) : null;
                if (mended is not null && !ReferenceEquals(mended, name) && EndsReflexive(name) && !mended.Contains(' ', StringComparison.Ordinal) && mended.Length > 0 && char.IsUpper(mended[0]))
                {
                    // "Vasquez herself" lost its last word: the surname left takes the full name an earlier mention gave.
                    mended = FindFullName(mended, mention.Start)?.Name ?? mended;
                }
            }
            if (!ReferenceEquals(mended, name))
            {
                _quotes[q] = _quotes[q] with { Speaker = mended };
            }
        }
        // A citation ("according to what X wrote") carries the same resolved name; one left naming no one goes.
        var keep = 0;
        for (var c = 0; c < _citations.Count; c++)
        {
            var citation = _citations[c];
            var mended = MendedName(citation.Source);
            if (mended is null)
            {
                continue;
            }
            _citations[keep++] = ReferenceEquals(mended, citation.Source)
                ? citation
                : citation with { Source = mended };
        }
        _citations.RemoveRange(keep, _citations.Count - keep);
    }

    /// <summary>Whether the name ends with an emphatic reflexive ("Vasquez herself").</summary>
    private static bool EndsReflexive(string name) =>
        name.EndsWith(" himself", StringComparison.Ordinal) || name.EndsWith(" herself", StringComparison.Ordinal)
        || name.EndsWith(" themselves", StringComparison.Ordinal) || name.EndsWith(" itself", StringComparison.Ordinal);

    /// <summary>
    /// The name without the words of <see cref="NameLeadingWords"/> and <see cref="SourceLeadingWords"/> at its
    /// front or of <see cref="NameTrailingWords"/> (lower case only) at its end, always keeping one word; null when
    /// what is left is one word that names no one; the same instance when nothing changes. Allocates only on a change.
    /// </summary>
    private static string? MendedName(string name)
    {
        var span = name.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return name;
        }
        while (span.IndexOf(' ') is var space and > 0)
        {
            var first = span[..space];
            if (!NameLookups.Leading.Contains(first))
            {
                break;
            }
            span = span[(space + 1)..].TrimStart();
        }
        while (span.LastIndexOf(' ') is var space and > 0)
        {
            var last = span[(space + 1)..];
            if (!char.IsLower(last[0]) || !NameLookups.Trailing.Contains(last))
            {
                break;
            }
            span = span[..space].TrimEnd();
        }
        // One word left that names no one: the generic "one" of "one can argue", or a word of NonSourceWords or
        // (in lower case: "May" and "Will" are names) VerbLikeWords, which a pronoun reaches as the name of an earlier
        // junk speaker ("Clearly wants to …", then "he wanted" resolved to "Clearly").
        if (span.IndexOf(' ') < 0
            && (NameLookups.NoName.Contains(span) || char.IsLower(span[0]) && NameLookups.VerbLike.Contains(span)))
        {
            return null;
        }
        return span.Length == name.Length ? name : span.ToString();
    }

    /// <summary>
    /// Whether a third-person pronoun mention can mean the name it was resolved to: not another personal pronoun ("it
    /// said" resolved to "I", "she said" to "I"), and for "he" / "she" not a person whose given name is of the other
    /// gender ("she said" resolved to "Ivo Brenner"). The walk back over earlier speakers knows neither; the name is
    /// dropped rather than guessed again, so the quote stays with its mention, unresolved.
    /// </summary>
    private bool PronounFits(TextSpan mention, string name)
    {
        if (mention.Length > 4 || !IsListed(_text.AsSpan(mention.Start, mention.Length), ThirdPersonPronouns))
        {
            return true; // most mentions are names: no token search for them
        }
        // The mention is the pronoun alone even where its token is a contraction ("He" of "He’s said").
        var pronoun = _text.AsSpan(mention.Start, mention.Length);
        var female = IsListed(pronoun, FemalePronouns);
        var male = IsListed(pronoun, MalePronouns);
        if (!female && !male && !IsListed(pronoun, NeuterPronouns))
        {
            return true;
        }
        var span = name.AsSpan();
        var space = span.IndexOf(' ');
        var first = space < 0 ? span : span[..space];
        if (space < 0 && IsListed(first, PersonalPronouns))
        {
            return false;
        }
        return !(female || male) || !EntityLexicon.GivenNames.TryGetValue(first, out var gender)
            || gender != (female ? "m" : "f");
    }

    private static bool IsListed(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var listed in words)
        {
            if (word.Equals(listed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
