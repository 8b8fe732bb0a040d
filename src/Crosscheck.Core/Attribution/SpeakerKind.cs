namespace Crosscheck.Attribution;

/// <summary>The grammatical shape of a speaker phrase, which decides how it is resolved.</summary>
internal enum SpeakerKind
{
    /// <summary>A proper name, possibly after a title ("Foreign Minister Ana Petrovic", "Petrovic").</summary>
    Name,
    /// <summary>A personal pronoun ("he", "she", "they").</summary>
    Pronoun,
    /// <summary>A role phrase that stands for a person ("the Serbian leader").</summary>
    Descriptor,
    /// <summary>An unnamed group or person ("three Western diplomats", "a source familiar with the matter").</summary>
    Group,
    /// <summary>An organisation or outlet ("the Daily Ledger", "the ministry").</summary>
    Organization,
}
