namespace Crosscheck.Attribution;

/// <summary>A place where a person (or, for speakers, any source) is named, used to resolve pronouns and descriptors.</summary>
/// <param name="Position">Offset of the sighting.</param>
/// <param name="Name">The full name as first written.</param>
/// <param name="Title">The title written with the name, when any.</param>
/// <param name="IsPerson">Whether it denotes a person (he/she can refer to it).</param>
/// <param name="IsSpeaker">Whether it is the resolved speaker of a quote.</param>
internal sealed record PersonSighting(int Position, string Name, string? Title, bool IsPerson, bool IsSpeaker);
