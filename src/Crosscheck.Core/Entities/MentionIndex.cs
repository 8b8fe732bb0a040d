using Crosscheck.Documents;

namespace Crosscheck.Entities;

/// <summary>Lookups over an article's mentions for later stages: by offset, by key, and the last person before a point.</summary>
/// <remarks>Immutable and thread-safe. Expects mentions sorted by start and non-overlapping, as the entities stage
/// produces them.</remarks>
public sealed class MentionIndex
{
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly Dictionary<string, Mention> _firstByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonGender> _genders = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="mentions"/> (usually <c>document.Mentions</c>).</summary>
    public MentionIndex(IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        _mentions = mentions;
        foreach (var mention in mentions)
        {
            if (!_firstByKey.TryGetValue(mention.Key, out var first) || first.Form != MentionForm.Name && mention.Form == MentionForm.Name)
            {
                _firstByKey[mention.Key] = mention;
            }
            if (mention.Kind == EntityKind.Person && GenderOfTitle(mention.Title) is var byTitle and not PersonGender.Unknown)
            {
                _genders.TryAdd(mention.Key, byTitle);
            }
        }
    }

    /// <summary>The mentions in text order.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>The mention that covers <paramref name="offset"/>, if any.</summary>
    public Mention? At(int offset)
    {
        var index = LastStartingAtOrBefore(offset);
        return index >= 0 && _mentions[index].Span.Contains(offset) ? _mentions[index] : null;
    }

    /// <summary>The last person mention that ends at or before <paramref name="offset"/> (for "he said" and the like).</summary>
    public Mention? LastPersonBefore(int offset) => LastBefore(offset, EntityKind.Person);

    /// <summary>
    /// The last person mention before <paramref name="offset"/> that may be referred to with <paramref name="gender"/>:
    /// people whose gender is unknown qualify, people of the other gender are skipped ("she said" after "Mr. Hill").
    /// </summary>
    public Mention? LastPersonBefore(int offset, PersonGender gender)
    {
        for (var i = LastStartingAtOrBefore(offset); i >= 0; i--)
        {
            var mention = _mentions[i];
            if (mention.Kind == EntityKind.Person && mention.Span.End <= offset
                && (gender == PersonGender.Unknown || GenderOf(mention.Key) is var known && (known == PersonGender.Unknown || known == gender)))
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>The gender of the person with this key: from a title written with any of their mentions ("Mrs.",
    /// "King"), else from their given name ("Ana" → female), else unknown.</summary>
    public PersonGender GenderOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_genders.TryGetValue(key, out var gender))
        {
            return gender;
        }
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && EntityLexicon.GivenNames.TryGetValue(key.AsSpan(0, space), out var code)
            ? code switch { "f" => PersonGender.Female, "m" => PersonGender.Male, _ => PersonGender.Unknown }
            : PersonGender.Unknown;
    }

    private static PersonGender GenderOfTitle(string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return PersonGender.Unknown;
        }
        var space = title.LastIndexOf(' ');
        var last = space >= 0 ? title[(space + 1)..] : title;
        return EntityLexicon.Titles.Contains(last, out var entry)
            ? entry.Gender switch { 'f' => PersonGender.Female, 'm' => PersonGender.Male, _ => PersonGender.Unknown }
            : PersonGender.Unknown;
    }

    /// <summary>The last mention of <paramref name="kind"/> that ends at or before <paramref name="offset"/>.</summary>
    public Mention? LastBefore(int offset, EntityKind kind)
    {
        for (var i = LastStartingAtOrBefore(offset); i >= 0; i--)
        {
            var mention = _mentions[i];
            if (mention.Kind == kind && mention.Span.End <= offset)
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>The first mention of the entity with this key in its full form ("Aleksandar Vidric"), or its first mention.</summary>
    public Mention? PersonByKey(string key) =>
        _firstByKey.TryGetValue(key, out var mention) && mention.Kind == EntityKind.Person ? mention : null;

    /// <summary>The first full-name mention of any entity with this key, or its first mention of any form.</summary>
    public Mention? ByKey(string key) => _firstByKey.GetValueOrDefault(key);

    /// <summary>The mentions that lie wholly inside <paramref name="span"/>, in text order.</summary>
    public List<Mention> Within(TextSpan span)
    {
        var result = new List<Mention>();
        var i = LastStartingAtOrBefore(span.Start);
        for (i = Math.Max(i, 0); i < _mentions.Count && _mentions[i].Span.Start < span.End; i++)
        {
            if (span.Contains(_mentions[i].Span))
            {
                result.Add(_mentions[i]);
            }
        }
        return result;
    }

    private int LastStartingAtOrBefore(int offset)
    {
        int low = 0, high = _mentions.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = low + (high - low) / 2;
            if (_mentions[mid].Span.Start <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found;
    }
}
