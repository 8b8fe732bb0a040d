using Crosscheck.Documents;
using Crosscheck.Entities;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// The people the article names, in text order: the entities stage's person mentions when present, and always
    /// our own scan of titled or multi-word capitalised names, so attribution works without entities too.
    /// </summary>
    private void CollectPersons()
    {
        var persons = _persons;
        foreach (var mention in _mentions)
        {
            if (mention.Kind == EntityKind.Person)
            {
                // A name the article gives only in a run of names (a poll widget's choices) is no one a later bare
                // surname means, as in the entities stage: it stays a sighting but is not indexed by its words.
                AddPerson(new PersonSighting(mention.Span.Start, mention.Key, mention.Title, IsPerson: true, IsSpeaker: false), byWord: !mention.Listed);
            }
            else if (mention.Kind == EntityKind.Group)
            {
                persons.Add(new PersonSighting(mention.Span.Start, mention.Text, null, IsPerson: false, IsSpeaker: false));
            }
        }
        // Groups that open a sentence are what a later "they" most often means.
        foreach (var sentence in _sentences)
        {
            var first = TokenAtOrAfter(sentence.Span.Start);
            var sentenceLast = SentenceTokens(sentence.Index).Last;
            if (first < _tokens.Length && MentionAt(first) is null && ParseGroup(first, sentenceLast) is { } group)
            {
                var name = ApposedPeople(group.Last + 1, sentenceLast) ?? TextOf(group.Span);
                persons.Add(new PersonSighting(group.Span.Start, name, null, IsPerson: false, IsSpeaker: false));
            }
        }
        for (var i = 0; i < _tokens.Length; i++)
        {
            // "Said Lenk: …" names Lenk: the inverted cue is not the name's first word.
            if (!IsCapitalised(i) || IsCapitalised(i - 1) && !IsInvertedCue(i - 1) || Is(i - 1, "the") || MentionAt(i) is not null || IsInvertedCue(i))
            {
                continue;
            }
            var (_, sentenceLast) = SentenceTokens(_tokenSentence[i]);
            if (ParseName(i, sentenceLast) is not { Kind: SpeakerKind.Name } phrase)
            {
                continue;
            }
            var name = TextOf(phrase.NameSpan);
            if (name.Contains(' ', StringComparison.Ordinal))
            {
                var title = phrase.Title;
                // "Aleksandar Vidric, the Serbian president," gives the title after the name.
                if (title is null && IsPunct(phrase.Last + 1, ',') && ParseDescriptor(phrase.Last + 2, sentenceLast) is { } apposition)
                {
                    title = TextOf(SpanOf(apposition.First + 1, apposition.Last));
                }
                AddPerson(new PersonSighting(phrase.Span.Start, name, title, IsPerson: true, IsSpeaker: false));
            }
            else if (FindFullName(name, phrase.Span.Start) is { } full)
            {
                persons.Add(new PersonSighting(phrase.Span.Start, full.Name, full.Title, IsPerson: true, IsSpeaker: false));
            }
            i = phrase.Last;
        }
        persons.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        _titled.Sort(static (a, b) => a.Position.CompareTo(b.Position));
    }

    /// <summary>
    /// The people a group phrase names right after it, "Halden analysts Stefano Marlo and Ines Dravec": a later
    /// "they" means them ("Stefano Marlo and Ines Dravec"), not the bare role. Two or more person mentions of the
    /// entities stage joined by commas and a final "and"; null otherwise.
    /// </summary>
    private string? ApposedPeople(int i, int limit)
    {
        List<string>? keys = null;
        var closedByAnd = false;
        while (i <= limit && (keys?.Count ?? 0) < 4 && MentionAt(i) is { Kind: EntityKind.Person } person && _tokens[i].Span.Start == person.Span.Start)
        {
            (keys ??= new(2)).Add(person.Key);
            if (closedByAnd)
            {
                break;
            }
            var after = TokenAtOrAfter(person.Span.End);
            if (Is(after, "and"))
            {
                (i, closedByAnd) = (after + 1, true);
            }
            else if (IsPunct(after, ','))
            {
                (i, closedByAnd) = Is(after + 1, "and") ? (after + 2, true) : (after + 1, false);
            }
            else
            {
                break;
            }
        }
        if (keys is not { Count: >= 2 } || !closedByAnd)
        {
            return null;
        }
        return string.Join(", ", keys.GetRange(0, keys.Count - 1)) + " and " + keys[^1];
    }

    /// <summary>
    /// Records a named person, indexed by each word of the name (unless <paramref name="byWord"/> is false) so a lone
    /// surname finds it in constant time.
    /// </summary>
    private void AddPerson(PersonSighting person, bool byWord = true)
    {
        _persons.Add(person);
        if (person.Title is not null)
        {
            _titled.Add(person);
        }
        if (!byWord)
        {
            return;
        }
        foreach (var word in person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!_personsByWord.TryGetValue(word, out var list))
            {
                _personsByWord[word] = list = [];
            }
            list.Add(person);
        }
    }

    private PersonSighting? FindFullName(string surname, int anchor)
    {
        if (!_personsByWord.TryGetValue(surname, out var candidates))
        {
            return null;
        }
        PersonSighting? before = null, after = null;
        foreach (var person in candidates)
        {
            if (!person.IsPerson || !EndsWithWord(person.Name, surname))
            {
                continue;
            }
            if (person.Position < anchor)
            {
                before = before is null || person.Position > before.Position ? person : before;
            }
            else
            {
                after = after is null || person.Position < after.Position ? person : after;
            }
        }
        return before ?? after;
    }

    private static bool EndsWithWord(string name, string word) =>
        name.Equals(word, StringComparison.OrdinalIgnoreCase)
        || (name.EndsWith(word, StringComparison.OrdinalIgnoreCase) && name.Length > word.Length && name[name.Length - word.Length - 1] == ' ')
        || name.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The speaker's full name (or phrase, for groups and unresolved descriptors); null when unknown. Two coordinated
    /// names are resolved by <see cref="CoordinatedName"/> before this.
    /// </summary>
    /// <param name="speaker">The speaker phrase.</param>
    /// <param name="anchor">Where the cue starts.</param>
    /// <param name="content">What the speaker is said to have said: a name inside it is not what a pronoun before
    /// or after it refers to ("“Kestrel Bay is not for sale,” she said"), unless nothing before it can be (below).</param>
    /// <param name="kind">The quote's kind.</param>
    private string? Resolve(SpeakerPhrase speaker, int anchor, TextSpan content, QuoteKind kind)
    {
        // Pronouns are resolved here rather than taken from the entities stage: after a quote, "he said" most often
        // continues the last quoted speaker, which only attribution knows.
        if (speaker.MentionKey is { } key && speaker.Kind is not (SpeakerKind.Group or SpeakerKind.Pronoun))
        {
            return key;
        }
        if (_writer is not null && IsWriterI(speaker))
        {
            return _writer;
        }
        if (speaker.Kind == SpeakerKind.Pronoun)
        {
            if (IsFirstPersonPronoun(speaker) && !InsideRun(speaker.Span.Start))
            {
                return TextOf(speaker.Span);
            }
            return ResolvePronoun(speaker, anchor, content) ?? ContentSubject(speaker, content, kind) ?? speaker.MentionKey;
        }
        switch (speaker.Kind)
        {
            case SpeakerKind.Name:
                if (PersonBeforeOf(speaker.NameSpan) is { } person)
                {
                    return person;
                }
                var name = TextOf(speaker.NameSpan);
                if (name.Contains(' ', StringComparison.Ordinal))
                {
                    return name;
                }
                return FindFullName(name, anchor)?.Name ?? name;
            case SpeakerKind.Organization:
                if (char.IsUpper(_text[speaker.NameSpan.Start]))
                {
                    return TextOf(speaker.NameSpan);
                }
                // "the newspaper said" refers back to the last outlet named.
                return IsOutletNoun(speaker.Last) && LastOutletBefore(speaker.Span.Start) is { } outlet ? outlet : TextOf(speaker.Span);
            case SpeakerKind.Group:
                return TextOf(speaker.Span);
            case SpeakerKind.Pronoun:
                return ResolvePronoun(speaker, anchor, content);
            case SpeakerKind.Descriptor:
                return ResolveDescriptor(speaker) ?? TextOf(speaker.Span);
            default:
                return null;
        }
    }

    /// <summary>
    /// The person of a name read on over "of" ("Aleksandar Vidric of Lorton", "Bishop Ana Ruiz of Sava"): the name rules
    /// join "of" for bodies such as "Bank of England", but when a person mention ends right before it, the rest is
    /// where the person is from, and the speaker is the person as the entities stage keys them. Null otherwise.
    /// </summary>
    private string? PersonBeforeOf(TextSpan nameSpan)
    {
        var first = TokenAtOrAfter(nameSpan.Start);
        if (MentionAt(first) is not { Kind: EntityKind.Person } mention || mention.Span.Start != nameSpan.Start || mention.Span.End >= nameSpan.End)
        {
            return null;
        }
        var next = TokenAtOrAfter(mention.Span.End);
        return Is(next, "of") && _tokens[next].Span.End < nameSpan.End ? mention.Key : null;
    }

    /// <summary>
    /// Two people named as one speaker, "Halden analysts Anna Berg and Mark Olsen said": the speaker is both names
    /// ("Anna Berg and Mark Olsen"), and a later "they" means the pair. Null unless the speaker is a name right after an
    /// "and" that follows another person's name opening the clause (after punctuation, "both" or a conjunction).
    /// </summary>
    private string? CoordinatedName(SpeakerPhrase speaker)
    {
        var and = speaker.First - 1;
        if (speaker.Kind != SpeakerKind.Name || !Is(and, "and") || and < 1)
        {
            return null;
        }
        if (TitledList(speaker) is { } list)
        {
            return list;
        }
        var (sentenceFirst, _) = SentenceTokens(_tokenSentence[and]);
        if (ParseSpeakerBackward(and - 1, sentenceFirst) is not { Kind: SpeakerKind.Name } first)
        {
            return null;
        }
        // "Both Harris and Warren": the capitalised quantifier is not part of the first name.
        if (Is(first.First, "both") && ParseSpeakerForward(first.First + 1, and - 1) is { Kind: SpeakerKind.Name } rest && rest.Last == and - 1)
        {
            first = rest;
        }
        if (!KnownPerson(first) || !KnownPerson(speaker))
        {
            return null;
        }
        // The pair must be the clause's subject, after punctuation, a conjunction, "both" or a role ("analysts"):
        // "attack Afrin and President Erdogan said" joins an object to the speaker.
        var before = first.First - 1;
        if (before >= sentenceFirst && IsWord(before) && !Is(before, "both") && !IsOneOf(before, ClauseOpeners)
            && !AttributionLexicons.RoleLookup.ContainsKey(Word(before)) && !AttributionLexicons.GroupNounLookup.Contains(Word(before)))
        {
            return null;
        }
        return FullName(first) + " and " + FullName(speaker);
    }

    /// <summary>
    /// The people of a list the entities stage titled as a whole ("Senators Orla Penhaligon, Tavi Brennock and Ruth
    /// Okafor said"), when the speaker is its last name: all of them, not the last two. Null otherwise.
    /// </summary>
    private string? TitledList(SpeakerPhrase speaker)
    {
        var last = MentionAt(speaker.First);
        if (last is not { Kind: EntityKind.Person, Title: { } title })
        {
            return null;
        }
        // Walk back over "A, B and" while the names carry the same title; the list starts at the first of them.
        var first = speaker.First;
        for (var steps = 0; steps < 4; steps++)
        {
            var joiner = first - 1;
            var before = Is(joiner, "and") && IsPunct(joiner - 1, ',') ? joiner - 2 : Is(joiner, "and") || IsPunct(joiner, ',') ? joiner - 1 : -1;
            if (before < 0 || MentionAt(before) is not { Kind: EntityKind.Person } previous || previous.Title != title)
            {
                break;
            }
            first = TokenAtOrAfter(previous.Span.Start);
        }
        return first == speaker.First ? null : ApposedPeople(first, SentenceTokens(_tokenSentence[first]).Last);
    }

    /// <summary>A person the article names: an entity mention, a name of several words, or a surname of one named in full.</summary>
    private bool KnownPerson(SpeakerPhrase name) =>
        name.MentionKey is not null || TextOf(name.NameSpan) is var text && (text.Contains(' ', StringComparison.Ordinal) || FindFullName(text, name.Span.Start) is not null);

    private string FullName(SpeakerPhrase name)
    {
        if (name.MentionKey is { } key)
        {
            return key;
        }
        var text = TextOf(name.NameSpan);
        return text.Contains(' ', StringComparison.Ordinal) ? text : FindFullName(text, name.Span.Start)?.Name ?? text;
    }

    private bool IsOutletNoun(int i) =>
        Is(i, "newspaper") || Is(i, "paper") || Is(i, "broadcaster") || Is(i, "agency") || Is(i, "channel") || Is(i, "magazine") || Is(i, "website") || Is(i, "outlet") || Is(i, "daily");

    private string? LastOutletBefore(int offset)
    {
        string? key = null;
        var position = -1;
        foreach (var mention in _mentions)
        {
            if (mention.Span.Start >= offset)
            {
                break;
            }
            if (mention.Kind == EntityKind.Outlet)
            {
                (key, position) = (mention.Key, mention.Span.Start);
            }
        }
        foreach (var citation in _citations)
        {
            if (citation.Span.Start < offset && citation.Span.Start > position && !citation.Anonymous)
            {
                (key, position) = (citation.Source, citation.Span.Start);
            }
        }
        return key;
    }

    private string? ResolvePronoun(SpeakerPhrase speaker, int anchor, TextSpan content)
    {
        var plural = IsPluralPronoun(speaker);
        var it = plural && PronounOf(speaker).Equals("it", StringComparison.OrdinalIgnoreCase);
        var they = plural && !it;
        var paragraph = ParagraphOfOffset(anchor);
        var topic = TopicAfterCue(anchor);
        PersonSighting? lastSpeaker = null, lastAny = null;
        // The sightings are in text order: walk back from the pronoun to the nearest one of the right number.
        for (var p = LastSightingBefore(speaker.Span.Start); p >= 0; p--)
        {
            if (_persons[p].IsPerson != plural && !content.Contains(_persons[p].Position) && !IsTopic(_persons[p], topic) && !(it && IsPeopleName(_persons[p].Name)))
            {
                lastAny = _persons[p];
                break;
            }
        }
        foreach (var person in _speakers)
        {
            if (person.Position >= speaker.Span.Start || person.IsPerson == plural || content.Contains(person.Position) || IsTopic(person, topic)
                || it && IsPeopleName(person.Name))
            {
                continue;
            }
            if (lastAny is null || person.Position >= lastAny.Position)
            {
                lastAny = person;
            }
            if (ParagraphOfOffset(person.Position) == paragraph && (lastSpeaker is null || person.Position >= lastSpeaker.Position))
            {
                lastSpeaker = person;
            }
        }
        // Within a paragraph, "he said" after a quote most often continues the last quoted speaker even when another
        // person was named in between.
        var antecedent = (lastSpeaker ?? lastAny)?.Name;
        // "They" left as written is better than "they" named as a thing or a junk phrase; walking further back instead
        // mostly finds a stale or equally wrong group.
        return they && antecedent is not null && !CanBeThey(antecedent) ? null : antecedent;
    }

    /// <summary>
    /// The name a quote is said to be about, "“…,” he said of Lind": the capitalised word after "of" right after the cue
    /// at <paramref name="anchor"/>. Whoever it names is the topic, not the speaker; null when the cue has no such "of".
    /// </summary>
    private string? TopicAfterCue(int anchor)
    {
        var cue = TokenAtOrAfter(anchor);
        return cue + 2 < _tokens.Length && Is(cue + 1, "of") && IsCapitalised(cue + 2) && _tokenSentence[cue + 2] == _tokenSentence[cue] ? Word(cue + 2).ToString() : null;
    }

    private static bool IsTopic(PersonSighting person, string? topic) => topic is not null && EndsWithWord(person.Name, topic);

    /// <summary>
    /// The person an indirect content opens with, for a pronoun after it that nothing earlier can resolve: a news lead
    /// states the claim with its speaker as the subject and attributes it after ("Harbour Minister Lidia Marenko will
    /// not renew the contract, she said on Friday"). Only a name the content opens with (after capitalised title
    /// words, or a lower-case role phrase ending in a role noun: "Water board chair Mirela Kostic"), so "Kestrel Bay
    /// is not for sale to Halvard, she said" stays unresolved; never for a direct quotation, whose names are what the
    /// speaker talked about.
    /// </summary>
    private string? ContentSubject(SpeakerPhrase speaker, TextSpan content, QuoteKind kind)
    {
        if (kind == QuoteKind.Direct || speaker.Span.Start < content.End || IsPluralPronoun(speaker))
        {
            return null;
        }
        var first = LastSightingBefore(content.Start) + 1;
        // A role phrase that opens the sentence is also read as a group ("Water board chair"); the person after it is
        // the one the content opens with if the words before the name pass as a role phrase below.
        var at = first;
        while (at < _persons.Count && !_persons[at].IsPerson && _persons[at].Position < content.End)
        {
            at++;
        }
        if (at >= _persons.Count || _persons[at] is not { IsPerson: true } person || person.Position >= content.End)
        {
            return null;
        }
        var start = TokenAtOrAfter(content.Start);
        var last = start;
        while (last < _tokens.Length && _tokens[last].Span.Start < person.Position)
        {
            last++;
        }
        last--;
        // A lower-case word before the name is allowed only where the words before the name are a role phrase ("Water
        // board chair Mirela Kostic", "the city's finance chief …"): a role noun right before the name, and before it
        // only content words, "the" and possessives. A function word ("Critics of Mirela Kostic") means the name is
        // not the subject, and the pronoun stays unresolved.
        var rolePhrase = last >= start && IsLower(last) && AttributionLexicons.RoleLookup.ContainsKey(Word(last));
        if (at > first && !rolePhrase)
        {
            return null;
        }
        for (var t = start; t <= last; t++)
        {
            if (IsCapitalised(t) || (rolePhrase && IsRolePhraseWord(t)))
            {
                continue;
            }
            return null;
        }
        return person.Name;
    }

    /// <summary>
    /// Whether a token may stand in the lower-case role phrase before a name ("the city's finance chief"): a content
    /// word, "the" or a possessive ending, not a function word that makes the name something other than the subject.
    /// </summary>
    private bool IsRolePhraseWord(int t)
    {
        var word = Word(t);
        if (word is "'s" or "’s" or "s" || Is(t, "the"))
        {
            return true;
        }
        if (!IsLower(t))
        {
            return IsPunct(t, '\'') || IsPunct(t, '’') || IsPunct(t, '-');
        }
        var stem = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
        return !AttributionLexicons.StopwordLookup.Contains(stem);
    }

    /// <summary>
    /// The pronoun of a pronoun speaker as written, without a contracted auxiliary ("They" of "They’re hoping"): the
    /// token holds the whole contraction, the phrase's span only the pronoun.
    /// </summary>
    private ReadOnlySpan<char> PronounOf(SpeakerPhrase speaker) => _text.AsSpan(speaker.Span.Start, speaker.Span.Length);

    /// <summary>
    /// Whether a non-person sighting can be what "they" means: a name (capitalised last word: "Republicans", "the
    /// FBI"), a coordination, or a phrase ending in a plural or collective noun ("health officials", "the police").
    /// The nearest non-person sighting is otherwise often a junk source phrase of an earlier attribution ("the day I
    /// met anyone", "all the fees we") or a singular thing ("the district", "the footage"), which a reader
    /// sees at once is not who "they" are.
    /// </summary>
    private static bool CanBeThey(ReadOnlySpan<char> name)
    {
        name = name.TrimEnd(" ,.;:!?\"'’”)".AsSpan());
        if (name.Contains(" and ", StringComparison.Ordinal))
        {
            return true;
        }
        var last = name[(name.LastIndexOfAny(' ', '\n') + 1)..];
        if (last.IsEmpty || !char.IsLetter(last[0]))
        {
            return false;
        }
        if (last.Length <= 32)
        {
            // "Police", "the group": a collective noun, capitalised or not.
            Span<char> lower = stackalloc char[last.Length];
            last.ToLowerInvariant(lower);
            if (AttributionLexicons.CollectiveNounLookup.Contains(lower))
            {
                return true;
            }
        }
        if (char.IsUpper(last[0]))
        {
            // A name of several words ("Lorton Harbour School"), a plural one ("Democrats") or an acronym ("FBI"); not
            // a lone title or singular noun ("Cardinal", "Church"), a possessive ("Russia’s") or a capitalised function
            // word the phrase ran into ("Many times I").
            if (AttributionLexicons.StopwordLookup.Contains(last) || last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal))
            {
                return false;
            }
            return name.Contains(' ') || last[^1] == 's' || (last.Length > 1 && char.IsUpper(last[1]));
        }
        // "voters", "critics"; not "business", "status", nor a pronoun the phrase ran into ("we", "his", "this"); a
        // singular group noun ("a person", "the source") is one person, not "they".
        return (last.Length > 3 && last[^1] == 's' && last[^2] is not ('s' or '\'' or '’' or 'u' or 'i'))
            || (last.Length > 4 && last.EndsWith("men", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a sighting's name is people: a word of it is a group or role noun ("officials close to the inquiry", "one
    /// official", "Supporters") or its last word a plural written in lower case ("the employees"). That is what "they" or
    /// "he" means, never "it" ("…,” it read" is a document's words, not the staff's).
    /// </summary>
    private static bool IsPeopleName(ReadOnlySpan<char> name)
    {
        name = name.TrimEnd(" ,.;:!?\"'’”)".AsSpan());
        var last = name[(name.LastIndexOfAny(' ', '\n') + 1)..];
        if (last.Length > 3 && char.IsLower(last[0])
            && (last[^1] == 's' && last[^2] is not ('s' or 'u' or 'i' or '\'' or '’') || last.EndsWith("men", StringComparison.Ordinal)))
        {
            return true;
        }
        foreach (var range in name.SplitAny(' ', '\n'))
        {
            var word = name[range];
            if (word.Length > 2 && (AttributionLexicons.GroupNounLookup.Contains(word) || AttributionLexicons.RoleLookup.ContainsKey(word)))
            {
                return true;
            }
        }
        return false;
    }

    // The byline's one author, whom an "I" in the article's own voice names (a column, an op-ed, a first-person report).
    private readonly string? _writer;

    /// <summary>
    /// The author an "I" outside quotation marks refers to: the article's only author, when that reads as a person's
    /// name (two to five capitalised words, no digits: not "Staff", "Reuters" or "Ana Ruiz and Ivo Brenner"); else null,
    /// and "I" stays as written.
    /// </summary>
    private static string? WriterOf(IReadOnlyList<string> authors)
    {
        if (authors.Count != 1)
        {
            return null;
        }
        var name = authors[0].Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || name.Any(char.IsDigit) || name.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || word.Equals("And", StringComparison.Ordinal))
            {
                return null;
            }
        }
        return name;
    }

    /// <summary>Whether the speaker phrase is the writer's own "I" ("I", "I’ve", "I'd"), outside any quotation.</summary>
    private bool IsWriterI(SpeakerPhrase speaker)
    {
        if (InsideRun(speaker.Span.Start))
        {
            return false;
        }
        var phrase = _text.AsSpan(speaker.Span.Start, speaker.Span.Length);
        return phrase is "I" || phrase.Length > 2 && phrase[0] == 'I' && phrase[1] is '\'' or '\u2019' && !phrase[2..].Contains(' ');
    }

    private bool IsPluralPronoun(SpeakerPhrase speaker) =>
        PronounOf(speaker) is var pronoun && (pronoun.Equals("they", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("it", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "I" or "we" (the contracted "I’ve", "we’re" are pronoun phrases; the plain forms parse as names): outside a
    /// quotation it is the writer, never the last person named, so it stays as written. Inside one it is most often
    /// the person quoted, whom the walk back over the people named before it finds.
    /// </summary>
    private bool IsFirstPersonPronoun(SpeakerPhrase speaker) =>
        PronounOf(speaker) is var pronoun && (pronoun.Equals("i", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("we", StringComparison.OrdinalIgnoreCase));

    private int LastSightingBefore(int offset)
    {
        int lo = 0, hi = _persons.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_persons[mid].Position < offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    private string? ResolveDescriptor(SpeakerPhrase speaker)
    {
        var roleWords = new List<string>();
        for (var i = speaker.First; i <= speaker.Last; i++)
        {
            if (IsWord(i) && AttributionLexicons.RoleLookup.TryGetValue(Word(i), out var synonyms))
            {
                roleWords.AddRange(synonyms.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else if (IsWord(i) && AttributionLexicons.TitleLookup.Contains(Word(i)))
            {
                roleWords.Add(Word(i).ToString());
            }
        }
        if (roleWords.Count == 0)
        {
            return null;
        }
        PersonSighting? before = null, after = null;
        foreach (var person in _titled)
        {
            if (!person.IsPerson || person.Title is not { } title || !TitleMatches(title, roleWords))
            {
                continue;
            }
            if (person.Position < speaker.Span.Start)
            {
                before = person;
            }
            else
            {
                after ??= person;
            }
        }
        return (before ?? after)?.Name;
    }

    private static bool TitleMatches(string title, List<string> roleWords)
    {
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var role in roleWords)
            {
                if (word.Equals(role, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
