namespace Crosscheck.Entities;

/// <summary>The people of one article: full names, what is known of them, and when each was last mentioned.</summary>
/// <remarks>Mutable; used by one recognizer for one article.</remarks>
internal sealed class PersonRegistry
{
    private readonly List<PersonEntity> _people = [];
    private readonly Dictionary<string, PersonEntity> _byName = new(StringComparer.OrdinalIgnoreCase);
    // Names written with middle initials, by the name without them ("Marta Lind" → Marta K. Lind).
    private readonly Dictionary<string, PersonEntity> _initialled = new(StringComparer.OrdinalIgnoreCase);
    // The first word of each name, with the length of the longest name (as written, or without its initials) that
    // starts with it (see LongestNameFrom).
    private readonly Dictionary<string, int> _firstWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstWordSpans;
    // Whether a name's first word holds a space, so that a name's first word is not what comes before its first space.
    private bool _spacedFirstWord;
    private readonly Dictionary<string, PersonEntity>.AlternateLookup<ReadOnlySpan<char>> _byNameSpans;
    private readonly Dictionary<string, PersonEntity>.AlternateLookup<ReadOnlySpan<char>> _initialledSpans;

    public PersonRegistry()
    {
        _firstWordSpans = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _byNameSpans = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _initialledSpans = _initialled.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<PersonEntity> People => _people;

    /// <summary>
    /// The person whose name is <paramref name="words"/>: written exactly so, or the same name with or without middle
    /// initials ("Marta K. Lind" and "Marta Lind"), as long as one of the two forms has none, so that "Paul H. Dorn"
    /// and "Paul H. R. Dorn" stay two people.
    /// </summary>
    public PersonEntity? FindFull(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || !_firstWords.ContainsKey(words[0]))
        {
            return null;
        }
        var joined = string.Join(' ', words);
        if (_byName.TryGetValue(joined, out var person))
        {
            return person;
        }
        // Most articles have no name with initials, so the plain look-up above is all they pay for.
        if (_initialled.Count > 0 && _initialled.TryGetValue(joined, out person))
        {
            return person;
        }
        var bare = WithoutInitials(words);
        return bare is not null && _byName.TryGetValue(bare, out person) && WithoutInitials(person.Words) is null ? person : null;
    }

    /// <summary>
    /// Whether <see cref="FindFull"/> finds someone for a name with no middle initials, given as its words joined by
    /// single spaces (<paramref name="firstWord"/> the first of them): the same look-ups without a string per word.
    /// </summary>
    public bool HasFullWithoutInitials(ReadOnlySpan<char> firstWord, ReadOnlySpan<char> joined) =>
        _firstWordSpans.ContainsKey(firstWord) && (_byNameSpans.ContainsKey(joined) || _initialled.Count > 0 && _initialledSpans.ContainsKey(joined));

    /// <summary>
    /// What <see cref="FindFull"/> finds for a name with no middle initials, given as its words joined by single spaces
    /// (<paramref name="firstWord"/> the first of them): the same look-ups, in the same order, without a string per word.
    /// </summary>
    public PersonEntity? FindFullWithoutInitials(ReadOnlySpan<char> firstWord, ReadOnlySpan<char> joined)
    {
        if (!_firstWordSpans.ContainsKey(firstWord))
        {
            return null;
        }
        if (_byNameSpans.TryGetValue(joined, out var person))
        {
            return person;
        }
        return _initialled.Count > 0 && _initialledSpans.TryGetValue(joined, out person) ? person : null;
    }

    public PersonEntity Add(string key, string[] words)
    {
        var person = new PersonEntity(key, words, _people.Count);
        _people.Add(person);
        var joined = string.Join(' ', words);
        _byName.TryAdd(joined, person);
        var longest = joined.Length;
        if (WithoutInitials(words) is { } bare)
        {
            _initialled.TryAdd(bare, person);
            longest = Math.Max(longest, bare.Length);
        }
        _firstWords[words[0]] = Math.Max(longest, _firstWords.GetValueOrDefault(words[0]));
        _spacedFirstWord |= words[0].Contains(' ', StringComparison.Ordinal);
        return person;
    }

    /// <summary>The name without its middle initials ("Marta K. Lind" → "Marta Lind"), or null when it has none.</summary>
    private static string? WithoutInitials(IReadOnlyList<string> words)
    {
        var initials = 0;
        for (var i = 1; i < words.Count - 1; i++)
        {
            initials += IsInitial(words[i]) ? 1 : 0;
        }
        if (initials == 0)
        {
            return null;
        }
        var kept = new List<string>(words.Count - initials);
        for (var i = 0; i < words.Count; i++)
        {
            if (i == 0 || i == words.Count - 1 || !IsInitial(words[i]))
            {
                kept.Add(words[i]);
            }
        }
        return string.Join(' ', kept);
    }

    // "J.", "J", "H.W.": one or two capital letters, each optionally followed by a period.
    internal static bool IsInitial(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }
        return letters is 1 or 2 && word.Length <= 4;
    }

    /// <summary>
    /// The person a single name word refers to: by surname first, then by given name; among several, the one mentioned
    /// last before <paramref name="offset"/>, else the first introduced. Single-word entries only match themselves.
    /// </summary>
    public PersonEntity? FindByPart(ReadOnlySpan<char> word, int offset, char? gender = null)
    {
        var found = Best(word, offset, surname: true, gender);
        return found ?? Best(word, offset, surname: false, gender);
    }

    /// <summary>
    /// Records that a bare surname was read as <paramref name="person"/>; when no other full name in the article
    /// has that surname yet, the surname is theirs from then on (see <see cref="PersonEntity.OwnsSurname"/>).
    /// </summary>
    public void NoteBareSurname(PersonEntity person)
    {
        if (person.OwnsSurname || person.Words.Length < 2)
        {
            return;
        }
        foreach (var other in _people)
        {
            if (!ReferenceEquals(other, person) && other.Words.Length > 1
                && string.Equals(other.Surname, person.Surname, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }
        person.OwnsSurname = true;
    }

    /// <summary>Whether a full name (two words or more) starts with <paramref name="word"/>.</summary>
    public bool StartsName(ReadOnlySpan<char> word) => _firstWordSpans.ContainsKey(word);

    /// <summary>
    /// Whether a name starts with <paramref name="word"/>, and the most characters that a name starting with it can
    /// have, as <see cref="HasFullWithoutInitials"/> compares it: a longer string of words is no name it knows.
    /// </summary>
    /// <remarks>
    /// Two strings equal ignoring case (ordinal) have equal lengths and their first spaces at the same place, so a
    /// name's first word is the text before its first space, unless a first word holds a space itself (then the
    /// bound is <see cref="int.MaxValue"/>). Names only ever grow in number here but for single words that
    /// <see cref="MergeSingleNames"/> drops, so the bound stays an upper one.
    /// </remarks>
    public bool StartsName(ReadOnlySpan<char> word, out int longest)
    {
        if (!_firstWordSpans.TryGetValue(word, out longest))
        {
            return false;
        }
        if (_spacedFirstWord || word.Contains(' '))
        {
            longest = int.MaxValue;
        }
        return true;
    }

    /// <summary>Drops single-word entries ("Vidric" from "President Vidric") that a full name with that surname covers.</summary>
    /// <remarks>A single name stays apart when gender or title rule the full name out ("Mr. Obama" beside
    /// "Michelle Obama"); otherwise what it learnt moves to the full name.</remarks>
    public void MergeSingleNames()
    {
        _people.RemoveAll(single =>
        {
            if (single.Words.Length != 1)
            {
                return false;
            }
            var full = _people.Find(candidate => candidate.Words.Length > 1 && candidate.InProse
                && string.Equals(candidate.Surname, single.Words[0], StringComparison.OrdinalIgnoreCase)
                && (single.Gender is null || candidate.Gender is null || single.Gender == candidate.Gender)
                && (single.Heads.Count == 0 || candidate.Heads.Count == 0 || single.Heads.Overlaps(candidate.Heads)));
            if (full is null)
            {
                return false;
            }
            full.Heads.UnionWith(single.Heads);
            full.Gender ??= single.Gender;
            full.Nationality ??= single.Nationality;
            full.Age ??= single.Age;
            full.Affiliation ??= single.Affiliation;
            full.Count += single.Count;
            _byName.Remove(single.Words[0]);
            return true;
        });
        foreach (var person in _people)
        {
            person.LastSeen = -1;
        }
    }

    /// <summary>People mentioned before <paramref name="offset"/>, the latest first.</summary>
    public List<PersonEntity> RecentBefore(int offset)
    {
        var recent = new List<PersonEntity>();
        foreach (var person in _people)
        {
            if (person.LastSeen >= 0 && person.LastSeen < offset)
            {
                recent.Add(person);
            }
        }
        recent.Sort(static (a, b) => b.LastSeen.CompareTo(a.LastSeen));
        return recent;
    }

    private PersonEntity? Best(ReadOnlySpan<char> word, int offset, bool surname, char? gender)
    {
        PersonEntity? best = null;
        foreach (var person in _people)
        {
            var part = surname ? person.Surname : person.Words[0];
            // A name seen only in a list of names (a poll widget's) is no one the article's prose speaks of.
            if (person.Words.Length > 1 && !person.InProse)
            {
                continue;
            }
            if (person.Words.Length < 2 && !surname || !word.Equals(part, StringComparison.OrdinalIgnoreCase)
                || gender is not null && person.Gender is not null && gender != person.Gender)
            {
                continue;
            }
            if (best is null || Prefer(person, best, offset, surname))
            {
                best = person;
            }
        }
        return best;
    }

    // A bare surname usually means the article's main bearer of it ("Cruz" after "his wife, Heidi Cruz"). Writers who
    // have used the bare surname for one person keep it for them and give a namesake who comes in later the full name
    // every time ("Tomas Berg's plan … Berg's policy … Anna Berg said … Berg says"), so the person the surname stood
    // for first wins, however often the namesake's full name recurs. Otherwise a person mentioned at least twice as
    // often wins; then the one mentioned last, then the one introduced first.
    private static bool Prefer(PersonEntity candidate, PersonEntity best, int offset, bool surname)
    {
        if (surname && candidate.OwnsSurname != best.OwnsSurname)
        {
            return candidate.OwnsSurname;
        }
        if (candidate.Count >= 2 * Math.Max(best.Count, 1))
        {
            return true;
        }
        if (best.Count >= 2 * Math.Max(candidate.Count, 1))
        {
            return false;
        }
        var candidateSeen = candidate.LastSeen >= 0 && candidate.LastSeen < offset ? candidate.LastSeen : -1;
        var bestSeen = best.LastSeen >= 0 && best.LastSeen < offset ? best.LastSeen : -1;
        return candidateSeen != bestSeen ? candidateSeen > bestSeen : candidate.Order < best.Order;
    }
}
