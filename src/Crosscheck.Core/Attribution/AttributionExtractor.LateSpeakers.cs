using Crosscheck.Entities;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// Resolves a "he" or "she" left unresolved once every quote is made. Quotations are attributed before reported
    /// speech, so in "The mayor said the risk was low. “It is very low,” she added." or "Fowler said in an interview
    /// that … “It is something you prepare for,” he said." the speaker of the reported clause was not yet known when
    /// the pronoun was read. Now the last speaker before the pronoun, in its paragraph or the one before, is taken
    /// when it can be "he" or "she": a person the entities stage knows, of the pronoun's gender or of unknown gender
    /// (speakers of the other gender are passed over: "Kavanaugh … she said"), or an unnamed person ("the mayor", "a
    /// resident": <see cref="IsOnePerson"/>). Any other speaker there ("officials", a misread phrase) stops the search.
    /// A pronoun already resolved is left alone: a name found then may be the same person ("Ana Kos … the mayor said
    /// … she added"). (Passing over the other gender when the pronoun is first read was tried and dropped: it walked
    /// back past the nearest person into place names and junk phrases read as people.)
    /// </summary>
    private void ResolvePronounsAgainstEverySpeaker()
    {
        if (_speakers.Count == 0)
        {
            return;
        }
        List<PersonSighting>? speakers = null;
        MentionIndex? people = null;
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (quote.Speaker is not null || quote.SpeakerSpan is not { } pronoun || quote.CueSpan is not { } cue
                || PronounGender(pronoun) is not { } gender)
            {
                continue;
            }
            if (speakers is null)
            {
                // Speakers in text order (the finders added them pass by pass), and the article's people by key.
                speakers = new List<PersonSighting>(_speakers);
                speakers.Sort(static (a, b) => a.Position.CompareTo(b.Position));
                people = new MentionIndex(_mentions);
            }
            var paragraph = ParagraphOfOffset(pronoun.Start);
            var topic = TopicAfterCue(cue.Start);
            string? found = null;
            for (var s = LastStartingBefore(speakers, pronoun.Start); s >= 0; s--)
            {
                var person = speakers[s];
                if (ParagraphOfOffset(person.Position) < paragraph - 1)
                {
                    break;
                }
                if (quote.Span.Contains(person.Position) || IsTopic(person, topic))
                {
                    continue;
                }
                if (!person.IsPerson && !IsOnePerson(person.Name))
                {
                    break;
                }
                if (IsOnePerson(person.Name))
                {
                    found = person.Name;
                    break;
                }
                if (people!.PersonByKey(person.Name) is null)
                {
                    break;
                }
                var known = people!.GenderOf(person.Name);
                if (known == PersonGender.Unknown || known == gender)
                {
                    found = person.Name;
                    break;
                }
            }
            if (found is not null)
            {
                _quotes[q] = quote with { Speaker = found };
            }
        }
    }

    private static int LastStartingBefore(List<PersonSighting> speakers, int offset)
    {
        var s = speakers.Count - 1;
        while (s >= 0 && speakers[s].Position >= offset)
        {
            s--;
        }
        return s;
    }

    /// <summary>
    /// An unnamed speaker who is one person, so "he" or "she" can mean them: an article and lower-case words ending in
    /// a role noun or a group noun in the singular ("the mayor", "a local resident", "one source"), not "officials",
    /// "three sources", "the people" or "the ministry".
    /// </summary>
    private static bool IsOnePerson(string name)
    {
        var span = name.AsSpan().Trim();
        var space = span.IndexOf(' ');
        if (space < 0 || !(span[..space] is var first && (first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase)
            || first.Equals("the", StringComparison.OrdinalIgnoreCase) || first.Equals("one", StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }
        foreach (var c in span[space..])
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                return false;
            }
        }
        var head = span[(span.LastIndexOf(' ') + 1)..];
        return AttributionLexicons.RoleLookup.ContainsKey(head)
            || !head.EndsWith("s", StringComparison.Ordinal) && !head.Equals("people", StringComparison.Ordinal)
                && AttributionLexicons.GroupNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head);
    }

    /// <summary>The gender "he" or "she" at <paramref name="span"/> refers with; null for any other speaker phrase.</summary>
    private PersonGender? PronounGender(Documents.TextSpan span)
    {
        var word = _text.AsSpan(span.Start, span.Length);
        return word.Equals("he", StringComparison.OrdinalIgnoreCase) ? PersonGender.Male
            : word.Equals("she", StringComparison.OrdinalIgnoreCase) ? PersonGender.Female
            : null;
    }

    /// <summary>
    /// Names both bodies of a source phrase that coordinates two organisations or outlets, "The European Commission and
    /// the IMF (both) warned …": the speaker phrase the rules found holds only the second ("International Monetary
    /// Fund"), and the source phrase is widened to the pair after it (<see cref="TrimSourceEdges"/>), so this runs after
    /// the mends. The source phrase must be exactly the two mentions (each after an optional "the") and "and".
    /// </summary>
    private void NameCoordinatedBodies()
    {
        for (var q = 0; q < _quotes.Count; q++)
        {
            var quote = _quotes[q];
            if (quote.SourceSpan is not { } source || quote.SpeakerSpan is not { } speaker || speaker.Start <= source.Start
                || MentionAt(TokenAtOrAfter(speaker.End) - 1) is not { Kind: EntityKind.Organization or EntityKind.Outlet } second
                || second.Span.End != source.End)
            {
                continue;
            }
            var k = TokenAtOrAfter(source.Start);
            if (Is(k, "the"))
            {
                k++;
            }
            if (k >= _tokens.Length || MentionAt(k) is not { Kind: EntityKind.Organization or EntityKind.Outlet } first
                || first.Span.Start != _tokens[k].Span.Start || first.Key == second.Key)
            {
                continue;
            }
            var and = TokenAtOrAfter(first.Span.End);
            var next = Is(and + 1, "the") ? and + 2 : and + 1;
            if (Is(and, "and") && next < _tokens.Length && _tokens[next].Span.Start == second.Span.Start)
            {
                _quotes[q] = quote with { Speaker = first.Key + " and " + second.Key };
            }
        }
    }
}
