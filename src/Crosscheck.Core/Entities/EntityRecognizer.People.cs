namespace Crosscheck.Entities;

internal sealed partial class EntityRecognizer
{
    private static readonly string[] NameParticles = ["van", "von", "der", "den", "de", "da", "di", "del", "la", "le", "bin", "ibn", "al", "el"];

    // The lexicons word k must be in (or be "then") for a titled person to start there: every branch of the loop in
    // TitledPerson that goes on past its first word asks one of them, and their bits are zero for a word in none.
    private static readonly ulong TitledPersonStarts = EntityLexicon.Titles.Bit | EntityLexicon.Places.Bit
        | EntityLexicon.TitleModifiers.Bit | EntityLexicon.Affiliations.Bit | EntityLexicon.Demonyms.Bit | EntityLexicon.OrgAcronyms.Bit;

    /// <summary>"Serbian President Aleksandar Vidric", "US Ambassador to Serbia Christopher Hill", "Dr. Mira Kos".</summary>
    /// <remarks>
    /// Asked at every word of every sentence, twice; a bit test turns most words away before the parser, whose many
    /// locals cost more to set up than the test.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int TryTitledPerson(int k) =>
        (_words[k].Lexicons & TitledPersonStarts) != 0 || _words[k].Is(WordShape.Lower) && WordIs(k, "then") ? TitledPerson(k) : 0;

    private int TitledPerson(int k)
    {
        var i = k;
        var sawHead = false;
        var solo = false;
        var titleEnd = k;
        var honorific = false;
        string? nationality = null;
        string? affiliation = null;
        char? gender = null;
        // Allocated only once a title is seen: this runs at every word of every sentence, twice.
        List<string>? heads = null;
        List<(int Start, int End, EntityKind Kind, string Key, MentionForm Form)>? inner = null;
        // After "Mr." or "Dr." comes the name, even one that looks like a title ("Mr. King").
        while (i < _words.Count && !honorific)
        {
            var length = EntityLexicon.Titles.Match(_text, _words, i, out var title);
            if (length > 0 && !(_words[i].Is(WordShape.Lower) && i + length < _words.Count && _words[i + length].Is(WordShape.Lower)))
            {
                sawHead = true;
                solo |= title.StandsBeforeSurname;
                gender ??= title.Gender;
                if (title.Head != "honorific")
                {
                    (heads ??= new(2)).Add(title.Head);
                }
                honorific = _words[i + length - 1].Is(WordShape.Dotted) || title.Head == "honorific";
                i += length;
                titleEnd = i;
                if (_words[i - 1].Possessive)
                {
                    break;
                }
                continue;
            }
            if (!sawHead && _words[i].IsUpper && EntityLexicon.Places.Match(_text, _words, i, out var place) is > 0 and var placeLength)
            {
                nationality ??= place.Country;
                (inner ??= []).Add((i, i + placeLength, EntityKind.Place, place.Key, place.IsAlias ? MentionForm.Alias : MentionForm.Name));
                i += placeLength;
                continue;
            }
            if (_words[i].Possessive)
            {
                break;
            }
            if (Has(EntityLexicon.TitleModifiers, i) || _words[i].Is(WordShape.Lower) && WordIs(i, "then")
                || _words[i].IsUpper && EntityLexicon.Affiliations.ContainsKey(_words[i], Word(i)))
            {
                if (_words[i].IsUpper && EntityLexicon.Affiliations.TryGetValue(_words[i], Word(i), out var camp))
                {
                    affiliation ??= camp;
                }
                i++;
                continue;
            }
            if (_words[i].IsUpper && EntityLexicon.Demonyms.TryGetValue(_words[i], Word(i), out var country))
            {
                nationality ??= country;
                i++;
                continue;
            }
            if (_words[i].IsUpper && EntityLexicon.OrgAcronyms.Match(_text, _words, i, out var org) is > 0 and var orgLength)
            {
                (inner ??= []).Add((i, i + orgLength, EntityKind.Organization, org, MentionForm.Name));
                i += orgLength;
                continue;
            }
            break;
        }
        if (!sawHead || i >= _words.Count)
        {
            return 0;
        }
        // "Ambassador to Serbia Christopher Hill": the object of the title, then the name.
        if (_words[i].Is(WordShape.Lower) && (WordIs(i, "to") || WordIs(i, "of") || WordIs(i, "for") || WordIs(i, "at")))
        {
            var objectStart = i + 1 < _words.Count && WordIs(i + 1, "the") ? i + 2 : i + 1;
            var run = CapitalRun(objectStart);
            var split = SplitTitleObject(objectStart, run);
            if (split <= objectStart)
            {
                return 0;
            }
            AddObjectMention(objectStart, split, inner ??= []);
            i = titleEnd = split;
        }
        if (titleEnd == k && heads is null)
        {
            return 0;
        }
        var nameEnd = NameEnd(i, lenient: honorific);
        if (nameEnd == i)
        {
            return 0;
        }
        if (nameEnd - i == 1 && !solo && _people.FindByPart(Word(i), _words[i].Start, gender) is null)
        {
            return 0;
        }
        if (inner is not null)
        {
            foreach (var (start, end, kind, key, form) in inner)
            {
                Emit(start, end, kind, key, form);
            }
        }
        var person = ResolvePerson(i, nameEnd, gender, out var personForm);
        person.Gender ??= gender;
        if (heads is not null)
        {
            foreach (var head in heads)
            {
                person.Heads.Add(head);
            }
        }
        person.Nationality ??= nationality;
        person.Affiliation ??= affiliation;
        ReadAge(person, nameEnd);
        EmitPerson(i, nameEnd, person, personForm, Phrase(k, titleEnd));
        SeePerson(person, nameEnd);
        return nameEnd - k;
    }

    /// <summary>Where the title's object ends and the name begins in a run such as "Serbia Christopher Hill".</summary>
    private int SplitTitleObject(int start, int run)
    {
        if (run - start < 2)
        {
            return -1;
        }
        for (var q = start + 1; q < run; q++)
        {
            if (IsGivenName(q) || _people.StartsName(Word(q)))
            {
                return q;
            }
        }
        if (EntityLexicon.Places.Match(_text, _words, start, out _) is > 0 and var placeLength && start + placeLength < run)
        {
            return start + placeLength;
        }
        for (var s = start; s < run - 1; s++)
        {
            if (HasBare(EntityLexicon.OrgSuffixes, s))
            {
                return s + 1;
            }
        }
        return run - start >= 3 ? run - 2 : -1;
    }

    private void AddObjectMention(int start, int end, List<(int, int, EntityKind, string, MentionForm)> inner)
    {
        if (EntityLexicon.Places.Match(_text, _words, start, out var place) == end - start)
        {
            inner.Add((start, end, EntityKind.Place, place.Key, place.IsAlias ? MentionForm.Alias : MentionForm.Name));
        }
        else if (EntityLexicon.OrgAcronyms.Match(_text, _words, start, out var org) == end - start)
        {
            inner.Add((start, end, EntityKind.Organization, org, MentionForm.Name));
        }
        else if (HasBare(EntityLexicon.OrgSuffixes, end - 1) || HasBare(EntityLexicon.OrgSuffixes, start))
        {
            inner.Add((start, end, EntityKind.Organization, Phrase(start, end), MentionForm.Name));
        }
    }

    private bool IsGivenName(int k) =>
        _words[k].Is(WordShape.Capitalised) && !_words[k].Is(WordShape.AllCaps)
        && EntityLexicon.GivenNames.ContainsKey(_words[k], Word(k));

    private static char? GenderOf(string givenName) =>
        EntityLexicon.GivenNames.TryGetValue(givenName, out var gender) && gender is "f" or "m" ? gender[0] : null;

    /// <summary>A word that can be part of a person's name.</summary>
    private bool IsNameWord(int k, bool first, bool lenient = false)
    {
        var word = _words[k];
        if (!word.IsUpper || word.Is(WordShape.Punctuation | WordShape.Number))
        {
            return false;
        }
        if (word.Is(WordShape.AllCaps) && !_shouting && !word.Is(WordShape.Dotted))
        {
            return false;
        }
        var bare = Bare(k);
        if (word.Is(WordShape.Dotted) && bare.Length == 1)
        {
            // An initial ("F.") inside a name, never first on its own.
            return !first;
        }
        if (EntityLexicon.Stopwords.Contains(word, bare))
        {
            return false;
        }
        if (!lenient && (EntityLexicon.OrgSuffixes.Contains(word, bare) || EntityLexicon.OutletNameWords.Contains(word, bare)
            || EntityLexicon.Demonyms.ContainsKey(word, bare)
            || EntityLexicon.Titles.Contains(_words[k], Word(k), out _) || EntityLexicon.OrgAcronyms.Contains(_words[k], Word(k), out _)))
        {
            return false;
        }
        if (first && (EntityLexicon.SentenceStarters.Contains(word, bare) || EntityLexicon.Places.Contains(word, bare, out _) && !IsGivenName(k)))
        {
            return false;
        }
        return true;
    }

    /// <summary>The end of a person's name starting at <paramref name="k"/>: up to the configured number of words.</summary>
    private int NameEnd(int k, bool lenient = false)
    {
        // "Senator Says …" in a headline: the capitalised verb after a title is no name.
        if (k >= _words.Count || !IsNameWord(k, first: true, lenient) || _headline && Has(EntityLexicon.HeadlineVerbs, k))
        {
            return k;
        }
        var j = k + 1;
        var count = 1;
        if (_words[k].Possessive)
        {
            return j;
        }
        // Headlines capitalise verbs too: "Vidric Rejects Sanctions" must not become a three-word name.
        var max = _headline ? 2 : _options.MaxNameWords;
        while (j < _words.Count && count < max)
        {
            if (_words[j].Is(WordShape.Lower) && IsParticle(j))
            {
                // "van der Berg": particles count only when a name word follows them.
                var after = j;
                while (after < _words.Count && _words[after].Is(WordShape.Lower) && IsParticle(after))
                {
                    after++;
                }
                if (after < _words.Count && IsNameWord(after, first: false))
                {
                    j = after;
                    continue;
                }
                break;
            }
            // "Pope Francis Accused of …": a title-case headline capitalises the verb after the name.
            if (!IsNameWord(j, first: false) || _headline && Has(EntityLexicon.HeadlineVerbs, j))
            {
                break;
            }
            // A name never runs onto the next line: a page's "Advertisement" line above "Kell said …" is no given
            // name. And in a run of names without commas (a poll's "Ana Ruiz Ivo Brenner"), a given name after a given
            // name and a surname starts the next person when another name word follows it; "Anna Maria Rossi",
            // "Pavel D. Ryan" and "Tomas Lamont Scott said" stay one name (middle names and initials are common before a
            // surname that is also a given name).
            if (LineBreakBefore(j) || count == 2 && StartsNextPerson(k, j))
            {
                break;
            }
            count++;
            j++;
            if (_words[j - 1].Possessive)
            {
                break;
            }
        }
        return j;
    }

    /// <summary>
    /// Whether given name <paramref name="j"/>, after given name <paramref name="k"/> and a surname, opens the next
    /// name of a list: another name word must follow it on its line, and the word before it must not be an initial.
    /// </summary>
    private bool StartsNextPerson(int k, int j) =>
        IsGivenName(k) && !IsGivenName(j - 1) && Word(j - 1).TrimEnd('.').Length > 1 && IsGivenName(j)
        && j + 1 < _words.Count && !LineBreakBefore(j + 1) && IsNameWord(j + 1, first: false);

    /// <summary>Whether a line break separates word <paramref name="j"/> from the word before it.</summary>
    private bool LineBreakBefore(int j) => _text.AsSpan(_words[j - 1].End, _words[j].Start - _words[j - 1].End).Contains('\n');

    private bool IsParticle(int k)
    {
        var word = Word(k);
        foreach (var particle in NameParticles)
        {
            if (word.Equals(particle, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The person that name words [start, end) denote; learns new full names in the first pass.</summary>
    private PersonEntity ResolvePerson(int start, int end, char? gender, out MentionForm form)
    {
        if (FoundWithoutInitials(start, end) is { } found)
        {
            // A name met before, asked again in both passes: found as a span, without its words as strings.
            form = MentionForm.Name;
            MarkInProse(found, start, end);
            return found;
        }
        var words = new string[end - start];
        var n = 0;
        for (var w = start; w < end; w++)
        {
            words[n++] = Word(w).ToString();
        }
        Array.Resize(ref words, n);
        if (words.Length == 1)
        {
            var byPart = _people.FindByPart(words[0], _words[start].Start, gender);
            if (byPart is not null && byPart.Words.Length > 1)
            {
                NoteBareSurname(byPart, words[0]);
                form = MentionForm.Alias;
                return byPart;
            }
        }
        form = MentionForm.Name;
        var person = _people.FindFull(words);
        if (person is null)
        {
            person = _people.Add(Phrase(start, end), words);
            person.Gender = words.Length > 1 ? GenderOf(words[0]) : null;
        }
        MarkInProse(person, start, end);
        return person;
    }

    private void MarkInProse(PersonEntity person, int start, int end)
    {
        if (!person.InProse && (end - start == 1 || !InNameList(start, end)))
        {
            person.InProse = true;
        }
    }

    /// <summary>
    /// The person <see cref="PersonRegistry.FindFull"/> finds for name words [<paramref name="start"/>,
    /// <paramref name="end"/>) of two or more words without middle initials (null for any other name, and when none is
    /// found): the words joined in a stack buffer and looked up as a span.
    /// </summary>
    private PersonEntity? FoundWithoutInitials(int start, int end)
    {
        if (end - start < 2)
        {
            return null;
        }
        var length = end - start - 1;
        for (var w = start; w < end; w++)
        {
            length += _words[w].Length;
            if (w > start && w < end - 1 && PersonRegistry.IsInitial(Word(w)))
            {
                return null;
            }
        }
        if (length > 256)
        {
            return null;
        }
        Span<char> joined = stackalloc char[length];
        JoinWords(start, end, joined);
        return _people.FindFullWithoutInitials(Word(start), joined);
    }

    /// <summary>
    /// Whether the full name at words [<paramref name="start"/>, <paramref name="end"/>) stands in a run of names with
    /// only spaces between them, on one line: the next name starts right after it, or the last person mention ended
    /// right before it ("Heather Vance Ana Ruiz Ivo Brenner", a poll widget's list).
    /// </summary>
    private bool InNameList(int start, int end) =>
        end < _words.Count && !LineBreakBefore(end) && IsGivenName(end) && NameEnd(end) > end + 1
        || start > 0 && _lastPersonEnd >= 0 && _lastPersonEnd == _words[start - 1].End && !LineBreakBefore(start);

    /// <summary>"Vidric, 54, said": an age in apposition right after the name.</summary>
    private void ReadAge(PersonEntity person, int after)
    {
        if (IsPunct(after, ',') && after + 2 < _words.Count && _words[after + 1].Is(WordShape.Number) && IsPunct(after + 2, ',')
            && int.TryParse(Word(after + 1), out var age) && age is > 0 and < 120)
        {
            person.Age ??= age;
        }
    }

    /// <summary>"the Serbian leader", "the ambassador", "the 54-year-old": a person named earlier.</summary>
    /// <remarks>The parser's own opening test, without its set-up: asked at every word, twice.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int TryDescriptor(int k) =>
        WordIs(k, "the") || _words[k].IsUpper && _words[k].Possessive && EntityLexicon.Places.MayStart(_words[k]) ? Descriptor(k) : 0;

    private int Descriptor(int k)
    {
        int i;
        string? nationality = null;
        string? affiliation = null;
        int? age = null;
        if (WordIs(k, "the"))
        {
            i = k + 1;
        }
        else if (_words[k].IsUpper && _words[k].Possessive && EntityLexicon.Places.Match(_text, _words, k, out var owner) == 1)
        {
            // "Serbia's president".
            nationality = owner.Country;
            i = k + 1;
        }
        else
        {
            return 0;
        }
        while (i < _words.Count)
        {
            var word = Word(i);
            if (_words[i].IsUpper && EntityLexicon.Affiliations.TryGetValue(_words[i], word, out var camp))
            {
                affiliation ??= camp;
                i++;
            }
            else if (Has(EntityLexicon.DescriptorModifiers, i)
                || Has(EntityLexicon.TitleModifiers, i) && EntityLexicon.DescriptorRoles.Match(_text, _words, i, out _) == 0)
            {
                i++;
            }
            else if (_words[i].IsUpper && EntityLexicon.Demonyms.TryGetValue(_words[i], word, out var country))
            {
                nationality ??= country;
                i++;
            }
            else if (_words[i].Is(WordShape.Number) && IsPunct(i + 1, '-') && WordIs(i + 2, "year-old") && int.TryParse(word, out var years))
            {
                age = years;
                i += 3;
            }
            else
            {
                break;
            }
        }
        var roleLength = EntityLexicon.DescriptorRoles.Match(_text, _words, i, out var role);
        if (roleLength == 0 && age is null)
        {
            return 0;
        }
        var end = i + roleLength;
        if (roleLength > 0 && end < _words.Count && _words[end].Is(WordShape.Lower)
            && EntityLexicon.DescriptorRoles.Match(_text, _words, end, out _) > 0)
        {
            return 0;
        }
        // Followed by a name, the phrase is a title ("the Serbian President Aleksandar Vidric").
        if (end < _words.Count && (NameEnd(end) > end || IsPunct(end, ',') && NameEnd(end + 1) > end + 1 && IsPunct(NameEnd(end + 1), ',')))
        {
            return 0;
        }
        if (roleLength > 0 && WordIs(end, "of") && end + 1 < _words.Count
            && EntityLexicon.Places.Match(_text, _words, end + 1, out var of) > 0)
        {
            nationality ??= of.Country;
        }
        // "Ivanka Kell, the senator's eldest daughter,": a possessive descriptor names someone else, the possessor, so it
        // neither restates the person just named nor gives them its role.
        var appositive = roleLength > 0 && _words[end - 1].Possessive ? null : Appositive(k);
        var person = appositive ?? ChooseReferent(k, role, nationality, affiliation, age);
        if (person is null)
        {
            return 0;
        }
        if (appositive is not null)
        {
            if (role is not null)
            {
                person.Heads.Add(role.Role);
            }
            person.Nationality ??= nationality;
            person.Affiliation ??= affiliation;
            person.Age ??= age;
        }
        EmitPerson(k, end, person, MentionForm.Descriptor);
        SeePerson(person, end);
        return end - k;
    }

    /// <summary>True when the descriptor says nothing or agrees, false when it contradicts, null when the person's value is unknown.</summary>
    private static bool? Fits(string? wanted, string? known) =>
        wanted is null ? true : known is null ? null : string.Equals(wanted, known, StringComparison.OrdinalIgnoreCase);

    /// <summary>"Aleksandar Vidric, the Serbian president, said": the descriptor restates the person just named.</summary>
    private PersonEntity? Appositive(int k) =>
        k >= 2 && IsPunct(k - 1, ',') && _lastPerson is not null && _lastPersonEnd == _words[k - 2].End ? _lastPerson
        : k >= 4 && IsPunct(k - 1, ',') && _words[k - 2].Is(WordShape.Number) && IsPunct(k - 3, ',') && _lastPerson is not null
            && _lastPersonEnd == _words[k - 4].End ? _lastPerson : null;

    private PersonEntity? ChooseReferent(int k, DescriptorRole? role, string? nationality, string? affiliation, int? age)
    {
        PersonEntity? weak = null;
        foreach (var person in _people.RecentBefore(_words[k].Start))
        {
            if (role is not null && !person.Heads.Overlaps(role.Heads) && !person.Heads.Contains(role.Role))
            {
                continue;
            }
            if (age is not null && person.Age is not null && person.Age != age)
            {
                continue;
            }
            if (role is null && age is not null && person.Age is null)
            {
                weak ??= person;
                continue;
            }
            // Nationality and party must not contradict; a person who matches them both outright wins at once.
            var nationalityFits = Fits(nationality, person.Nationality);
            var affiliationFits = Fits(affiliation, person.Affiliation);
            if (nationalityFits is false || affiliationFits is false)
            {
                continue;
            }
            if (nationalityFits is true && affiliationFits is true)
            {
                return person;
            }
            weak ??= person;
        }
        return weak;
    }
}
