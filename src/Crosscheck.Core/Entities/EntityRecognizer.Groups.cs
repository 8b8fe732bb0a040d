namespace Crosscheck.Entities;

internal sealed partial class EntityRecognizer
{
    // The lexicons word k must be in (or be a number) for a group to start there: a quantifier, an adjective (lower
    // case, or capitalised: demonym, acronym, place alias) or the head noun; each lookup is gated by its bit.
    private static readonly ulong GroupStarts = EntityLexicon.GroupQuantifiers.Bit | EntityLexicon.GroupAdjectives.Bit
        | EntityLexicon.Demonyms.Bit | EntityLexicon.OrgAcronyms.Bit | EntityLexicon.Places.Bit | EntityLexicon.GroupProperNouns.Bit
        | EntityLexicon.GroupPlurals.Bit | EntityLexicon.GroupNouns.Bit;

    /// <summary>"three Western diplomats", "a senior official", "sources close to the government", "analysts".</summary>
    /// <remarks>A bit test first, as in <see cref="TryTitledPerson"/>: asked at every word, twice.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int TryGroup(int k) => (_words[k].Lexicons & GroupStarts) != 0 || _words[k].Is(WordShape.Number) ? Group(k) : 0;

    private int Group(int k)
    {
        var i = k;
        var quantified = false;
        var definite = false;
        var quantifier = EntityLexicon.GroupQuantifiers.Match(_text, _words, i, out _);
        if (quantifier > 0)
        {
            definite = WordIs(i, "the");
            quantified = true;
            i += quantifier;
        }
        else if (_words[i].Is(WordShape.Number))
        {
            quantified = true;
            i++;
        }
        var adjectives = 0;
        while (i < _words.Count && adjectives < 3 && IsGroupAdjective(i))
        {
            adjectives++;
            i++;
        }
        if (i >= _words.Count)
        {
            return 0;
        }
        var head = Word(i);
        var proper = EntityLexicon.GroupProperNouns.Contains(_words[i], head);
        var plural = proper || EntityLexicon.GroupPlurals.Contains(_words[i], head);
        if (!plural && !EntityLexicon.GroupNouns.Contains(_words[i], head))
        {
            return 0;
        }
        // Capitalised heads only open a sentence ("Officials said"), unless they are capitalised by nature ("Democrats").
        if (_words[i].IsUpper && i != 0 && !proper)
        {
            return 0;
        }
        var end = i + 1;
        var qualified = false;
        if (end < _words.Count)
        {
            var qualifier = EntityLexicon.GroupQualifiers.Match(_text, _words, end, out _);
            var objectEnd = qualifier > 0 ? QualifierObjectEnd(end + qualifier) : 0;
            if (objectEnd > end + qualifier)
            {
                end = objectEnd;
                qualified = true;
            }
            else if (_words[end].IsUpper && NameEnd(end) > end)
            {
                // "analyst Mira Kos": a role before a name, not a group.
                return 0;
            }
            else if (_words[end].Is(WordShape.Lower) && !Has(EntityLexicon.GroupFollowers, end) && !Word(end).EndsWith("ed", StringComparison.Ordinal))
            {
                // "official figures": the head was an adjective.
                return 0;
            }
        }
        // A singular head needs its determiner ("a senior official"), "people" its qualifier ("people familiar with
        // the talks"); a plural may stand bare ("officials said").
        if (!quantified && !plural && !(qualified && adjectives == 0))
        {
            return 0;
        }
        var key = Phrase(k, end);
        var form = MentionForm.Name;
        if (definite && adjectives == 0 && !qualified && EarlierGroup(head) is { } earlier)
        {
            key = earlier;
            form = MentionForm.Alias;
        }
        Emit(k, end, EntityKind.Group, key, form);
        return end - k;
    }

    private bool IsGroupAdjective(int k)
    {
        var word = Word(k);
        var scanned = _words[k];
        if (scanned.Is(WordShape.Lower))
        {
            return EntityLexicon.GroupAdjectives.Contains(scanned, word) && !EntityLexicon.GroupNouns.Contains(scanned, word)
                && !EntityLexicon.GroupPlurals.Contains(scanned, word);
        }
        if (!scanned.IsUpper || scanned.Possessive)
        {
            return false;
        }
        return EntityLexicon.GroupAdjectives.Contains(scanned, word) || EntityLexicon.Demonyms.ContainsKey(scanned, word)
            || EntityLexicon.OrgAcronyms.Contains(scanned, word, out _) || EntityLexicon.Places.Contains(scanned, word, out var place) && place.IsAlias;
    }

    /// <summary>The end of "the (Serbian) government" after "close to"; the start itself when nothing fits.</summary>
    private int QualifierObjectEnd(int start)
    {
        var j = start;
        if (WordIs(j, "the") || WordIs(j, "a") || WordIs(j, "an") || WordIs(j, "its") || WordIs(j, "his") || WordIs(j, "her"))
        {
            j++;
        }
        // A named object is taken whole ("at the Ministry of Foreign Affairs"), connectors included.
        var capitals = j < _words.Count && _words[j].IsUpper ? CapitalRun(j) : j;
        if (capitals < _words.Count && _words[capitals].Is(WordShape.Lower) && Has(EntityLexicon.GroupObjects, capitals))
        {
            return capitals + 1;
        }
        // "ministers in June": the months that are also given names are no stopwords, so a lone one is read as a name
        // here; as a group's object it is a time ("to ministers in June"), and the group is the bare noun.
        if (capitals == j + 1 && (WordIs(j, "April") || WordIs(j, "May") || WordIs(j, "June") || WordIs(j, "August")))
        {
            return start;
        }
        return capitals > j ? capitals : start;
    }

    private string? EarlierGroup(ReadOnlySpan<char> head)
    {
        for (var m = _mentions.Count - 1; m >= 0; m--)
        {
            var mention = _mentions[m];
            if (mention.Kind != EntityKind.Group)
            {
                continue;
            }
            var text = mention.Text.AsSpan();
            if (text.EndsWith(head, StringComparison.OrdinalIgnoreCase) || text.Contains(head, StringComparison.OrdinalIgnoreCase))
            {
                return mention.Key;
            }
        }
        return null;
    }
}
