namespace Crosscheck.Entities;

internal sealed partial class EntityRecognizer
{
    /// <summary>Outlets, organisations, places and people written with capitals.</summary>
    private int TryCapitalised(int k)
    {
        var core = k;
        if (WordIs(k, "the"))
        {
            core = k + 1;
            if (core >= _words.Count || !_words[core].IsUpper)
            {
                return 1;
            }
        }
        else if (Has(EntityLexicon.SentenceStarters, k) && !IsGivenName(k) && EntityLexicon.Places.Match(_text, _words, k, out _) == 0
            && EntityLexicon.Outlets.Match(_text, _words, k, out _) == 0 && EntityLexicon.OrgAcronyms.Match(_text, _words, k, out _) == 0)
        {
            return 1;
        }
        if (EntityLexicon.Outlets.Match(_text, _words, core, out var outlet) is > 0 and var outletLength)
        {
            Emit(core, core + outletLength, EntityKind.Outlet, outlet, MentionForm.Name);
            Remember(core, core + outletLength, outlet, EntityKind.Outlet);
            return core + outletLength - k;
        }
        var run = CapitalRun(core);
        if (run > core && TryNamedBody(k, core, run) is > 0 and var bodyLength)
        {
            return bodyLength;
        }
        if (EntityLexicon.Places.Match(_text, _words, core, out var place) is > 0 and var placeLength
            && !(placeLength == 1 && IsGivenName(core) && NameEnd(core) > core + 1))
        {
            Emit(core, core + placeLength, EntityKind.Place, place.Key, place.IsAlias ? MentionForm.Alias : MentionForm.Name);
            return core + placeLength - k;
        }
        if (IsDatelinePlace(core))
        {
            Emit(core, core + _datelinePlace!.Value.Words, EntityKind.Place, _datelinePlace.Value.Key, MentionForm.Name);
            return core + _datelinePlace.Value.Words - k;
        }
        if (EntityLexicon.OrgAcronyms.Match(_text, _words, core, out var org) is > 0 and var orgLength)
        {
            Emit(core, core + orgLength, EntityKind.Organization, org, MentionForm.Name);
            return core + orgLength - k + Parenthesised(core + orgLength, org, EntityKind.Organization);
        }
        if (_acronymSpans.TryGetValue(Word(core), out var known))
        {
            Emit(core, core + 1, known.Kind, known.Key, MentionForm.Alias);
            return core + 1 - k;
        }
        if (core == k + 1)
        {
            // "the Post": a later short name of an outlet named in full before.
            if (AliasOfOutlet(core) is { } outletKey)
            {
                Emit(core, core + 1, EntityKind.Outlet, outletKey, MentionForm.Alias);
                return 2;
            }
        }
        if (TryPerson(core) is > 0 and var personLength)
        {
            return core + personLength - k;
        }
        if (_options.AcronymsAsOrganizations && !_shouting && IsUnknownAcronym(core))
        {
            var key = Word(core).ToString();
            Emit(core, core + 1, EntityKind.Organization, key, MentionForm.Name);
            return core + 1 - k;
        }
        return core - k + 1;
    }

    /// <summary>A multi-word name classified by its words: outlet words make an outlet, suffixes an organisation.</summary>
    private int TryNamedBody(int k, int core, int run)
    {
        var outletWord = -1;
        var suffix = -1;
        for (var j = core; j < run; j++)
        {
            if (!_words[j].IsUpper)
            {
                continue;
            }
            if (outletWord < 0 && HasBare(EntityLexicon.OutletNameWords, j))
            {
                outletWord = j;
            }
            if (suffix < 0 && HasBare(EntityLexicon.OrgSuffixes, j) && (j > core || WordIs(j + 1, "of") || WordIs(j + 1, "for")))
            {
                suffix = j;
            }
        }
        // A lone outlet word ("News", "Times") is not a name by itself. A name that starts further right than this
        // run ("Martha Kos of Harbour News") is left for a later position, so that the words before it get their turn.
        if (outletWord >= 0 && run - core > 1 && (suffix < 0 || suffix > outletWord))
        {
            var start = ExtendLeft(core, outletWord, _headline ? 1 : 3);
            var end = outletWord + 1;
            if (start == outletWord)
            {
                // "Daily Lantern", "Radio Free Europe": the outlet word opens the name.
                while (end < run && _words[end].IsUpper && end - outletWord < 3 && !StartsPerson(end))
                {
                    end++;
                }
            }
            else
            {
                // "Harbour Times", "Kestrel News Service": the name ends with its outlet words.
                while (end < run && _words[end].IsUpper && (HasBare(EntityLexicon.OutletNameWords, end) || HasBare(EntityLexicon.OrgSuffixes, end)))
                {
                    end++;
                }
            }
            if (start == core && end - start > 1)
            {
                var key = Phrase(start, end);
                Emit(start, end, EntityKind.Outlet, key, MentionForm.Name);
                Remember(start, end, key, EntityKind.Outlet);
                return end - k + Parenthesised(end, key, EntityKind.Outlet);
            }
            if (start > core)
            {
                return 0;
            }
        }
        if (suffix >= 0)
        {
            var start = ExtendLeft(core, suffix, _headline ? 1 : 4);
            if (start > core)
            {
                return 0;
            }
            var end = suffix + 1;
            while (end < run && HasBare(EntityLexicon.OrgSuffixes, end))
            {
                end++;
            }
            // "Ministry of Foreign Affairs", "Center for Civic Studies": the of-phrase belongs to the name.
            if (!_headline && end + 1 < run && (WordIs(end, "of") || WordIs(end, "for")))
            {
                var j = end + 1;
                while (j < run && j - end <= 5 && !StartsPerson(j))
                {
                    j++;
                }
                while (j > end + 1 && !_words[j - 1].IsUpper)
                {
                    j--;
                }
                if (j > end + 1)
                {
                    end = j;
                }
            }
            if (end - start == 1)
            {
                return 0;
            }
            var key = Phrase(start, end);
            Emit(start, end, EntityKind.Organization, key, MentionForm.Name);
            Remember(start, end, key, EntityKind.Organization);
            return end - k + Parenthesised(end, key, EntityKind.Organization);
        }
        // "Cicero magazine": a name followed by the kind of outlet it is.
        if (run < _words.Count && _words[run].Is(WordShape.Lower) && EntityLexicon.OutletCategories.Match(_text, _words, run, out _) > 0
            && !IsKnownNonOutlet(core, run))
        {
            var key = Phrase(core, run);
            Emit(core, run, EntityKind.Outlet, key, MentionForm.Name);
            Remember(core, run, key, EntityKind.Outlet);
            _outletCategories.TryAdd(key, Word(run + EntityLexicon.OutletCategories.Match(_text, _words, run, out _) - 1).ToString());
            return run - k;
        }
        return 0;
    }

    /// <summary>How far left of its marking word a name reaches: capitalised words only, never a person or a title.</summary>
    private int ExtendLeft(int core, int from, int most)
    {
        var start = from;
        while (start > core && from - start < most)
        {
            // "Securities and Exchange Commission": an "and" between capitalised words stays inside the name.
            var step = _words[start - 1].IsUpper ? 1 : start - 2 >= core && (WordIs(start - 1, "and") || IsPunct(start - 1, '&')) && _words[start - 2].IsUpper ? 2 : 0;
            if (step == 0 || StartsPerson(start - step) || EntityLexicon.Titles.Contains(_words[start - step], Word(start - step), out _)
                || step == 2 && EndsKnownName(core, start - 2))
            {
                break;
            }
            start -= step;
        }
        return start;
    }

    /// <summary>Whether a known organisation or place ends at word <paramref name="last"/> ("White House and Congress").</summary>
    private bool EndsKnownName(int core, int last)
    {
        for (var from = last; from >= core && last - from < 4; from--)
        {
            if (EntityLexicon.OrgAcronyms.Match(_text, _words, from, out _) == last - from + 1
                || EntityLexicon.Places.Match(_text, _words, from, out _) == last - from + 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a person's name (a given name before another name word, or a known name) starts here.</summary>
    private bool StartsPerson(int k) =>
        IsGivenName(k) && k + 1 < _words.Count && _words[k + 1].IsUpper && IsNameWord(k + 1, first: false)
        || _words[k].IsUpper && _people.FindByPart(Word(k), _words[k].Start) is not null;

    /// <summary>
    /// "the ministry", "the party", "the magazine": a body named earlier, by its suffix word (organisations) or by the
    /// kind of outlet it is (outlets). Unresolved, it is no mention.
    /// </summary>
    /// <remarks>The parser's own opening test, without its set-up: asked at every word, twice.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int TryBodyDescriptor(int k) => WordIs(k, "the") ? BodyDescriptor(k) : 0;

    private int BodyDescriptor(int k)
    {
        if (!WordIs(k, "the") || k + 1 >= _words.Count || !_words[k + 1].Is(WordShape.Lower))
        {
            return 0;
        }
        var noun = k + 1;
        var outletLength = EntityLexicon.OutletCategories.Match(_text, _words, noun, out _);
        var isOrg = Has(EntityLexicon.OrgSuffixes, noun);
        if (outletLength == 0 && !isOrg)
        {
            return 0;
        }
        var end = noun + Math.Max(outletLength, 1);
        // "the party leader", "the agency chief": a following noun or name makes it a modifier.
        if (end < _words.Count && (_words[end].IsUpper || _words[end].Is(WordShape.Lower) && (Has(EntityLexicon.OrgSuffixes, end)
            || EntityLexicon.Titles.Contains(_words[end], Word(end), out _))))
        {
            return 0;
        }
        // Categories compare by their last word: "the agency" after "news agency Kestrel".
        var category = outletLength > 0 ? Word(end - 1).ToString() : null;
        var word = Word(noun);
        for (var m = _mentions.Count - 1; m >= 0; m--)
        {
            var mention = _mentions[m];
            // "the magazine" may be Cicero, introduced as "Cicero magazine", but "the agency" may not.
            var outletFits = category is not null && mention.Kind == EntityKind.Outlet && IsOutletOfKind(mention.Key, category);
            var orgFits = isOrg && mention.Kind == EntityKind.Organization && ContainsWord(mention.Key, word);
            if (outletFits || orgFits)
            {
                Emit(k, end, mention.Kind, mention.Key, MentionForm.Descriptor);
                return end - k;
            }
        }
        return 0;
    }

    /// <summary>Whether an outlet is of the kind a descriptor names: as introduced ("Cicero magazine"), or as its
    /// name words imply ("Harbour Times" is a newspaper). Outlets of unknown kind match nothing.</summary>
    private bool IsOutletOfKind(string key, string kind)
    {
        if (_outletCategories.TryGetValue(key, out var known))
        {
            return string.Equals(known, kind, StringComparison.OrdinalIgnoreCase);
        }
        foreach (var part in key.Split(' '))
        {
            if (EntityLexicon.OutletKinds.TryGetValue(part, out var kinds) && ContainsWord(kinds.Replace('|', ' '), kind))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsWord(string phrase, ReadOnlySpan<char> word)
    {
        var at = phrase.AsSpan().IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || phrase[at - 1] == ' ') && (at + word.Length == phrase.Length || phrase[at + word.Length] == ' ');
    }

    /// <summary>"news agency Tanjug", "the daily Danas": the kind of outlet, then its name.</summary>
    /// <remarks>The parser's own opening test (a lower-case word that may start an outlet category), inlined into the word loop.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int TryCategoryOutlet(int k) => _words[k].Is(WordShape.Lower) && EntityLexicon.OutletCategories.MayStart(_words[k]) ? CategoryOutlet(k) : 0;

    private int CategoryOutlet(int k)
    {
        if (!_words[k].Is(WordShape.Lower))
        {
            return 0;
        }
        var length = EntityLexicon.OutletCategories.Match(_text, _words, k, out _);
        if (length == 0)
        {
            return 0;
        }
        var start = k + length;
        // "the network President Putin formed": a title or a person after the noun is no outlet's name.
        if (start >= _words.Count || !_words[start].IsUpper || StartsPerson(start)
            || EntityLexicon.Titles.Match(_text, _words, start, out _) > 0)
        {
            return 0;
        }
        var end = start + 1;
        while (end < _words.Count && end - start < 4 && _words[end].IsUpper && !_words[end - 1].Possessive && !HasBare(EntityLexicon.Stopwords, end))
        {
            end++;
        }
        if (IsKnownNonOutlet(start, end) || Has(EntityLexicon.SentenceStarters, start))
        {
            return 0;
        }
        var key = Phrase(start, end);
        if (EntityLexicon.Outlets.Match(_text, _words, start, out var canonical) == end - start)
        {
            key = canonical;
        }
        Emit(start, end, EntityKind.Outlet, key, MentionForm.Name);
        Remember(start, end, key, EntityKind.Outlet);
        _outletCategories.TryAdd(key, Word(k + length - 1).ToString());
        return end - k;
    }

    private bool IsKnownNonOutlet(int start, int end)
    {
        if (EntityLexicon.Places.Match(_text, _words, start, out _) > 0 || EntityLexicon.Demonyms.ContainsKey(_words[start], Word(start)))
        {
            return true;
        }
        return end - start == 1 && _people.FindByPart(Word(start), _words[start].Start) is not null
            || _people.FindFull(WordsOf(start, end)) is not null;
    }

    private string[] WordsOf(int start, int end)
    {
        var words = new string[end - start];
        for (var w = start; w < end; w++)
        {
            words[w - start] = Word(w).ToString();
        }
        return words;
    }

    /// <summary>An outlet name ends before a person's name that follows it ("Harbour Times Editor ...").</summary>
    private int TrimAtPerson(int start, int run)
    {
        for (var j = start + 1; j < run; j++)
        {
            if (IsGivenName(j) && NameEnd(j) > j + 1)
            {
                return j;
            }
        }
        return run;
    }

    /// <summary>"Serbian Progressive Party (SPP)": the acronym in brackets becomes an alias.</summary>
    private int Parenthesised(int at, string key, EntityKind kind)
    {
        if (IsPunct(at, '(') && at + 2 < _words.Count && _words[at + 1].Is(WordShape.AllCaps) && IsPunct(at + 2, ')'))
        {
            _acronyms[Word(at + 1).ToString()] = (key, kind);
            Emit(at + 1, at + 2, kind, key, MentionForm.Alias);
            return 3;
        }
        return 0;
    }

    /// <summary>Records the initials of an organisation or outlet so that "FT" or "SPP" later resolve to it.</summary>
    private void Remember(int start, int end, string key, EntityKind kind)
    {
        Span<char> initials = stackalloc char[8];
        var n = 0;
        for (var w = start; w < end && n < initials.Length; w++)
        {
            if (_words[w].IsUpper && !_words[w].Is(WordShape.AllCaps))
            {
                initials[n++] = _text[_words[w].Start];
            }
        }
        if (n >= 2)
        {
            _acronyms.TryAdd(initials[..n].ToString(), (key, kind));
        }
    }

    /// <summary>A one-word short form of an outlet named before: "the Post" after "the Harbour Post", "the Lantern"
    /// after "the Daily Lantern".</summary>
    private string? AliasOfOutlet(int k)
    {
        var word = Word(k);
        if (CapitalRun(k) != k + 1)
        {
            return null;
        }
        for (var m = _mentions.Count - 1; m >= 0; m--)
        {
            var mention = _mentions[m];
            if (mention.Kind == EntityKind.Outlet && mention.Key.AsSpan().EndsWith(word, StringComparison.Ordinal)
                && mention.Key.Length > word.Length && mention.Key[^(word.Length + 1)] == ' ')
            {
                return mention.Key;
            }
        }
        return null;
    }

    /// <summary>People by full name, by a known part of their name, or by a given name that starts a new name.</summary>
    private int TryPerson(int k)
    {
        // A full name learnt in the first pass, possibly longer than what the given-name rule would take.
        var end = NameEnd(k);
        if (end == k)
        {
            return 0;
        }
        var knownEnd = KnownNameEnd(k, end);
        // In headlines only a given name vouches for a new name; in prose a speech verb on either side does too
        // ("Tomas Brdar said", "said Tomas Brdar").
        if (knownEnd > 0 || end - k >= 2 && (IsGivenName(k) || !_headline && (HasCueAfter(end) || HasCueBefore(k))))
        {
            end = knownEnd > 0 ? knownEnd : end;
            var person = ResolvePerson(k, end, null, out var form);
            ReadAge(person, end);
            EmitPerson(k, end, person, form);
            SeePerson(person, end);
            return end - k;
        }
        // "Melanie said": a given name alone, speaking.
        if (end - k == 1 && IsGivenName(k) && !_headline && (HasCueAfter(end) || HasCueBefore(k))
            && _people.FindByPart(Word(k), _words[k].Start) is null)
        {
            var person = ResolvePerson(k, end, null, out var form);
            person.Gender ??= GenderOf(person.Words[0]);
            EmitPerson(k, end, person, form);
            SeePerson(person, end);
            return 1;
        }
        // "Vidric", "Brnolic's": one word of a known name.
        var known = _people.FindByPart(Word(k), _words[k].Start);
        if (known is not null && known.Words.Length > 1 && !_words[k].Possessive && k + 1 < _words.Count
            && _words[k + 1].Is(WordShape.Lower) && Has(EntityLexicon.PersonBodies, k + 1))
        {
            // "the Vidric government": a body around the person, not the person.
            Emit(k, k + 2, EntityKind.Organization, known.Key + " " + Word(k + 1).ToString(), MentionForm.Alias);
            return 2;
        }
        if (known is not null && known.Words.Length > 1 || known is not null && _emit)
        {
            NoteBareSurname(known, Word(k));
            var form = known.Words.Length > 1 ? MentionForm.Alias : MentionForm.Name;
            EmitPerson(k, k + 1, known, form);
            SeePerson(known, k + 1);
            return 1;
        }
        return 0;
    }

    /// <summary>The end of the longest full name learnt before that starts at <paramref name="k"/>, or 0.</summary>
    private int KnownNameEnd(int k, int end)
    {
        if (!_people.StartsName(Word(k), out var longest))
        {
            return 0;
        }
        var limit = Math.Min(_words.Count, k + _options.MaxNameWords + 2);
        for (var e = Math.Max(end, limit); e >= k + 2; e--)
        {
            if (e <= _words.Count && KnowsFullName(k, e, longest))
            {
                return e;
            }
        }
        return 0;
    }

    /// <summary>
    /// Whether the registry knows words <paramref name="start"/> to <paramref name="end"/> as a full name
    /// (<see cref="PersonRegistry.FindFull"/>). KnownNameEnd asks for every length from the longest down; a name
    /// without middle initials is joined in a stack buffer and looked up as a span, instead of a string per word and
    /// the joined string at every length. Words longer together than <paramref name="longest"/>, the longest name the
    /// registry has that starts with the first word, are no name it knows: most of the lengths KnownNameEnd tries
    /// (up to six words) are turned away so, before the words are joined and hashed.
    /// </summary>
    private bool KnowsFullName(int start, int end, int longest)
    {
        var length = end - start - 1;
        for (var w = start; w < end; w++)
        {
            length += _words[w].Length;
            if (w > start && w < end - 1 && PersonRegistry.IsInitial(Word(w)))
            {
                length = int.MaxValue;
                break;
            }
        }
        if (length > 256)
        {
            return _people.FindFull(WordsOf(start, end)) is not null;
        }
        if (length > longest)
        {
            return false;
        }
        Span<char> joined = stackalloc char[length];
        JoinWords(start, end, joined);
        return _people.HasFullWithoutInitials(Word(start), joined);
    }

    /// <summary>
    /// Writes the words [<paramref name="start"/>, <paramref name="end"/>) joined by single spaces into
    /// <paramref name="joined"/>, which the caller sizes (and allocates on its stack) to their lengths plus the spaces.
    /// </summary>
    private void JoinWords(int start, int end, Span<char> joined)
    {
        var at = 0;
        for (var w = start; w < end; w++)
        {
            if (w > start)
            {
                joined[at++] = ' ';
            }
            Word(w).CopyTo(joined[at..]);
            at += _words[w].Length;
        }
    }

    /// <summary>A speech verb or an age in apposition right after a capitalised pair: "Tomas Brdar said".</summary>
    private bool HasCueBefore(int k) =>
        k > 0 && _words[k - 1].Is(WordShape.Lower) && Has(EntityLexicon.SpeechCues, k - 1);

    private bool HasCueAfter(int end) =>
        end < _words.Count && _words[end].Is(WordShape.Lower) && Has(EntityLexicon.SpeechCues, end)
        || IsPunct(end, ',') && end + 2 < _words.Count && _words[end + 1].Is(WordShape.Number) && IsPunct(end + 2, ',');

    private bool IsUnknownAcronym(int k)
    {
        var word = _words[k];
        if (!word.Is(WordShape.AllCaps) || word.Is(WordShape.Dotted) || word.Length is < 2 or > 5
            || Has(EntityLexicon.Stopwords, k) || EntityLexicon.Titles.Contains(_words[k], Word(k), out _)
            || Has(EntityLexicon.OutletNameWords, k))
        {
            return false;
        }
        // "FULL TEXT", "PENCE:": capitals in a row, or a transcript's speaker label.
        if (k > 0 && _words[k - 1].Is(WordShape.AllCaps) && !_words[k - 1].Is(WordShape.Dotted)
            || k + 1 < _words.Count && (_words[k + 1].Is(WordShape.AllCaps) && !_words[k + 1].Is(WordShape.Dotted) || IsPunct(k + 1, ':')))
        {
            return false;
        }
        var text = Word(k);
        foreach (var c in text)
        {
            if (!char.IsUpper(c) && !char.IsDigit(c))
            {
                return false;
            }
        }
        // Roman numerals ("World War II") are not organisations.
        return text.TrimStart("IVXLC").Length > 0;
    }
}
