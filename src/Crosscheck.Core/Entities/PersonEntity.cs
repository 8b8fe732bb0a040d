namespace Crosscheck.Entities;

/// <summary>A person found in one article, with what the article says about them.</summary>
/// <remarks>Mutable; owned by one <see cref="PersonRegistry"/> and never shared across articles.</remarks>
internal sealed class PersonEntity(string key, string[] words, int order)
{
    /// <summary>The full name as first written.</summary>
    public string Key { get; } = key;

    /// <summary>The words of the name ("Aleksandar", "Vidric").</summary>
    public string[] Words { get; } = words;

    /// <summary>Order of introduction in the article.</summary>
    public int Order { get; } = order;

    /// <summary>Title heads the article gives them ("president", "ambassador").</summary>
    public HashSet<string> Heads { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Country of the person, from a demonym or country in their title ("Serbian President").</summary>
    public string? Nationality { get; set; }

    /// <summary>Party or camp, from an adjective in their title ("Republican nominee").</summary>
    public string? Affiliation { get; set; }

    /// <summary>Age when written as an apposition ("Vidric, 54,").</summary>
    public int? Age { get; set; }

    /// <summary>'f' or 'm' when a given name or an honorific tells, else null.</summary>
    public char? Gender { get; set; }

    /// <summary>How many mentions the first pass found; breaks ties between people who share a surname.</summary>
    public int Count { get; set; }

    /// <summary>
    /// Whether the first pass saw the bare surname stand for this person while no one else in the article bore it:
    /// the writer gave the surname to them before a namesake came in.
    /// </summary>
    public bool OwnsSurname { get; set; }

    /// <summary>
    /// Whether the article names them in full outside a run of names (a poll widget's "Ana Ruiz Ivo Brenner"): only
    /// then may a bare surname or given name mean them.
    /// </summary>
    public bool InProse { get; set; }

    /// <summary>Offset of the latest mention seen so far in the current pass, or -1.</summary>
    public int LastSeen { get; set; } = -1;

    public string Surname => Words[^1];
}
