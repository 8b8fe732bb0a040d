namespace Crosscheck.Entities;

/// <summary>The written shape of a word, as the entity rules see it.</summary>
[Flags]
internal enum WordShape
{
    None = 0,
    /// <summary>Starts with a lower-case letter.</summary>
    Lower = 1,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalised = 2,
    /// <summary>Two or more letters, all upper case ("NATO", "U.S.").</summary>
    AllCaps = 4,
    /// <summary>Starts with a digit.</summary>
    Number = 8,
    /// <summary>A single punctuation or symbol character.</summary>
    Punctuation = 16,
    /// <summary>Ends with a period that belongs to it ("Mr.", "U.S.", "F.").</summary>
    Dotted = 32,
}
