namespace Crosscheck.Entities;

/// <summary>How a mention refers to its entity.</summary>
public enum MentionForm
{
    /// <summary>The full name as first introduced ("Aleksandar Vidric").</summary>
    Name,
    /// <summary>A shorter alias of an already named entity ("Vidric", "the FT").</summary>
    Alias,
    /// <summary>A descriptor or title phrase that denotes an entity ("the Serbian leader", "the president").</summary>
    Descriptor,
    /// <summary>A personal pronoun resolved to a person ("he", "she").</summary>
    Pronoun,
}
