namespace Crosscheck.Entities;

/// <summary>The people of one article: full names, what is known of them, and when each was last mentioned.</summary>
/// <remarks>Mutable; used by one recognizer for one article.</remarks>
internal sealed class PersonRegistry
{
    private readonly List<PersonEntity> _people = [];

    public IReadOnlyList<PersonEntity> People => _people;

    /// <summary>The person whose name is exactly <paramref name="words"/>.</summary>
    public PersonEntity? FindFull(IReadOnlyList<string> words)
    {
        foreach (var person in _people)
        {
            if (person.Words.Length == words.Count && SameWords(person.Words, words))
            {
                return person;
            }
        }
        return null;
    }

    public PersonEntity Add(string key, string[] words)
    {
        var person = new PersonEntity(key, words, _people.Count);
        _people.Add(person);
        return person;
    }

    /// <summary>
    /// The person a single name word refers to: by surname first, then by given name; among several, the one mentioned
    /// last before <paramref name="offset"/>, else the first introduced. Single-word entries only match themselves.
    /// </summary>
    public PersonEntity? FindByPart(ReadOnlySpan<char> word, int offset)
    {
        var found = Best(word, offset, surname: true);
        return found ?? Best(word, offset, surname: false);
    }

    /// <summary>Whether a full name (two words or more) starts with <paramref name="word"/>.</summary>
    public bool StartsName(ReadOnlySpan<char> word)
    {
        foreach (var person in _people)
        {
            if (person.Words.Length > 1 && word.Equals(person.Words[0], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Drops single-word entries ("Vucic" from "President Vucic") that a full name with that surname covers.</summary>
    public void MergeSingleNames()
    {
        _people.RemoveAll(single => single.Words.Length == 1 && _people.Exists(full => full.Words.Length > 1
            && string.Equals(full.Surname, single.Words[0], StringComparison.OrdinalIgnoreCase)));
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

    private PersonEntity? Best(ReadOnlySpan<char> word, int offset, bool surname)
    {
        PersonEntity? best = null;
        foreach (var person in _people)
        {
            var part = surname ? person.Surname : person.Words[0];
            if (person.Words.Length < 2 && !surname || !word.Equals(part, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (best is null || Rank(person, offset) > Rank(best, offset))
            {
                best = person;
            }
        }
        return best;
    }

    // Recently mentioned beats first introduced; full names beat single-word entries.
    private static long Rank(PersonEntity person, int offset) =>
        (person.LastSeen >= 0 && person.LastSeen < offset ? 1L << 40 : 0) + (person.Words.Length > 1 ? 1L << 39 : 0)
        + (person.LastSeen >= 0 && person.LastSeen < offset ? person.LastSeen : -person.Order);

    private static bool SameWords(string[] a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }
}
