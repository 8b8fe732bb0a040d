namespace Crosscheck.Entities;

internal sealed partial class EntityRecognizer
{
    /// <summary>At most this many people under one plural title ("analysts A, B and C"); longer lists are rare.</summary>
    private const int MaxTitledPeople = 4;

    /// <summary>
    /// "Halden analysts Stefano Marlo and Ines Dravec", "Senators Ann Kell, Rob Dunn and Mia Roth": a plural title
    /// before full names joined by commas and "and" titles each of them. Without the plural title nothing marks an
    /// unfamiliar given name ("Stefano") as a person's, and the first of the names would be lost.
    /// </summary>
    /// <returns>The number of words consumed, or 0.</returns>
    private int TryTitledPeople(int k)
    {
        var length = EntityLexicon.PluralTitles.Match(_text, _words, k, out var title);
        if (length == 0)
        {
            return 0;
        }
        Span<(int Start, int End)> names = stackalloc (int, int)[MaxTitledPeople];
        var count = 0;
        var i = k + length;
        while (count < MaxTitledPeople)
        {
            var end = NameEnd(i);
            // Full names only: a plural title does not license a lone word ("analysts Reuters").
            if (end - i < 2)
            {
                break;
            }
            names[count++] = (i, end);
            if (WordIs(end, "and"))
            {
                i = end + 1;
            }
            else if (IsPunct(end, ',') && WordIs(end + 1, "and"))
            {
                i = end + 2;
            }
            else if (IsPunct(end, ',') && count < MaxTitledPeople - 1)
            {
                i = end + 1;
            }
            else
            {
                break;
            }
        }
        // A list closes with "and" before its last name: in "analysts A B and C D, E F" the last is an apposition,
        // and "analysts A B, C D" is one name and an apposition, not a list.
        while (count >= 2 && !WordIs(names[count - 1].Start - 1, "and"))
        {
            count--;
        }
        if (count < 2)
        {
            return 0;
        }
        var phrase = Phrase(k, k + length);
        foreach (var (start, end) in names[..count])
        {
            var person = ResolvePerson(start, end, title.Gender, out var form);
            person.Gender ??= title.Gender;
            person.Heads.Add(title.Head);
            EmitPerson(start, end, person, form, phrase);
            SeePerson(person, end);
        }
        return names[count - 1].End - k;
    }
}
